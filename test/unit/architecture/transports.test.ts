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

/** Front ends and the shared client code take command names and inputs as types only: zod stays on the server. */
it.each(['kiosk-ui', 'display-ui', 'counter-ui', 'ui-kit', 'protocol/client'])('%s imports the command schemas as types only', (dir) => {
  const offending = sources(dir).filter((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)]
      .some((m) => /(^|\/)protocol\/(schemas|commands)$|^\.\.?\/(schemas|commands)$|^zod$/.test(m[1] ?? ''));
  });
  expect(offending).toEqual([]);
});
