import type { CommandDef } from './define';
import type { CommandContext } from './context';
import type { Db } from '../db/open';
import type { DeviceSelfView, HallSnapshot } from '../../protocol/views';
import { displayScopeOf, scopeMembers, scopeSnapshot } from '../../protocol/display-kind';
import { windowNextNumbers } from '../views/window-next';
import { hallSnapshot } from '../views/snapshot';
import { statement } from '../db/queries/statement';
import { deviceById } from '../db/queries/devices';

/**
 * The last snapshot built for each hall (keyed by its database), and the state it was built from.
 * Every display, kiosk and desk asks for a snapshot on each (re)connect, and a misbehaving device may
 * ask again and again: building it reads every service, counter and load, so it is built once per
 * state and shared. The state is the event sequence position (every broadcast change moves it), the
 * database's own count of changed rows (changes not broadcast, such as hall settings), the business day
 * and the minute (service hours open and close by the clock).
 */
const built = new WeakMap<Db, { key: string; snapshot: HallSnapshot }>();

function stateKey(ctx: CommandContext): string {
  const changes = (statement(ctx.db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  return `${ctx.sequence.epoch}:${ctx.sequence.seq}:${changes}:${ctx.today}:${Math.floor(ctx.now / 60_000)}`;
}

/**
 * The asking device as it is tied now (its printer, the centres a kiosk offers, a display's scope): the
 * shared snapshot plus this one read, so every config change reaches the device with its next snapshot.
 */
function selfOf(ctx: CommandContext, deviceId: number): HallSnapshot['device'] {
  const d = deviceById(ctx.db, deviceId);
  return d ? { id: d.id, kind: d.kind, name: d.name, printerId: d.printerId, counterId: d.counterId, centreId: d.centreId,
    centreIds: d.centreIds, displayKind: d.displayKind } : null;
}

/** A display receives only its scope (protocol/display-kind.ts); a window display also its next numbers. */
function displaySnapshot(ctx: CommandContext, snapshot: HallSnapshot, device: DeviceSelfView): HallSnapshot {
  const scope = displayScopeOf(device);
  const scoped = { ...scopeSnapshot(snapshot, scopeMembers(scope, snapshot)), device };
  return scope.kind === 'counter' ? { ...scoped, nextNumbers: windowNextNumbers(ctx.db, scope.counterId, ctx.now) } : scoped;
}

/** hall.snapshot — the whole hall, for kiosks, displays, counters and consoles (not phones). */
export const hallSnapshotCommand: CommandDef<'hall.snapshot'> = {
  name: 'hall.snapshot',
  permits: ['device:kiosk', 'device:display', 'device:rating-pad', 'staff', 'supervisor', 'admin'],
  run(ctx) {
    const key = stateKey(ctx);
    const cached = built.get(ctx.db);
    const snapshot = cached?.key === key ? cached.snapshot
      : hallSnapshot(ctx.db, ctx.settings, ctx.sequence, ctx.today, ctx.now, ctx.printers.views());
    if (cached?.key !== key) built.set(ctx.db, { key, snapshot });
    if (ctx.actor.kind !== 'device') return snapshot;
    const device = selfOf(ctx, ctx.actor.deviceId);
    return device?.kind === 'display' ? displaySnapshot(ctx, snapshot, device) : { ...snapshot, device };
  },
};
