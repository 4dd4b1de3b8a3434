/**
 * Typing the rating code printed beside the QR on the slip: digits only, exactly as many as the server
 * issues. With the ticket number it proves that whoever rates at a kiosk holds the slip.
 */
export const RATING_CODE_LENGTH = 6;

export function pressCodeKey(entry: string, key: string): string {
  if (!/^[0-9]$/.test(key) || entry.length >= RATING_CODE_LENGTH) return entry;
  return entry + key;
}

export function isCompleteCode(entry: string): boolean {
  return entry.length === RATING_CODE_LENGTH && /^[0-9]+$/.test(entry);
}
