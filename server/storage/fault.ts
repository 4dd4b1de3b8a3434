import type { ErrorCode } from '../../protocol/errors';

/**
 * What a storage failure means for the hall, whether it comes from SQLite (its error codes) or from the
 * file system (errno). Command answers, /healthz and the start-up message all read faults through here,
 * so "the disk is full" is recognised the same way everywhere.
 */
export type StorageFault = 'full' | 'read-only' | 'damaged' | 'unavailable';

const SQLITE_FAULTS: readonly [prefix: string, fault: StorageFault][] = [
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_CORRUPT', 'damaged'],
  ['SQLITE_NOTADB', 'damaged'],
  ['SQLITE_IOERR', 'unavailable'],
  ['SQLITE_CANTOPEN', 'unavailable'],
  ['SQLITE_PERM', 'read-only'],
];

const ERRNO_FAULTS: Record<string, StorageFault> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  EIO: 'unavailable',
  ENOENT: 'unavailable',
  ENOTDIR: 'unavailable',
  EISDIR: 'unavailable',
};

function codeOf(err: unknown): string {
  if (typeof err !== 'object' || err === null || !('code' in err)) return '';
  return typeof err.code === 'string' ? err.code : '';
}

/** The storage fault behind `err`, or null when `err` is not about storage. */
export function storageFault(err: unknown): StorageFault | null {
  const code = codeOf(err);
  if (code.startsWith('SQLITE_')) return SQLITE_FAULTS.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
  return ERRNO_FAULTS[code] ?? null;
}

/** The code a client gets when its command failed on storage: a full disk is worth saying apart. */
export function storageErrorCode(fault: StorageFault): Extract<ErrorCode, 'STORAGE_FULL' | 'STORAGE_UNAVAILABLE'> {
  return fault === 'full' ? 'STORAGE_FULL' : 'STORAGE_UNAVAILABLE';
}
