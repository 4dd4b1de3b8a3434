/**
 * Holds back a console page's reads of one command on its socket.io connection (Playwright routes the
 * page's WebSocket through the test), so a test can look at the screen while that read is still on its
 * way, then let it through. Everything else passes untouched. Applies to sockets opened after the call:
 * reload the page once it is set up.
 */
import type { Page } from 'playwright-core';

export interface HeldReads {
  /** How many reads are held so far. */
  count(): number;
  /** How many reads the page has sent, held or not. */
  seen(): number;
  /** Sends the held reads on, in the order they were made, and stops holding. */
  release(): void;
}

export async function holdReads(page: Page, command: string): Promise<HeldReads> {
  let holding = true;
  const held: string[] = [];
  let seen = 0;
  let toServer: ((message: string) => void) | null = null;
  await page.routeWebSocket(/socket\.io/, (ws) => {
    const server = ws.connectToServer();
    toServer = (message) => server.send(message);
    ws.onMessage((message) => {
      // A socket.io event frame names its event first: 42["centre.list",…] or, with an ack id, 421["centre.list",…].
      const read = typeof message === 'string' && message.includes(`["${command}"`);
      if (read) seen += 1;
      if (holding && read) held.push(message);
      else server.send(message);
    });
  });
  return {
    count: () => held.length,
    seen: () => seen,
    release() {
      holding = false;
      const send = toServer;
      if (send === null) throw new Error('the page opened no socket through the route');
      for (const message of held.splice(0)) send(message);
    },
  };
}
