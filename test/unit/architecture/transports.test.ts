/**
 * The transports (HTTP, socket.io, the broadcaster) and the printer layer only authenticate, validate
 * and translate: storage is reached through the command bus and the view ports, never imported.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const LAYERS = ['server/http', 'server/realtime', 'printers'];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'/g)].map((m) => path.join(path.dirname(file), m[1] ?? ''));
}

it.each(LAYERS)('%s does not import server/db', (layer) => {
  const files = sources(layer);
  expect(files.length).toBeGreaterThan(0);
  const offending = files.flatMap((file) => importsOf(file).filter((target) => target.startsWith('server/db')).map((t) => `${file} → ${t}`));
  expect(offending).toEqual([]);
});
