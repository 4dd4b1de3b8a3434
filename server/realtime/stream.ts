/**
 * The hall event stream's position. The epoch is new at every start, so a client that reconnects to a
 * restarted server sees a different epoch and takes a fresh snapshot instead of trusting old numbers.
 */
import { randomBytes } from 'node:crypto';
import type { StreamPosition } from '../commands/context';

export class HallStream implements StreamPosition {
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
