/**
 * Uploaded sample forms on disk: DATA_DIR/sample-files/<id>.<png|jpg|pdf>, owner-readable only like the
 * database. A file is written before its row commits (so a committed row always has its file); a file
 * whose row never committed is a leftover, removed at the next start by `sweep`. Files are removed only
 * after the change that dropped them has committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { OWNER_ONLY_DIR, OWNER_ONLY_FILE } from '../db/open';

/** The URL path under which the hall serves uploaded sample files. */
export const SAMPLE_FILES_URL = '/sample-files';
const FILE_NAME = /^([a-z0-9]{16,40})\.(png|jpg|pdf)$/;
const DRAWING = /^\/samples\/([a-z0-9-]{1,80})\.svg$/;

export class SampleFileStore {
  /** `drawingsDir`: the product's own sample drawings (ui-assets/samples), served at /samples/ in every hall. */
  constructor(readonly dir: string, private readonly drawingsDir: string | null = null) {}

  /**
   * Whether a path names one of the product's drawings of this service (`<serviceId>-<n>.svg`) that this
   * hall serves: its guide may show it in any hall, never another service's.
   */
  isDrawingOf(serviceId: string, urlPath: string): boolean {
    const name = DRAWING.exec(urlPath)?.[1];
    if (name === undefined || this.drawingsDir === null) return false;
    if (!name.startsWith(`${serviceId}-`) || !/^[0-9]{1,3}$/.test(name.slice(serviceId.length + 1))) return false;
    return fs.existsSync(path.join(this.drawingsDir, `${name}.svg`));
  }

  /** The bytes of a stored upload (for the configuration file), or null when it is not there. */
  read(fileName: string): Buffer | null {
    if (!FILE_NAME.test(fileName)) return null;
    try {
      return fs.readFileSync(path.join(this.dir, fileName));
    } catch {
      return null;
    }
  }

  /** A new unguessable id for a file. */
  newId(): string {
    return randomBytes(12).toString('hex');
  }

  /** Writes the bytes durably under a name nobody else has. */
  write(fileName: string, content: Buffer): void {
    fs.mkdirSync(this.dir, { recursive: true, mode: OWNER_ONLY_DIR });
    const fd = fs.openSync(path.join(this.dir, fileName), 'wx', OWNER_ONLY_FILE);
    try {
      fs.writeSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  remove(fileName: string): void {
    if (!FILE_NAME.test(fileName)) return;
    fs.rmSync(path.join(this.dir, fileName), { force: true });
  }

  /** Removes every file whose id is not among `keep` (uploads that never committed). */
  sweep(keep: Set<string>): number {
    if (!fs.existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of fs.readdirSync(this.dir)) {
      const id = FILE_NAME.exec(name)?.[1];
      if (id !== undefined && keep.has(id)) continue;
      fs.rmSync(path.join(this.dir, name), { force: true, recursive: true });
      removed += 1;
    }
    return removed;
  }
}

/** The file name behind an uploaded sample's URL path, or null for any other path (a demo drawing). */
export function uploadedFileName(urlPath: string): string | null {
  const prefix = `${SAMPLE_FILES_URL}/`;
  if (!urlPath.startsWith(prefix)) return null;
  const name = urlPath.slice(prefix.length);
  return FILE_NAME.test(name) ? name : null;
}

export function uploadedFileId(fileName: string): string | null {
  return FILE_NAME.exec(fileName)?.[1] ?? null;
}
