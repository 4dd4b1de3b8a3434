/**
 * An empty hall as a technician starts one: the real server process with SEED_DEMO=0 and no
 * INITIAL_ADMIN_PASSWORD, so the first admin's password is generated and printed once in the start log,
 * where this reads it, as the technician would.
 */
import fs from 'node:fs';
import { tempDir } from '../../testkit/hall';
import { freePort } from '../support/ports';
import { spawnServer, stopServer, untilHealthy, type ServerProcess } from '../support/server-process';
import { until } from './until';

/** The start log's line for a generated password: `初始管理员账号：admin / <password>（…`. */
const ADMIN_LINE = /admin \/ ([A-Za-z0-9_-]{8,})/;

export interface NewHall {
  url: string;
  /** The first admin's password, as the start log printed it. */
  adminPassword: string;
  server: ServerProcess;
  close(): Promise<void>;
}

export async function startNewHall(): Promise<NewHall> {
  const dataDir = tempDir('hall-new-');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await spawnServer({
    dataDir,
    env: { SEED_DEMO: '0', INITIAL_ADMIN_PASSWORD: '', PORT: String(port), PUBLIC_URL: url, LOG_LEVEL: 'warn' },
  });
  let printed: RegExpExecArray | null = null;
  try {
    await untilHealthy({ ...server, url });
    // The start text is printed right after the server starts listening: it may come just after /healthz answers.
    await until(() => ADMIN_LINE.test(server.stdout()), 'the start log to name the first admin');
    printed = ADMIN_LINE.exec(server.stdout());
  } catch (error) {
    await stopServer(server);
    throw new Error(`${String(error)}\n${server.output()}`);
  }
  if (!printed?.[1]) throw new Error(`no admin password in the start log:\n${server.output()}`);
  return {
    url, server, adminPassword: printed[1],
    async close() {
      await stopServer(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
