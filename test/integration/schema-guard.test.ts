/**
 * Schema guard: the schema built by all migrations must equal the checked-in snapshot
 * (server/db/schema.snapshot.sql), and no recorded migration may change. A schema change therefore needs
 * a new migration (server/db/migrations/NNN-name.ts, listed in index.ts) and then
 * `npm run schema:snapshot`, whose rewritten file is committed with the migration.
 */
import { editedMigrations, migratedSchema, normaliseSql, parseSnapshot, readSnapshot, renderSnapshot } from '../../testkit/schema';

const HOW_TO = 'Schema changes go into a new migration in server/db/migrations (listed in index.ts); '
  + 'then run `npm run schema:snapshot` and commit server/db/schema.snapshot.sql with it.';

describe('schema guard', () => {
  const current = migratedSchema();

  it('the schema built by all migrations equals the checked-in snapshot', () => {
    const recorded = readSnapshot();
    if (!recorded) throw new Error(`No schema snapshot. ${HOW_TO}`);
    const missing = recorded.statements.filter((s) => !current.statements.includes(s));
    const added = current.statements.filter((s) => !recorded.statements.includes(s));
    if (missing.length + added.length > 0) {
      throw new Error(`The schema differs from the snapshot.\n  only in the snapshot: ${missing.join('\n    ')}\n`
        + `  only in the migrations: ${added.join('\n    ')}\n${HOW_TO}`);
    }
    expect(current.statements).toEqual(recorded.statements);
  });

  it('every migration is in the snapshot and none was edited after it was recorded', () => {
    const recorded = readSnapshot();
    if (!recorded) throw new Error(`No schema snapshot. ${HOW_TO}`);
    const edited = editedMigrations(recorded, current);
    if (edited.length > 0) {
      throw new Error(`Migration ${edited.join(', ')} changed after it was recorded; halls that already ran it `
        + `would never get the change. Revert it and add a new migration. ${HOW_TO}`);
    }
    expect([...recorded.fingerprints.keys()]).toEqual([...current.fingerprints.keys()]);
  });

  it('ignores layout and comments, not content', () => {
    expect(normaliseSql('CREATE TABLE a (\n  x INTEGER, -- why\n  y /* note */ TEXT\n)'))
      .toBe('CREATE TABLE a(x INTEGER,y TEXT)');
    expect(normaliseSql('CREATE TABLE a (x INTEGER)')).not.toBe(normaliseSql('CREATE TABLE a (x TEXT)'));
  });

  it('notices a column added without a migration and an edited migration', () => {
    const snapshot = parseSnapshot(renderSnapshot(current));
    const tampered = {
      fingerprints: new Map([...current.fingerprints].map(([v, h]) => [v, v === 1 ? '0'.repeat(16) : h])),
      statements: current.statements.map((s) => s.replace('CREATE TABLE settings(', 'CREATE TABLE settings(extra TEXT,')),
    };
    expect(tampered.statements).not.toEqual(snapshot.statements);
    expect(editedMigrations(snapshot, tampered)).toEqual([1]);
    expect(editedMigrations(snapshot, current)).toEqual([]);
  });
});
