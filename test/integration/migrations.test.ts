/**
 * The migrations on a real SQLite file: a fresh database gets every one, an old one is upgraded with
 * its rows kept, running them again changes nothing, and the schema's guarantees hold (append-only
 * event log, one number per day, WAL with synchronous=FULL).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../../server/db/open';
import { migrate } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations';
import { tempDir } from '../../testkit/hall';

const EXPECTED_TABLES = [
  'settings', 'centres', 'services', 'users', 'counters', 'counter_services', 'sessions', 'devices',
  'sequences', 'tickets', 'ticket_events', 'counter_events', 'ratings', 'complaints',
];

const latest = migrations[migrations.length - 1]?.version ?? 0;

function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    .map((r) => r.name);
}

function schema(db: Database.Database): string[] {
  return (db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all() as
    { type: string; name: string; sql: string | null }[]).map((r) => `${r.type} ${r.name} ${r.sql ?? ''}`);
}

/** The smallest hall a ticket needs: one centre, one service, one issued ticket with its event. */
function insertOneTicket(db: Database.Database, number = 'A001'): number {
  db.prepare("INSERT OR IGNORE INTO centres (id, name) VALUES ('c', '中心')").run();
  // Before migration 11 a service had a sequence key of its own.
  const ownKey = db.prepare("SELECT 1 FROM pragma_table_info('services') WHERE name = 'sequence_key'").get() !== undefined;
  db.prepare(ownKey ? "INSERT OR IGNORE INTO services (id, centre_id, name, prefix, sequence_key) VALUES ('s', 'c', '事项', 'A', 'A')"
    : "INSERT OR IGNORE INTO services (id, centre_id, name, prefix) VALUES ('s', 'c', '事项', 'A')").run();
  const id = Number(db.prepare(`INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number,
      status, arrived_at, queue_key, issued_by)
    VALUES (?, '2026-03-02', 's', 'c', 'A', ?, ?, 'waiting', 1000, 1000, 'device:1')`)
    .run(`token-${number}`, Number(number.slice(1)), number).lastInsertRowid);
  db.prepare("INSERT INTO ticket_events (ticket_id, type, at, device_id) VALUES (?, 'issued', 1000, 1)").run(id);
  return id;
}

