/**
 * Reads of the same command with the same input, asked for in one go (the effects of one render run
 * together), share one request: a page whose parts each need the same list — a new counter's form
 * proposes the first centre while its centre box lists them all — asks the hall once.
 *
 * Only reads asked for in the same task share: once it has ended, a new read is a new request, so a read
 * asked for after a change never gets an answer the hall gave before it.
 */
import type { CommandInput, CommandName, CommandOutput } from '../../../protocol/commands';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { Outcome } from '../../../ui-kit/command-outcome';
import { runCommand } from './console';

const asked = new WeakMap<HallStream, Map<string, Promise<Outcome<unknown>>>>();

export function sharedRead<N extends CommandName>(stream: HallStream, name: N, input: CommandInput<N>): Promise<Outcome<CommandOutput<N>>> {
  let reads = asked.get(stream);
  if (!reads) asked.set(stream, reads = new Map());
  const key = `${name} ${JSON.stringify(input)}`;
  const shared = reads.get(key);
  // The key names the command, so what is stored under it is that command's outcome.
  if (shared) return shared as Promise<Outcome<CommandOutput<N>>>;
  const read = runCommand(stream, name, input);
  reads.set(key, read);
  // A microtask runs when the task that asked has ended, whatever the page's timers are doing.
  const ofTask = reads;
  queueMicrotask(() => ofTask.delete(key));
  return read;
}
