/** Waits until a hall stream (the clients' own code) reaches a state, e.g. a snapshot that shows a change. */
import type { HallStream, HallStreamState } from '../protocol/client/hall-stream';

export function streamUntil(stream: HallStream, match: (s: HallStreamState) => boolean, timeoutMs = 5000): Promise<HallStreamState> {
  return new Promise((resolve, reject) => {
    const check = (s: HallStreamState): void => {
      if (!match(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    };
    const timer = setTimeout(() => { stop(); reject(new Error('the stream never reached the expected state')); }, timeoutMs);
    const stop = stream.subscribe(check);
    check(stream.state);
  });
}
