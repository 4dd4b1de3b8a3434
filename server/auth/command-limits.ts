/**
 * Limits on how fast one caller may send commands, in front of the command bus: per socket (one kiosk,
 * display or desk connection) and per source address (every connection and HTTP request from one
 * machine or phone together), so one device flooding the hall cannot slow everyone else. Callers
 * without a credential (phones) also get a small budget per address for the commands that store
 * something (ratings, complaints), look a matter up (办件查询) or read the portal's overview: never one
 * bucket shared by all phones. The machine itself (loopback) has no address limits: behind a reverse
 * proxy on the same machine, the forwarded address counts instead. Beyond a limit the answer is RATE_LIMITED.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { CommandName } from '../../protocol/commands';

/** Commands sent per window, per socket and per address. */
export interface CommandLimitSettings {
  perSocket: number;
  perAddress: number;
}

const WINDOW_SECONDS = 10;
/** Ratings and complaints a phone's address may send a minute. */
const ANONYMOUS_WRITES_PER_MINUTE = 10;
const ANONYMOUS_WRITES: ReadonlySet<CommandName> = new Set<CommandName>(['ticket.rate', 'complaint.submit']);
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
    }
    const outcomes = await Promise.allSettled(checks);
    return outcomes.every((o) => o.status === 'fulfilled');
  }
}

/** The caller's address as express reads it with `trust proxy: loopback`: a proxy on this machine may name it. */
export function callerAddress(peer: string, forwardedFor: string | string[] | undefined): string {
  const forwarded = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
  if (!isLoopback(peer) || !forwarded) return peer;
  const hops = forwarded.split(',').map((h) => h.trim()).filter(Boolean);
  return hops[hops.length - 1] ?? peer;
}
