/**
 * The command bus: the one way into the hall's state. It checks who may send a command, validates the
 * input against its schema, runs the handler in one SQLite transaction and, only after commit, hands
 * what changed to the listeners (realtime broadcast, printing). HTTP calls `execute`; socket.io calls
 * `dispatch`, which also says which rooms the caller joins.
 */
import type { CommandName, CommandOutput } from '../../protocol/commands';
import type { ErrorBody, ErrorCode, Problem, Result } from '../../protocol/errors';
import { schemaOf } from '../../protocol/schemas';
import { t } from '../../protocol/catalog';
import type { Actor } from '../auth/actor';
import { issuerId, permits } from '../auth/actor';
import { insertAuditLine } from '../db/queries/audit';
import type { CommandContext, HallDeps } from './context';
import { CommandError } from './errors';
import { invalidFields, schemaProblems, schemaRefusal } from './validation';
import { Outbox } from './outbox';
import { registry } from './registry';
import { businessDay } from '../queue';
import { endBusinessDay } from '../hall/rollover';
import { storageErrorCode, storageFault } from '../storage/fault';
import { inOneTransaction, type InOneTransaction } from '../db/atomic';
import type { CommandLog } from '../log/command-log';
import { notePending } from '../db/queries/report-rollup';
import { catchUpRollup } from '../reports/rollup';

export type OutboxListener = (outbox: Outbox) => void;

/** One command of a group handed to `dispatchGroup`. */
export interface GroupedCommand<N extends CommandName = CommandName> {
  name: N;
  raw: unknown;
  actor: Actor;
}

/** The group's transaction was rolled back whole: nothing of it is stored, so no command of it may answer ok. */
class GroupLost extends Error {
  constructor(readonly code: ErrorCode) {
    super(`a command's ${code} rolled back its whole group`);
  }
}

export function errorResult(code: ErrorCode, fields?: string[], problems?: Problem[]): { ok: false; error: ErrorBody } {
  return { ok: false, error: { code, message: t(`error.${code}`), ...(fields ? { fields } : {}), ...(problems ? { problems } : {}) } };
}

/**
 * A command's answer plus what only its own transport needs: the rooms the caller joins (a phone page
 * that tracks a ticket then hears that ticket's changes). Never sent to the client.
 */
export interface CommandOutcome<N extends CommandName> {
  result: Result<CommandOutput<N>>;
  joins: readonly string[];
}

function refused(result: ReturnType<typeof errorResult>): { result: typeof result; joins: readonly string[] } {
  return { result, joins: [] };
}

export class CommandBus {
  private readonly listeners: OutboxListener[] = [];
  /** Run inside each command's transaction (beforeCommit). */
  private readonly recorders: OutboxListener[] = [];
  private lastDay = '';
  /** Transactions committed so far, a group counting once: tests see that groups form. */
  commits = 0;
  /** While a group runs: the outboxes of its commands, published once the group has committed. */
  private deferred: Outbox[] | null = null;
  /** Runs its argument in a transaction (a savepoint inside a group). */
  private readonly atomically: InOneTransaction;

  constructor(private readonly deps: HallDeps, private readonly log: CommandLog) {
    this.atomically = inOneTransaction(deps.db);
  }

  onCommit(listener: OutboxListener): void {
    this.listeners.push(listener);
  }

  /**
   * A listener run inside each command's transaction, after its handler, with the command's outbox:
   * what it writes (a print job for the slip the command asked for) commits with the command or not at
   * all. An error it throws fails the command.
   */
  beforeCommit(listener: OutboxListener): void {
    this.recorders.push(listener);
  }

  execute<N extends CommandName>(name: N, raw: unknown, actor: Actor): Result<CommandOutput<N>> {
    return this.dispatch(name, raw, actor).result;
  }

  dispatch<N extends CommandName>(name: N, raw: unknown, actor: Actor): CommandOutcome<N> {
    const started = performance.now();
    const outcome = this.run(name, raw, actor);
    this.log.executed(name, actor, outcome.result.ok ? 'ok' : outcome.result.error.code, performance.now() - started);
    return outcome;
  }

  /**
   * Group commit: commands that arrived together (several kiosks issuing at once) run one after another
   * in one SQLite transaction, each in its own savepoint, so each still succeeds or fails whole and
   * sees the ones before it; the group pays for one durable commit (one fsync) instead of one each.
   * Nothing is answered or published before that commit, so an answered command is as durable as with
   * a transaction of its own. An administrative command always runs alone: it may change the settings
   * the next commands read, which only take effect once it is published.
   *
   * Once `until` (a `performance.now()` time) has passed, no further command is started — at least one
   * always runs — and the outcomes are those of the commands run, in order, a prefix of `commands`: the
   * caller runs the rest later. A command's cost varies tenfold with the machine's load, so a group
   * bounded only by its size could hold the event loop for seconds.
   */
  dispatchGroup(commands: readonly GroupedCommand[], until = Number.POSITIVE_INFINITY): CommandOutcome<CommandName>[] {
    const outcomes: CommandOutcome<CommandName>[] = [];
    while (outcomes.length === 0 || performance.now() < until) {
      const rest = commands.slice(outcomes.length);
      const first = rest[0];
      if (!first) break;
      // The commands up to the next administrative one share a transaction; an administrative one runs alone.
      const next = rest.findIndex((c) => registry[c.name].administrative);
      const group = registry[first.name].administrative ? [first] : next === -1 ? rest : rest.slice(0, next);
      const ran = group.length === 1 ? [this.dispatch(first.name, first.raw, first.actor)] : this.runGroup(group, until);
      outcomes.push(...ran);
      if (ran.length < group.length) break; // the group stopped at `until`
    }
    return outcomes;
  }

