/**
 * The demo hall's device URLs (they carry device keys) are kept in DATA_DIR/demo-devices.txt, readable
 * only by the owner, so that a restarted demo can still show where its kiosks and displays are. A real
 * hall issues keys through the admin API and keeps no such file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { DemoSeed } from './seed';
import { t } from '../../protocol/catalog';

const FILE = 'demo-devices.txt';

export function rememberDemoDevices(config: Config, seed: DemoSeed): void {
  const pageOf = { kiosk: 'kiosk', display: 'display', 'rating-pad': 'pad' } as const;
  const lines = seed.devices.map((d) => t('server.demoDevice', 'zh', { name: d.name, url: `${config.publicUrl}/${pageOf[d.kind]}/?key=${d.key}` }));
  for (const a of seed.accounts) {
    lines.push(t(a.role === 'supervisor' ? 'server.demoSupervisor' : 'server.demoStaff', 'zh', { username: a.username, password: a.password }));
  }
  fs.writeFileSync(path.join(config.dataDir, FILE), `${lines.join('\n')}\n`, { mode: 0o600 });
}

export function readDemoDevices(config: Config): string[] {
  const file = path.join(config.dataDir, FILE);
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').trim().split('\n');
}
