/**
 * The server side of a benchmark, in its own process so its CPU time and memory are its own: either the
 * hall (on a prepared database file) or the bare socket.io baseline. The parent asks over IPC for
 * `usage` (CPU time and RSS so far) and sends `stop` at the end.
 *
 *   node --import tsx bench/server-process.ts hall <dataDir> [<printer url>]
 *   node --import tsx bench/server-process.ts bare
 */
import { startTestHall } from '../testkit/hall';
import { createPrintingModule } from '../server/printing/module';
import { listPrinters, savePrinter } from '../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../server/demo/seed';
import { startBareServer } from './baseline/bare-server';

export type ServerMessage = { kind: 'ready'; url: string } | { kind: 'usage'; cpuMs: number; rssMb: number };
export type ParentMessage = { kind: 'usage' } | { kind: 'stop' };

function reply(message: ServerMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const [mode, dataDir, printerUrl] = process.argv.slice(2);
  const server = mode === 'hall'
    ? await startTestHall({
      dataDir, seed: false, keepDataDir: true,
      // One benchmark socket does what many counters would (the fan-out primes with calls back to back):
      // its per-socket command limit is lifted, as the per-kiosk issuing limit is in the hall file.
      env: { COMMAND_LIMIT_PER_SOCKET: '65000' },
      // The kiosks' printer is a network printer at the address the bench gives, as in a hall in service.
      beforeStart: (db) => {
        const lobby = listPrinters(db).find((p) => p.id === DEMO_PRINTER_ID);
        if (lobby && printerUrl) savePrinter(db, { ...lobby, name: lobby.name ?? lobby.id, url: printerUrl });
      },
      // Printing as server/main.ts assembles it: every slip a kiosk asks for is rendered and sent.
      modules: (config, db, clock) => [createPrintingModule(db, config, clock)],
    })
    : await startBareServer();
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'usage') {
      const cpu = process.cpuUsage();
      reply({ kind: 'usage', cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.memoryUsage().rss / 1024 / 1024 });
    } else {
      void server.close().then(() => process.exit(0));
    }
  });
  reply({ kind: 'ready', url: server.url });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
