/**
 * The card reading this kiosk holds (docs/ID-READER.md): set when the server says the kiosk's reader read
 * an ID card (idcard.presented, masked name only), gone when a ticket used it, when it expires, or when
 * the resident leaves (the page then tells the server to forget it too, so the next resident at the
 * kiosk can never take a ticket in this one's name).
 */
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { IdReadingView } from '../../../protocol/idcard';
import { ID_READING_TTL_MS } from '../../../protocol/idcard';
import { watchable } from '../../../protocol/client/watchable';
import type { Subscribable } from '../../../ui-kit/use-source';

export interface IdReadings extends Subscribable<IdReadingView | null> {
  /** A ticket took it, or the server no longer has it: forget it here. */
  used(): void;
  /** The resident left or said it is not theirs: forget it here and at the server. */
  discard(): void;
}

export function watchIdReadings(stream: HallStream): IdReadings {
  const reading = watchable<IdReadingView | null>(null);
  let expiry: ReturnType<typeof setTimeout> | null = null;
  const forget = (): void => {
    if (expiry !== null) clearTimeout(expiry);
    expiry = null;
    if (reading.state) reading.set(null);
  };
  stream.socket.on('idcard.presented', (presented) => {
    forget();
    reading.set(presented);
    // Counted from arrival on this page's clock (the server's may differ), the server's own limit.
    expiry = setTimeout(forget, ID_READING_TTL_MS);
  });
  return {
    get state() {
      return reading.state;
    },
    subscribe: (listener) => reading.subscribe(listener),
    used: forget,
    discard() {
      const held = reading.state;
      forget();
      if (held) void stream.send('idcard.discard', { idReading: held.token });
    },
  };
}
