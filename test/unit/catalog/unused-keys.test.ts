/**
 * Every catalog entry is read somewhere: a string nobody shows still costs every front end its bytes
 * (each app carries the catalog) and a reviewer's time in the translation workbench. A key counts as
 * read when the product's source names it whole, or builds it from a literal prefix (`error.${code}`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../../protocol/catalog';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE_DIRS = ['admin-ui', 'counter-ui', 'display-ui', 'kiosk-ui', 'ui-kit', 'protocol', 'server', 'printers', 'scripts'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

it('names no entry that no screen, slip or server line reads', () => {
  const catalogDir = path.join(ROOT, 'protocol', 'catalog');
  const text = SOURCE_DIRS.flatMap((dir) => sources(path.join(ROOT, dir)))
    .filter((file) => !file.startsWith(catalogDir + path.sep))
    .map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  const prefixes = [...text.matchAll(/[`'"]([A-Za-z]+(?:\.[A-Za-z0-9]+)*\.)(?:\$\{|[`'"]\s*\+)/g)].map((m) => m[1] ?? '');
  const unread = Object.keys(catalog).filter((key) => !text.includes(`'${key}'`) && !text.includes(`"${key}"`)
    && !text.includes(`\`${key}`) && !prefixes.some((prefix) => prefix !== '' && key.startsWith(prefix)));
  expect(unread).toEqual([]);
});
