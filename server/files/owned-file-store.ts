/**
 * Files the hall keeps for its rows (uploaded sample forms, staff photos) in one folder under DATA_DIR,
 * owner-readable only like the database, named by the server: `<random id>.<extension>`, so nobody can
 * reach one by guessing. A file is written before its row commits (a committed row always has its file);
 * a file whose row never committed is a leftover, removed at the next start by `sweep`. Callers remove a
 * file only after the change that dropped it has committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { OWNER_ONLY_DIR, OWNER_ONLY_FILE } from '../db/open';

export class OwnedFileStore {
  /** `fileName`: the names this store makes and accepts; its first group is the id. */
  constructor(readonly dir: string, private readonly fileName: RegExp) {}

  /** The id in a file name this store could have made, or null for any other name. */
  idOf(fileName: string): string | null {
    return this.fileName.exec(fileName)?.[1] ?? null;
  }

  /** The bytes of a stored file, or null when it is not there. */
  read(fileName: string): Buffer | null {
    if (this.idOf(fileName) === null) return null;
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
    if (this.idOf(fileName) === null) return;
    fs.rmSync(path.join(this.dir, fileName), { force: true });
  }

  /** Removes every file whose id is not among `keep` (writes that never committed). */
  sweep(keep: Set<string>): number {
    if (!fs.existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of fs.readdirSync(this.dir)) {
      const id = this.idOf(name);
      if (id !== null && keep.has(id)) continue;
      fs.rmSync(path.join(this.dir, name), { force: true, recursive: true });
      removed += 1;
    }
    return removed;
  }
}
