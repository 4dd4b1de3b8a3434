import { CEILING_MAX_MS, CEILING_MIN_MS, drawCeiling } from '../../protocol/client/reconnect-policy';
import { openHallSocket } from '../../protocol/client/hall-socket';
import { freePort } from '../support/ports';

describe('the reconnection policy', () => {
  it('draws each ceiling inside the range, low and high ends included', () => {
    expect(drawCeiling(() => 0)).toBe(CEILING_MIN_MS);
    expect(drawCeiling(() => 0.999_999)).toBe(CEILING_MAX_MS - 1);
    expect(CEILING_MAX_MS).toBeLessThanOrEqual(1500); // the 3 s resync deadline minus a handshake and a snapshot
  });

  it('gives a hall client knocking at a server that is away a fresh random ceiling before every attempt', async () => {
    // Nothing listens on this port: every attempt is refused, as while a hall server restarts.
    const socket = openHallSocket({ url: `http://127.0.0.1:${await freePort()}` });
    const ceilings: number[] = [];
    await new Promise<void>((resolve) => {
      socket.io.on('reconnect_attempt', () => {
        ceilings.push(socket.io.reconnectionDelayMax());
        if (ceilings.length === 4) resolve();
      });
    });
    socket.close();
    for (const ceiling of ceilings) {
      expect(ceiling).toBeGreaterThanOrEqual(CEILING_MIN_MS);
      expect(ceiling).toBeLessThan(CEILING_MAX_MS);
    }
    expect(new Set(ceilings).size).toBeGreaterThan(1);
  });
});