  /** Runs commands in one transaction until `until` has passed (at least one); returns the outcomes of those run. */
  private runGroup(commands: readonly GroupedCommand[], until: number): CommandOutcome<CommandName>[] {
    const deferred: Outbox[] = [];
    this.deferred = deferred;
    const dayBefore = this.lastDay;
    let started = 0;
    let outcomes: CommandOutcome<CommandName>[];
    try {
      outcomes = this.atomically(() => {
        const done: CommandOutcome<CommandName>[] = [];
        for (const c of commands) {
          if (done.length > 0 && performance.now() >= until) break;
          started += 1;
          const outcome = this.dispatch(c.name, c.raw, c.actor);
          // Some storage errors (a full disk) make SQLite roll back the whole transaction, not just the
          // failed command's savepoint: the commands before it are gone too.
          if (!this.deps.db.inTransaction) throw new GroupLost(outcome.result.ok ? 'INTERNAL' : outcome.result.error.code);
          done.push(outcome);
        }
        return done;
      });
    } catch (err) {
      this.log.failed(err);
      this.lastDay = dayBefore; // a day ended inside the lost group is ended again by the next command
      const fault = storageFault(err);
      const code = err instanceof GroupLost ? err.code : fault ? storageErrorCode(fault) : 'INTERNAL';
      const lost = refused(errorResult(code));
      // Every command started is answered with the loss; those never started are left to the caller.
      return commands.slice(0, Math.max(started, 1)).map(() => lost);
    } finally {
      this.deferred = null;
    }
    this.commits += 1;
    for (const outbox of deferred) this.publish(outbox);
    return outcomes;
  }

  private run<N extends CommandName>(name: N, raw: unknown, actor: Actor): CommandOutcome<N> {
    const def = registry[name];
    if (!permits(actor, def.permits)) return refused(errorResult(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'));
    // A password an admin chose is known to two people: its holder must replace it before anything else.
    if (actor.kind === 'user' && actor.mustChangePassword && name !== 'auth.changePassword') {
      return refused(errorResult('PASSWORD_CHANGE_REQUIRED'));
    }
    const parsed = schemaOf[name].safeParse(raw ?? {});
    if (!parsed.success) {
      return refused(errorResult(schemaRefusal(parsed.error), invalidFields(parsed.error), schemaProblems(parsed.error)));
    }
    try {
      const now = this.deps.clock.now();
      this.rollover(now);
      const outbox = new Outbox();
      const joins: string[] = [];
      let audited = 0;
      const ctx: CommandContext = {
        ...this.deps, actor, outbox, now, today: businessDay(now, this.deps.settings.timezone),
        join: (...rooms) => joins.push(...rooms),
        audit: (subject, before, after) => {
          insertAuditLine(this.deps.db, { at: now, actor: issuerId(actor), command: name, subject, before, after });
          audited += 1;
        },
      };
      const output = this.atomically(() => {
        const out = def.run(ctx, parsed.data);
        // An administrative change without its audit line would be a change nobody can account for.
        if (def.administrative && audited === 0) throw new Error(`${name} changed the hall without an audit line`);
        for (const recorder of this.recorders) recorder(outbox);
        // The tickets the reports' roll-up has to take in are noted with the change itself
        // (server/reports/rollup.ts), in a group too: a report later in the same group counts them.
        notePending(this.deps.db, outbox.reportTickets());
        return out;
      });
      this.publishOrDefer(outbox);
      return { result: { ok: true, data: output }, joins };
    } catch (err) {
      if (err instanceof CommandError) return refused(errorResult(err.code, err.fields, err.problems));
      this.log.failed(err);
      // The transaction rolled back: say why in a code staff can act on (a full disk), not INTERNAL.
      const fault = storageFault(err);
      return refused(errorResult(fault ? storageErrorCode(fault) : 'INTERNAL'));
    }
  }

  /** Ends earlier business days (expired tickets, closed counters), once per new day (also called by a timer). */
  rollover(now: number): void {
    const today = businessDay(now, this.deps.settings.timezone);
    if (today === this.lastDay) return;
    const outbox = new Outbox();
    this.atomically(() => {
      endBusinessDay(this.deps.db, today, this.deps.settings.timezone, now, outbox);
      notePending(this.deps.db, outbox.reportTickets());
    });
    this.lastDay = today;
    this.publishOrDefer(outbox);
  }

  /**
   * Takes the tickets changed since it last ran into the reports' roll-up, in a transaction of its own
   * (server/reports/rollup.ts): derived figures, so nothing is published. Answers how many there were.
   */
  catchUpReports(): number {
    return catchUpRollup(this.deps.db, this.deps.settings.timezone);
  }

  private publishOrDefer(outbox: Outbox): void {
    if (this.deferred) {
      this.deferred.push(outbox);
      return;
    }
    this.commits += 1;
    this.publish(outbox);
  }

  private publish(outbox: Outbox): void {
    if (outbox.empty) return;
    if (outbox.settings) Object.assign(this.deps.settings, outbox.settings);
    for (const listener of this.listeners) {
      try {
        listener(outbox);
      } catch (err) {
        // A failing side effect must never undo or block a committed command.
        this.log.failed(err);
      }
    }
  }
}
