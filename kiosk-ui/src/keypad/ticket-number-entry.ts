/**
 * Typing a ticket number on the kiosk's own keypad (a kiosk has no keyboard): the letters the hall's
 * prefixes use, then three digits, e.g. "A001" or "AB012". The keypad only accepts what can still
 * become a valid number, so a resident cannot type something the server would refuse as malformed.
 */
export const NUMBER_DIGITS = 3;

/** The letters of every prefix in use, each once, in alphabetical order. */
export function keypadLetters(prefixes: readonly string[]): string[] {
  const letters = new Set<string>();
  for (const prefix of prefixes) for (const ch of prefix.toUpperCase()) if (/^[A-Z]$/.test(ch)) letters.add(ch);
  return [...letters].sort();
}

function splitNumber(entry: string): { letters: string; digits: string } {
  const match = /^([A-Z]*)([0-9]*)$/.exec(entry);
  return { letters: match?.[1] ?? '', digits: match?.[2] ?? '' };
}

/** Whether `letters` starts at least one prefix (so more letters or the digits may follow). */
function startsPrefix(letters: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => p.toUpperCase().startsWith(letters));
}

/** The entry after pressing `key` (a letter or a digit); unchanged when the key cannot follow. */
export function pressKey(entry: string, key: string, prefixes: readonly string[]): string {
  const { letters, digits } = splitNumber(entry);
  if (/^[A-Z]$/.test(key)) {
    if (digits.length > 0) return entry;
    // A fresh letter after a complete single-letter prefix replaces it: the resident changed their mind.
    const longer = letters + key;
    if (startsPrefix(longer, prefixes)) return longer;
    return startsPrefix(key, prefixes) ? key : entry;
  }
  if (/^[0-9]$/.test(key)) {
    if (!prefixes.some((p) => p.toUpperCase() === letters)) return entry;
    return digits.length < NUMBER_DIGITS ? entry + key : entry;
  }
  return entry;
}

export function deleteKey(entry: string): string {
  return entry.slice(0, -1);
}

/** A whole number: a prefix in use and three digits. */
export function isCompleteNumber(entry: string, prefixes: readonly string[]): boolean {
  const { letters, digits } = splitNumber(entry);
  return digits.length === NUMBER_DIGITS && prefixes.some((p) => p.toUpperCase() === letters);
}

/** A phone number for a call-back: digits only, the length the server accepts (5 to 20). */
export const PHONE_MAX_DIGITS = 20;
export const PHONE_MIN_DIGITS = 5;

export function pressPhoneKey(entry: string, key: string): string {
  if (!/^[0-9]$/.test(key) || entry.length >= PHONE_MAX_DIGITS) return entry;
  return entry + key;
}

export function isAcceptablePhone(entry: string): boolean {
  return entry.length === 0 || (entry.length >= PHONE_MIN_DIGITS && /^[0-9]+$/.test(entry));
}
