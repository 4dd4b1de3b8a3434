/**
 * A small RAM file system to fill up: a real full disk (ENOSPC from the kernel) without touching the
 * machine's disks. Mounting needs root, as the CI runs (.ci/run); the error says so otherwise.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export function mountTmpfs(dir: string, sizeBytes: number): () => void {
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`the full-disk test mounts a tmpfs and needs root (as in .ci/run): ${String(err)}`);
  }
  return () => execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
}

function isNoSpace(err: unknown): boolean {
  // Not instanceof Error: jest runs tests in another realm than node's own errors.
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOSPC';
}

/** Writes zeros into `file` until the file system is full; returns how many bytes fitted. */
export function fillUp(file: string): number {
  const chunk = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'w');
  let written = 0;
  try {
    for (;;) written += fs.writeSync(fd, chunk, 0, chunk.length);
  } catch (err) {
    if (!isNoSpace(err)) throw err;
    // Whatever space is left is smaller than a chunk: take it in ever smaller pieces.
    for (let size = chunk.length / 2; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) written += fs.writeSync(fd, chunk, 0, size);
      } catch (inner) {
        if (!isNoSpace(inner)) throw inner;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return written;
}
