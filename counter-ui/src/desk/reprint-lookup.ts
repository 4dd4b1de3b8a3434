/**
 * Finding a ticket to reprint by its number. `ticket.reprint` takes an id; the desk knows ids of the
 * tickets it has seen today: the one in hand, held ones, this counter's queue and no-shows, and the
 * hall's recent calls (any counter). A number outside these cannot be reprinted from here yet.
 */
import type { CallView, CounterDesk } from '../../../protocol/views';

export interface KnownTicket {
  id: number;
  number: string;
}

export function knownTickets(desk: CounterDesk, recentCalls: CallView[]): KnownTicket[] {
  const found = new Map<number, KnownTicket>();
  const add = (id: number, number: string): void => {
    if (!found.has(id)) found.set(id, { id, number });
  };
  if (desk.current) add(desk.current.id, desk.current.number);
  for (const t of desk.held) add(t.id, t.number);
  for (const c of recentCalls) add(c.ticketId, c.number);
  for (const q of desk.queue) add(q.id, q.number);
  for (const n of desk.noShows) add(n.id, n.number);
  return [...found.values()];
}

/** Typed text as a ticket number: full-width letters and digits (Chinese input methods) made plain, upper case. */
export function normaliseTyped(typed: string): string {
  const halfWidth = typed.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return halfWidth.replace(/\s+/g, '').toUpperCase();
}

/** "A1" and "a01" mean A001: the sequence always has three digits. */
export function canonicalNumber(typed: string): string | null {
  const match = /^([A-Z]{1,2})([0-9]{1,3})$/.exec(normaliseTyped(typed));
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  return `${letters}${digits.padStart(3, '0')}`;
}

export function findByNumber(known: KnownTicket[], typed: string): KnownTicket | null {
  const number = canonicalNumber(typed);
  return number === null ? null : (known.find((t) => t.number === number) ?? null);
}

/**
 * Tickets whose number starts with what was typed, plus the one it means in short form ("A1" is
 * A001 as well as A1xx); all of them while nothing is typed.
 */
export function matchingTickets(known: KnownTicket[], typed: string): KnownTicket[] {
  const prefix = normaliseTyped(typed);
  const exact = canonicalNumber(typed);
  return known
    .filter((t) => t.number.startsWith(prefix) || t.number === exact)
    .sort((a, b) => a.number.localeCompare(b.number));
}
