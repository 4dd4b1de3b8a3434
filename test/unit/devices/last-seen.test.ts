/**
 * When devices were last seen. After a restart every display, kiosk and pad reconnects at once: their
 * last-seen times go to the disk in one transaction, not in one durable commit each on the thread that
 * answers the hall. Seen by what SQLite wrote: the write-ahead log grows by a few pages, not by a frame
 * per device.
 */
import fs from 'node:fs';
import { openDatabase } from '../../../server/db/open';
import { insertDevice, listDevices } from '../../../server/db/queries/devices';
import { LastSeen } from '../../../server/devices/last-seen';
import { tempDir } from '../../../testkit/hall';

const DEVICES = 200;
const PAGE = 4096;

it('writes the connects of one moment in one transaction', async () => {
  const db = openDatabase(tempDir('last-seen-'));
  try {
    const ids = Array.from({ length: DEVICES }, (_, i) => insertDevice(db, { kind: 'display', name: `大厅屏 ${i}`, keyHash: `key-${i}`,
      printerId: null, counterId: null, centreId: null, displayKind: 'hall', centreIds: [] }, 1));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const lastSeen = new LastSeen(db);
    for (const id of ids) lastSeen.seen(id, 1_000 + id, true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(listDevices(db).map((d) => [d.id, d.lastSeenAt])).toEqual(ids.map((id) => [id, 1_000 + id]));
    // One commit rewrites the devices table's few pages once; a commit per device appends a frame each.
    expect(fs.statSync(`${db.name}-wal`).size / PAGE).toBeLessThan(DEVICES / 10);
  } finally {
    db.close();
  }
});

it('writes what is still pending when asked to (the server stops), and nothing twice', () => {
  const db = openDatabase(tempDir('last-seen-'));
  try {
    const id = insertDevice(db, { kind: 'kiosk', name: '一号自助机', keyHash: 'key', printerId: null, counterId: null, centreId: null,
      displayKind: null, centreIds: [] }, 1);
    const lastSeen = new LastSeen(db);
    lastSeen.seen(id, 5_000, true);
    lastSeen.flush();
    expect(listDevices(db).find((d) => d.id === id)?.lastSeenAt).toBe(5_000);
    // A working device within the minute is not written again.
    lastSeen.seen(id, 30_000);
    lastSeen.flush();
    expect(listDevices(db).find((d) => d.id === id)?.lastSeenAt).toBe(5_000);
    lastSeen.seen(id, 65_001);
    lastSeen.flush();
    expect(listDevices(db).find((d) => d.id === id)?.lastSeenAt).toBe(65_001);
  } finally {
    db.close();
  }
});
