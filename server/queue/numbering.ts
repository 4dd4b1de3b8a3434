/** Ticket numbers: the service prefix plus a 3-digit daily sequence, e.g. "A001". */

/** Three digits on the slip and in the voice call: the 1000th ticket of a prefix in a day cannot exist. */
export const MAX_SEQ = 999;

export function formatNumber(prefix: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ) {
    throw new RangeError(`ticket sequence ${seq} is outside 1..${MAX_SEQ}`);
  }
  return `${prefix}${String(seq).padStart(3, '0')}`;
}
