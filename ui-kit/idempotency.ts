/** A fresh idempotency key: 32 hex characters, within the server's 8–64 [A-Za-z0-9_-] rule. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
