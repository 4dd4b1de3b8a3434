/**
 * Limits on how fast one caller may send commands, in front of the command bus: per socket (one kiosk,
 * display or desk connection) and per source address (every connection and HTTP request from one
 * machine or phone together), so one device flooding the hall cannot slow everyone else. Callers
 * without a credential (phones) also get a small budget per address for the commands that store
 * something (ratings, complaints), look a matter up (办件查询) or read the portal's overview: never one
 * bucket shared by all phones. The machine itself (loopback) has no address limits: behind a reverse
 * proxy on the same machine, the forwarded address counts instead. Beyond a limit the answer is RATE_LIMITED.
 * Commands that look a booking up by its code also count the address's failed lookups
 * (BOOKING_NOT_FOUND): beyond a few, the address may look up no code for a while, so that guessing
 * codes is infeasible even far below the command limits.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { CommandName } from '../../protocol/commands';
import type { Result } from '../../protocol/errors';

/** An answer (as the transports hand it back) that names no booking for the code asked about. */
function isUnknownCode(result: unknown): boolean {
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false) return false;
  const refusal = result as Extract<Result<unknown>, { ok: false }>;
  return refusal.error.code === 'BOOKING_NOT_FOUND';
}

/** Commands sent per window, per socket and per address. */
export interface CommandLimitSettings {
  perSocket: number;
  perAddress: number;
}

const WINDOW_SECONDS = 10;
/** Ratings and complaints a phone's address may send a minute. */
const ANONYMOUS_WRITES_PER_MINUTE = 10;
/** 办件 lookups a phone's address may make a minute (its misses are limited further: server/matters/lookup-misses.ts). */
const ANONYMOUS_LOOKUPS_PER_MINUTE = 20;
const ANONYMOUS_LOOKUPS: ReadonlySet<CommandName> = new Set<CommandName>(['matter.lookup']);
/**
 * Public reads that cost the hall more than a line (the portal's overview counts every service's
 * waiting line and two weeks of hours): how many one address without a credential may send a minute.
 * Generous for residents behind one carrier address, small beside the per-address budget.
 */
const ANONYMOUS_READS_PER_MINUTE = 120;
const ANONYMOUS_READS: ReadonlySet<CommandName> = new Set<CommandName>(['portal.services']);
const ANONYMOUS_WRITES: ReadonlySet<CommandName> = new Set<CommandName>(['ticket.rate', 'complaint.submit', 'booking.create',
  'booking.cancel']);
/** Unknown booking codes one address may try in FAILED_LOOKUP_SECONDS before its lookups are refused. */
export const FAILED_LOOKUPS_ALLOWED = 20;
const FAILED_LOOKUP_SECONDS = 15 * 60;
const CODE_LOOKUPS: ReadonlySet<CommandName> = new Set<CommandName>(['booking.get', 'booking.cancel', 'booking.checkIn']);

export interface CommandCaller {
  /** The socket's id; absent for HTTP requests. */
  socketId?: string;
  address: string;
  anonymous: boolean;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export class CommandLimits {
  private readonly perSocket: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;
  private readonly anonymousWrites = new RateLimiterMemory({ points: ANONYMOUS_WRITES_PER_MINUTE, duration: 60 });
  private readonly anonymousLookups = new RateLimiterMemory({ points: ANONYMOUS_LOOKUPS_PER_MINUTE, duration: 60 });
  private readonly anonymousReads = new RateLimiterMemory({ points: ANONYMOUS_READS_PER_MINUTE, duration: 60 });
  private readonly failedLookups = new RateLimiterMemory({ points: FAILED_LOOKUPS_ALLOWED, duration: FAILED_LOOKUP_SECONDS });

  constructor(settings: CommandLimitSettings) {
    this.perSocket = new RateLimiterMemory({ points: settings.perSocket, duration: WINDOW_SECONDS });
    this.perAddress = new RateLimiterMemory({ points: settings.perAddress, duration: WINDOW_SECONDS });
  }

  /** Counts one command; false when the caller is over one of its limits. */
  async admit(command: CommandName, caller: CommandCaller): Promise<boolean> {
    const checks: Promise<unknown>[] = [];
    if (caller.socketId !== undefined) checks.push(this.perSocket.consume(caller.socketId));
    if (!isLoopback(caller.address)) {
      checks.push(this.perAddress.consume(caller.address));
      if (caller.anonymous && ANONYMOUS_WRITES.has(command)) checks.push(this.anonymousWrites.consume(caller.address));
      if (caller.anonymous && ANONYMOUS_LOOKUPS.has(command)) checks.push(this.anonymousLookups.consume(caller.address));
      if (caller.anonymous && ANONYMOUS_READS.has(command)) checks.push(this.anonymousReads.consume(caller.address));
      if (CODE_LOOKUPS.has(command)) checks.push(this.lookupsLeft(caller.address));
    }
    const outcomes = await Promise.allSettled(checks);
    return outcomes.every((o) => o.status === 'fulfilled');
  }

  /** Rejects when the address has used up its failed lookups. */
  private async lookupsLeft(address: string): Promise<void> {
    const used = await this.failedLookups.get(address);
    if (used && used.consumedPoints >= FAILED_LOOKUPS_ALLOWED) throw new Error('failed lookups used up');
  }

  /** Counts what a command's answer says about its caller: an unknown booking code is a failed lookup. */
  answered(command: CommandName, caller: CommandCaller, result: unknown): void {
    if (!CODE_LOOKUPS.has(command) || !isUnknownCode(result) || isLoopback(caller.address)) return;
    this.failedLookups.consume(caller.address).catch(() => undefined);
  }
}

/** The caller's address as express reads it with `trust proxy: loopback`: a proxy on this machine may name it. */
export function callerAddress(peer: string, forwardedFor: string | string[] | undefined): string {
  const forwarded = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
  if (!isLoopback(peer) || !forwarded) return peer;
  const hops = forwarded.split(',').map((h) => h.trim()).filter(Boolean);
  return hops[hops.length - 1] ?? peer;
}
