/**
 * A number a resident leaves to be called back on (with a 差评 or a complaint): digits, `+` and `-`, 5 to
 * 20 of them. Zod-free, so the phone page checks what is typed with the same rule the server's schema uses.
 */
export const RESIDENT_PHONE = /^[0-9+-]{5,20}$/;

/** What the resident typed, without the spaces people put in numbers (138 1234 5678). */
export function residentPhoneOf(typed: string): string {
  return typed.replace(/\s+/g, '');
}
