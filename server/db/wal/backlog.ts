/**
 * How many WAL frames are waiting to be copied into the database file, read from the WAL-index (the
 * `-shm` file SQLite's unix VFS maps into memory) without taking any lock or asking SQLite anything.
 *
 * The WAL-index starts with two copies of a 48-byte header whose u32 at offset 16 is `mxFrame` (the last
 * valid frame of the WAL), followed by the checkpoint information whose first u32 (offset 96) is
 * `nBackfill` (the frames already copied back). Both are in the machine's byte order. A writer may be
 * changing the header while we read it; a figure a moment stale is fine for pacing checkpoints, and when
 * the two copies disagree the larger frame count is taken.
 */
import fs from 'node:fs';
import os from 'node:os';

const HEADER_BYTES = 136;
const MX_FRAME = 16;
const SECOND_COPY = 48;
const N_BACKFILL = 96;

/** Frames in the WAL not yet checkpointed; null when the WAL-index cannot be read (no file yet, a fault). */
export function walBacklog(databaseFile: string): number | null {
  let fd: number | null = null;
  try {
    fd = fs.openSync(`${databaseFile}-shm`, 'r');
    const header = Buffer.alloc(HEADER_BYTES);
    if (fs.readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES) return null;
    const u32 = (offset: number): number => (os.endianness() === 'LE' ? header.readUInt32LE(offset) : header.readUInt32BE(offset));
    const mxFrame = Math.max(u32(MX_FRAME), u32(SECOND_COPY + MX_FRAME));
    // After a WAL restart mxFrame starts again from 0 while nBackfill may still hold the old figure for a moment.
    return Math.max(0, mxFrame - u32(N_BACKFILL));
  } catch {
    return null;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
