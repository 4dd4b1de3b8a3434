/**
 * The demo hall's device URLs (they carry device keys) are kept in DATA_DIR/demo-devices.txt, readable
 * only by the owner, so that a restarted demo can still show where its kiosks and displays are. A real
 * hall issues keys through the admin API and keeps no such file. The demo devices are revoked and
 * re-keyed like any other: a line whose key no longer opens a device is not shown any more.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { DemoSeed } from './seed';
import { t } from '../../protocol/catalog';
import { deviceUrl } from '../devices/device-url';

const FILE = 'demo-devices.txt';

export function rememberDemoDevices(config: Config, seed: DemoSeed): void {
  const lines = seed.devices.map((d) => t('server.demoDevice', 'zh', { name: d.name, url: deviceUrl(config.publicUrl, d.kind, d.key) }));
  for (const a of seed.accounts) {
    lines.push(t(a.role === 'supervisor' ? 'server.demoSupervisor' : 'server.demoStaff', 'zh', { username: a.username, password: a.password }));
  }
  fs.writeFileSync(path.join(config.dataDir, FILE), `${lines.join('\n')}\n`, { mode: 0o600 });
}

/** The remembered lines, without the devices whose key `stillOpens` refuses (revoked or re-keyed). */
export function readDemoDevices(config: Config, stillOpens: (key: string) => boolean): string[] {
  const file = path.join(config.dataDir, FILE);
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').trim().split('\n').filter((line) => {
    const key = /[?&]key=([A-Za-z0-9_-]+)/.exec(line)?.[1];
    return key === undefined || stillOpens(key);
  });
}
