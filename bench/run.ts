/**
 * `npm run bench`: speed and memory of the hall server on this machine, through the real server,
 * real SQLite file and real socket.io clients on loopback. Prints a table and writes
 * test-output/bench.json. Bounded in count and time; nothing leaves 127.0.0.1.
 */
import fs from 'node:fs';
import { startTestHall, addStaff } from '../testkit/hall';
import type { ClientSocket } from '../testkit/clients';
import { mb } from './stats';
import { DEFAULT_HALL_SETTINGS, storeHallSettings } from '../server/hall/settings';
import { benchIssue } from './issue';
import { benchCalls } from './calls';
import { benchFanOut } from './fan-out';
import { benchLargeTable } from './large-table';
import { bundleSizes } from '../testkit/bundle-size';

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  // The benchmark's few kiosks issue far faster than residents could: lift the per-device limit.
  const th = await startTestHall({
    beforeStart: (db) => storeHallSettings(db, { ...DEFAULT_HALL_SETTINGS, issuePerMinute: 1_000_000 }),
  });
  const sockets: ClientSocket[] = [];
  try {
    const rssStart = process.memoryUsage().rss;
    results.issue = await benchIssue(th, sockets, 2000, 4);
    results.calls = await benchCalls(th, sockets, addStaff(th.hall, 12));
    results.fanOut = await benchFanOut(th, sockets, 1000, 30);
    results.memory = { rssStartMb: mb(rssStart), rssEndMb: mb(process.memoryUsage().rss),
      heapUsedMb: mb(process.memoryUsage().heapUsed) };
  } finally {
    for (const s of sockets) s.close();
    await th.close();
  }
  results.largeTable = benchLargeTable(300_000);
  results.bundles = bundleSizes();
  console.log(JSON.stringify(results, null, 2));
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync('test-output/bench.json', `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