describe('database migrations', () => {
  const dirs: string[] = [];
  const opened: Database.Database[] = [];
  const dir = (): string => {
    const d = tempDir('hall-migrate-');
    dirs.push(d);
    return d;
  };
  const track = <T extends Database.Database>(db: T): T => {
    opened.push(db);
    return db;
  };

  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('are numbered 1, 2, 3… without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
    expect(latest).toBeGreaterThanOrEqual(2);
  });

  it('build a fresh database up to the latest version with every table', () => {
    const db: Db = track(openDatabase(dir()));
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(tableNames(db)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
  });

  it('do nothing when run again', () => {
    const db = track(openDatabase(dir()));
    insertOneTicket(db);
    const before = schema(db);
    expect(migrate(db)).toBe(latest);
    expect(migrate(db)).toBe(latest);
    expect(schema(db)).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 1 });
  });

  it('upgrade a database at version 1 to the latest, keeping its rows', () => {
    const d = dir();
    const first = migrations[0];
    if (!first) throw new Error('no migrations');
    const old = track(new Database(path.join(d, 'hall.sqlite')));
    old.exec(first.sql);
    old.pragma(`user_version = ${first.version}`);
    const ticketId = insertOneTicket(old);
    expect(tableNames(old)).not.toContain('ratings');
    old.close();

    const db = track(openDatabase(d));
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(tableNames(db)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
    expect(db.prepare('SELECT number, status FROM tickets WHERE id = ?').get(ticketId)).toEqual({ number: 'A001', status: 'waiting' });
    expect(db.prepare('SELECT type FROM ticket_events WHERE ticket_id = ?').all(ticketId)).toEqual([{ type: 'issued' }]);
    // Tables added by later migrations are usable on the upgraded file.
    db.prepare("INSERT INTO ratings (ticket_id, level, source, at) VALUES (?, 5, 'kiosk', 2000)").run(ticketId);
    expect(db.prepare('SELECT level FROM ratings WHERE ticket_id = ?').get(ticketId)).toEqual({ level: 5 });
  });

  it('make the ticket event log append-only', () => {
    const db = track(openDatabase(dir()));
    const ticketId = insertOneTicket(db);
    expect(() => db.prepare("UPDATE ticket_events SET type = 'finished' WHERE ticket_id = ?").run(ticketId))
      .toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ticket_events WHERE ticket_id = ?').run(ticketId)).toThrow(/append-only/);
    expect(db.prepare('SELECT type, at FROM ticket_events WHERE ticket_id = ?').all(ticketId)).toEqual([{ type: 'issued', at: 1000 }]);
    // Appending still works.
    db.prepare("INSERT INTO ticket_events (ticket_id, type, at) VALUES (?, 'called', 2000)").run(ticketId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM ticket_events').get()).toEqual({ n: 2 });
  });

  it('refuse a second ticket with the same number on the same business day', () => {
    const db = track(openDatabase(dir()));
    insertOneTicket(db, 'A001');
    expect(() => insertOneTicket(db, 'A001')).toThrow(/UNIQUE constraint failed: tickets\.business_day, tickets\.number/);
    expect(() => insertOneTicket(db, 'A002')).not.toThrow();
    expect(db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 2 });
  });

  it('open the file in WAL mode with synchronous=FULL', () => {
    const d = dir();
    const db = track(openDatabase(d));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    // WAL is a property of the file: a plain connection sees it too.
    const plain = track(new Database(path.join(d, 'hall.sqlite'), { readonly: true }));
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('keep the undo pages of a group\'s savepoints in memory, never in a temporary file', () => {
    const db = track(openDatabase(dir()));
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    db.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
      INSERT INTO filler (body) SELECT hex(randomblob(500)) FROM n`).run();
    // Files SQLite opened and unlinked at once (its temporary files) while the transaction is open.
    const deletedFiles = (): number => fs.readdirSync('/proc/self/fd')
      .filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`).endsWith('(deleted)');
        } catch {
          return false; // the directory's own descriptor, closed by now
        }
      }).length;
    const before = deletedFiles();
    let during = -1;
    db.transaction(() => {
      // A nested transaction is a savepoint, as each command of a group is; rewriting every page of the
      // table journals far more than SQLite's 64 KiB before it would spill to a file.
      db.transaction(() => {
        db.prepare("UPDATE filler SET body = body || 'x'").run();
        during = deletedFiles();
      })();
    })();
    expect(during).toBe(before);
  });

  it('log a counter taken out of pause as unpaused, also in a hall that logged it as resumed', () => {
    const db = new Database(path.join(dir(), 'hall.sqlite'));
    opened.push(db);
    for (const m of migrations.filter((m) => m.version < 6)) db.exec(m.sql);
    db.prepare("INSERT INTO centres (id, name) VALUES ('c', '中心')").run();
    db.prepare("INSERT INTO counters (id, name, centre_id) VALUES (1, '1号窗口', 'c')").run();
    const log = db.prepare('INSERT INTO counter_events (counter_id, type, at) VALUES (1, ?, ?)');
    log.run('paused', 1000);
    log.run('resumed', 2000);
    db.pragma('user_version = 5');
    migrate(db);
    expect(db.prepare('SELECT type FROM counter_events ORDER BY at').all()).toEqual([{ type: 'paused' }, { type: 'unpaused' }]);
  });

  it('turn a service\'s old every-day hours into one all-year timetable with the same ranges each day', () => {
    const db = new Database(path.join(dir(), 'hall.sqlite'));
    opened.push(db);
    for (const m of migrations.filter((m) => m.version < 10)) db.exec(m.sql);
    db.prepare("INSERT INTO centres (id, name) VALUES ('c', '中心')").run();
    const add = db.prepare("INSERT INTO services (id, centre_id, name, prefix, sequence_key, hours) VALUES (?, 'c', '事项', 'A', 'A', ?)");
    add.run('split', '08:30-12:00, 13:30-17:30');
    add.run('single', '09:00-11:00');
    add.run('all-day', '');
    add.run('whole-day', '00:00-24:00');
    db.pragma('user_version = 9');
    migrate(db);
    const hours = (id: string): unknown => {
      const row = db.prepare('SELECT opening_hours AS h FROM services WHERE id = ?').get(id) as { h: string | null };
      return row.h === null ? null : JSON.parse(row.h);
    };
    const everyDay = (day: string[]) => ({ timetables: [{ startsOn: '01-01', week: Array.from({ length: 7 }, () => day) }] });
    expect(hours('split')).toEqual(everyDay(['08:30-12:00', '13:30-17:30']));
    expect(hours('single')).toEqual(everyDay(['09:00-11:00']));
    expect(hours('all-day')).toBeNull();
    expect(hours('whole-day')).toBeNull();
    expect(db.prepare('SELECT morning_limit, afternoon_limit FROM services WHERE id = ?').get('split'))
      .toEqual({ morning_limit: null, afternoon_limit: null });
  });

  it('give each prefix one sequence that continues after the highest number its services issued that day', () => {
    const db = new Database(path.join(dir(), 'hall.sqlite'));
    opened.push(db);
    for (const m of migrations.filter((m) => m.version < 11)) db.exec(m.sql);
    db.prepare("INSERT INTO centres (id, name) VALUES ('c', '中心')").run();
    // Two services on prefix A with sequences of their own: the second would have issued A001 again.
    const add = db.prepare("INSERT INTO services (id, centre_id, name, prefix, sequence_key) VALUES (?, 'c', '事项', 'A', ?)");
    add.run('first', 'first');
    add.run('second', 'second');
    const ticket = db.prepare(`INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number, status,
      arrived_at, queue_key, issued_by) VALUES (?, '2026-03-02', ?, 'c', 'A', ?, ?, 'waiting', 1, 1, 'device:1')`);
    ticket.run('token-a1', 'first', 1, 'A001');
    ticket.run('token-a2', 'first', 2, 'A002');
    ticket.run('token-a3', 'second', 3, 'A003');
    const seq = db.prepare("INSERT INTO sequences (business_day, sequence_key, last_seq) VALUES ('2026-03-02', ?, ?)");
    seq.run('first', 2);
    seq.run('second', 3);
    db.pragma('user_version = 10');
    migrate(db);
    expect(db.prepare("SELECT last_seq FROM sequences WHERE business_day = '2026-03-02' AND sequence_key = 'A'").get())
      .toEqual({ last_seq: 3 });
    expect(db.prepare('SELECT id, enabled, priority_offered FROM services ORDER BY id').all()).toEqual([
      { id: 'first', enabled: 1, priority_offered: 1 }, { id: 'second', enabled: 1, priority_offered: 1 },
    ]);
    expect(db.prepare("SELECT name FROM pragma_table_info('services') WHERE name = 'sequence_key'").all()).toEqual([]);
  });

  it('keep the workbench\'s reviews and the calendar when day names gain their Mongolian (025)', () => {
    const db = new Database(path.join(dir(), 'hall.sqlite'));
    opened.push(db);
    for (const m of migrations.filter((m) => m.version < 25)) db.exec(m.sql);
    db.prepare("INSERT INTO calendar_days (date, kind, name) VALUES ('2026-10-01', 'holiday', '国庆节')").run();
    db.prepare(`INSERT INTO mn_texts (kind, subject, zh, mn, status, reviewer, reviewed_at, updated_at)
      VALUES ('service', 's', '事项', 'ᠬᠡᠷᠡᠭ', 'approved', '语委', 5, 6)`).run();
    db.pragma('user_version = 24');
    migrate(db);
    expect(db.prepare('SELECT date, kind, name, name_mn FROM calendar_days').all())
      .toEqual([{ date: '2026-10-01', kind: 'holiday', name: '国庆节', name_mn: '' }]);
    expect(db.prepare('SELECT * FROM mn_texts').all()).toEqual([
      { kind: 'service', subject: 's', zh: '事项', mn: 'ᠬᠡᠷᠡᠭ', status: 'approved', reviewer: '语委', reviewed_at: 5, updated_at: 6 },
    ]);
    db.prepare("INSERT INTO mn_texts (kind, subject, zh, mn, status, updated_at) VALUES ('day', '2026-10-01', '国庆节', '', 'draft', 7)").run();
    expect(() => db.prepare("INSERT INTO mn_texts (kind, subject, zh, mn, status, updated_at) VALUES ('week', 'x', '', '', 'draft', 7)").run())
      .toThrow(/CHECK/);
  });
});
