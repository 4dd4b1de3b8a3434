import type { CommandName, CommandOutput } from '../../protocol/commands';
import type { CheckedInput } from '../../protocol/schemas';
import type { Permit } from '../auth/actor';
import type { CommandContext } from './context';

/** One command: who may send it and what it does. Runs inside one SQLite transaction. */
export interface CommandDef<N extends CommandName> {
  name: N;
  permits: readonly Permit[];
  /** An administrative change: it must write an audit line (./audit.ts), or the bus rolls it back. */
  administrative?: true;
  run(ctx: CommandContext, input: CheckedInput<N>): CommandOutput<N>;
}

export const STAFF_ROLES = ['staff', 'supervisor', 'admin'] as const satisfies readonly Permit[];
