/**
 * Waits for a condition outside the page (the fake printer, the database) to become true. It polls,
 * because neither tells us when it changes; the poll interval only bounds how late we notice.
 */
const POLL_MS = 50;

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
