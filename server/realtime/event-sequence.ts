/**
 * The numbering of hall events: every `hall.event` carries the next number of this sequence, and a
 * snapshot carries the current one. The epoch is new at every start, so a client that reconnects to a
 * restarted server sees a different epoch and takes a fresh snapshot instead of trusting old numbers.
 * (The browser side that consumes these events is the client's hall stream, protocol/client.)
 */
import { randomBytes } from 'node:crypto';
import type { SequencePosition } from '../commands/context';

export class EventSequence implements SequencePosition {
  readonly epoch = randomBytes(6).toString('hex');
  private current = 0;

  get seq(): number {
    return this.current;
  }

  next(): number {
    this.current += 1;
    return this.current;
  }
}
