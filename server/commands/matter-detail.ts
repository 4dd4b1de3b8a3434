/** A state's details as a command gives them, checked against the one rule of protocol/matter-flow.ts. */
import type { MatterState } from '../../protocol/matters';
import { missingDetail, strayDetail } from '../../protocol/matter-flow';
import type { CommandContext } from './context';
import { fail } from './errors';

export interface MatterDetail {
  materials: string[];
  reason: string | null;
}

/** 补正 names materials (each once), 不予受理 a reason, and neither takes the other's: BAD_REQUEST naming the field. */
export function checkedDetail(state: MatterState, input: { materials?: string[] | undefined; reason?: string | undefined }): MatterDetail {
  const detail = { materials: [...new Set(input.materials ?? [])], reason: input.reason ?? null };
  const missing = missingDetail(state, detail);
  if (missing) fail('BAD_REQUEST', [missing]);
  const stray = strayDetail(state, detail);
  if (stray) fail('BAD_REQUEST', [stray]);
  return detail;
}

/** The staff account acting (matters are recorded and moved by people at the counter, never by devices). */
export function staffUserId(ctx: CommandContext): number {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : fail('FORBIDDEN');
}
