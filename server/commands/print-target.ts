import type { CommandContext } from './context';
import type { PrintAnswer } from '../../protocol/views';

/** What to tell the caller about a slip for `printerId`: queued, unavailable (on-screen instead) or none. */
export function printFor(ctx: CommandContext, printerId: string | null): PrintAnswer {
  if (printerId === null) return { status: 'none', printerId: null };
  return { status: ctx.printers.canPrint(printerId) ? 'queued' : 'unavailable', printerId };
}
