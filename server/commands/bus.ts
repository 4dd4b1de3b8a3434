/**
 * The command bus: the one way into the hall's state. It checks who may send a command, validates the
 * input against its schema, runs the handler in one SQLite transaction and, only after commit, hands
 * what changed to the listeners (realtime broadcast, printing). Socket.io and HTTP both call `execute`.
 */
import type { CommandName, CommandOutput, CommandInput } from '../../protocol/commands';
import { COMMAND_NAMES } from '../../protocol/commands';
import type { Result } from '../../protocol/errors';
import type { ErrorCode } from '../../protocol/errors';
import { commandSchemas } from '../../protocol/schemas';
import { t } from '../../protocol/catalog';
import type { Actor } from '../auth/actor';
import { permits } from '../auth/actor';
import type { CommandContext, Services } from './context';
import { CommandError } from './errors';
import { invalidFields } from './validation';
import { Outbox } from './outbox';
import { registry } from './registry';
import { businessDay } from '../queue';
import { expireStaleTickets } from '../hall/rollover';

export type OutboxListener = (outbox: Outbox) => void;

export function errorResult(code: ErrorCode, fields?: string[]): { ok: false; error: { code: ErrorCode; message: string; fields?: string[] } } {
  return { ok: false, error: { code, message: t(`error.${code}`), ...(fields ? { fields } : {}) } };
}

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

export class CommandBus {
  private readonly listeners: OutboxListener[] = [];
  private lastDay = '';

  constructor(private readonly services: Services, private readonly logError: (err: unknown) => void = console.error) {}

  onCommit(listener: OutboxListener): void {
    this.listeners.push(listener);
  }

  execute<N extends CommandName>(name: N, raw: unknown, actor: Actor): Result<CommandOutput<N>> {
    const def = registry[name];
    if (!permits(actor, def.permits)) return errorResult(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    const parsed = commandSchemas[name].safeParse(raw ?? {});
    if (!parsed.success) {
      return errorResult('BAD_REQUEST', invalidFields(parsed.error));
    }
    const input = parsed.data as CommandInput<N>;
    try {
      const now = this.services.clock.now();
      this.rollover(now);
      const outbox = new Outbox();
      const ctx: CommandContext = {
        ...this.services, actor, outbox, now, today: businessDay(now, this.services.settings.timezone),
      };
      const output = this.services.db.transaction(() => def.run(ctx, input))();
      this.publish(outbox);
      return { ok: true, data: output };
    } catch (err) {
      if (err instanceof CommandError) return errorResult(err.code, err.fields);
      this.logError(err);
      return errorResult('INTERNAL');
    }
  }

  /** Expires tickets left from an earlier business day, once per new day (also called by a timer). */
  rollover(now: number): void {
    const today = businessDay(now, this.services.settings.timezone);
    if (today === this.lastDay) return;
    const outbox = new Outbox();
    this.services.db.transaction(() => expireStaleTickets(this.services.db, today, now, outbox))();
    this.lastDay = today;
    this.publish(outbox);
  }

  private publish(outbox: Outbox): void {
    if (outbox.empty) return;
    for (const listener of this.listeners) {
      try {
        listener(outbox);
      } catch (err) {
        // A failing side effect must never undo or block a committed command.
        this.logError(err);
      }
    }
  }
}
