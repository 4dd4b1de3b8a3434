/**
 * The raw SQLite baseline for issuing: the same durable writes a ticket needs (the day's sequence row,
 * the ticket row, its 'issued' event), one transaction per ticket, on the hall's own schema and
 * settings (WAL, synchronous=FULL), straight through better-sqlite3 with statements prepared once.
 */
import { openDatabase } from '../../server/db/open';

export interface RawIssueResult { tickets: number; ticketsPerSecond: number; msPerTicket: number }

/** Issues `total` tickets numbered from `from` (so several rounds can write to the same file). */
export function issueRaw(dataDir: string, total: number, from = 1): RawIssueResult {
  const db = openDatabase(dataDir);
  try {
    const day = '2099-01-01';
    const sequence = db.prepare(`INSERT INTO sequences (business_day, sequence_key, last_seq) VALUES (?, 'R', ?)
      ON CONFLICT (business_day, sequence_key) DO UPDATE SET last_seq = excluded.last_seq`);
    const ticket = db.prepare(`INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number,
      status, arrived_at, queue_key, issued_by, idempotency_key)
      VALUES (?, ?, 'elderly-allowance', 'social-services', 'R', ?, ?, 'waiting', ?, ?, 'raw', ?)`);
    const event = db.prepare(`INSERT INTO ticket_events (ticket_id, type, at, device_id) VALUES (?, 'issued', ?, 1)`);
    const issueOne = db.transaction((seq: number) => {
      const now = Date.now();
      sequence.run(day, seq);
      const id = ticket.run(`raw-${seq}`, day, seq, `R${seq}`, now, now, `raw-${seq}`).lastInsertRowid;
      event.run(id, now);
    });
    const started = performance.now();
    for (let i = from; i < from + total; i += 1) issueOne(i);
    const ms = performance.now() - started;
    return { tickets: total, ticketsPerSecond: Math.round((total * 1000) / ms), msPerTicket: Math.round((ms / total) * 1000) / 1000 };
  } finally {
    db.close();
  }
}
