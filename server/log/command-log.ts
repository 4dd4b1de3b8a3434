/**
 * What the command bus tells the log: one line per command — who (kind and id, never a token, key or
 * password), which command, the outcome (ok or the error code) and how long it took — and the
 * unexpected failures behind an INTERNAL or storage answer.
 */
import type { CommandName } from '../../protocol/commands';
import type { ErrorCode } from '../../protocol/errors';
import type { Actor } from '../auth/actor';
import type { Logger } from './logger';

export interface CommandLog {
  executed(command: CommandName, actor: Actor, outcome: 'ok' | ErrorCode, ms: number): void;
  failed(err: unknown): void;
}

/** The actor as the log names it. */
export function actorRef(actor: Actor): { kind: string; id?: number; role?: string } {
  if (actor.kind === 'user') return { kind: 'user', id: actor.userId, role: actor.role };
  if (actor.kind === 'device') return { kind: actor.deviceKind, id: actor.deviceId };
  return { kind: 'anonymous' };
}

export function commandLog(logger: Logger): CommandLog {
  return {
    executed: (command, actor, outcome, ms) => {
      // Checked first so that a quiet log (LOG_LEVEL=warn) costs the hot path nothing at all.
      if (!logger.isLevelEnabled('info')) return;
      logger.info({ command, actor: actorRef(actor), outcome, ms: Math.round(ms * 1000) / 1000 }, 'command');
    },
    failed: (err) => logger.error({ err }, 'command failed'),
  };
}
