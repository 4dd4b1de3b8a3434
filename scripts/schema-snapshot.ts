/**
 * Rewrites server/db/schema.snapshot.sql from the migrations (`npm run schema:snapshot`), after a new
 * migration was added. It refuses when an already recorded migration was edited, because halls that
 * ran that migration would never see the edit; `--unreleased N` accepts an edit of migration N that has
 * never left a development branch (not on main, not in any hall).
 */
import fs from 'node:fs';
import { editedMigrations, migratedSchema, readSnapshot, renderSnapshot, SNAPSHOT_FILE } from '../testkit/schema';

function unreleasedVersions(args: readonly string[]): Set<number> {
  const at = args.indexOf('--unreleased');
  return new Set(at >= 0 ? (args[at + 1] ?? '').split(',').map(Number) : []);
}

const current = migratedSchema();
const recorded = readSnapshot();
const allowed = unreleasedVersions(process.argv.slice(2));
const edited = recorded ? editedMigrations(recorded, current).filter((v) => !allowed.has(v)) : [];
if (edited.length > 0) {
  console.error(`Migration ${edited.join(', ')} changed after it was recorded. Put the change in a new migration `
    + 'instead; if that migration was never released, run `npm run schema:snapshot -- --unreleased '
    + `${edited.join(',')}\`.`);
  process.exit(1);
}
fs.writeFileSync(SNAPSHOT_FILE, renderSnapshot(current));
console.log(`${SNAPSHOT_FILE}: ${current.statements.length} statements, migrations 1–${current.fingerprints.size}`);
