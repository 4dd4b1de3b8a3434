import type { CommandDef } from './define';
import { hallSnapshot } from '../views/snapshot';

/** hall.snapshot — the whole hall, for kiosks, displays, counters and consoles (not phones). */
export const hallSnapshotCommand: CommandDef<'hall.snapshot'> = {
  name: 'hall.snapshot',
  permits: ['device:kiosk', 'device:display', 'device:rating-pad', 'staff', 'supervisor', 'admin'],
  run(ctx) {
    return hallSnapshot(ctx.db, ctx.settings, ctx.sequence, ctx.today, ctx.now, ctx.printers.views());
  },
};
