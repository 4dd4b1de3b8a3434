/**
 * A stand-in for a kiosk's ID-card reader agent (docs/ID-READER.md): what the agent does when a resident
 * lays a card on the reader — one HTTP request to the hall with the kiosk's key. Tests and technicians
 * use it (`npm run idcard:fake -- --url … --key … --id … --name …`) where no reader is attached.
 */
import type { IdReadingView } from '../protocol/idcard';
import type { Result } from '../protocol/errors';

export interface PresentedCard {
  idNumber: string;
  name: string;
}

export interface FakeIdReader {
  /** Lays a card on the reader: answers what the hall answered the agent. */
  present(card: PresentedCard): Promise<{ status: number; body: Result<IdReadingView> }>;
}

export function fakeIdReader(hallUrl: string, kioskKey: string): FakeIdReader {
  return {
    async present(card) {
      const res = await fetch(`${hallUrl}/api/idcard/read`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-device-key': kioskKey },
        body: JSON.stringify(card),
      });
      return { status: res.status, body: (await res.json()) as Result<IdReadingView> };
    },
  };
}
