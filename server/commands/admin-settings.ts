/**
 * The hall's own texts and rules, for admins: the name printed on slips and displays (Chinese and
 * Mongolian), the complaint phone, the late-return rule, the priority reasons offered at the kiosk and
 * the per-device issuing limit. A change applies right after it commits; hall clients see it at their
 * next snapshot.
 */
import type { HallSettingsView } from '../../protocol/admin';
import type { HallSettings } from '../hall/settings';
import type { CommandDef } from './define';
import { storeHallSettings } from '../hall/settings';
import { audit } from './audit';

function editable(s: HallSettings): HallSettingsView {
  return { name: s.name, nameMn: s.nameMn, complaintPhone: s.complaintPhone, lateReturn: s.lateReturn,
    priorityReasons: [...s.priorityReasons], issuePerMinute: s.issuePerMinute };
}

export const hallSettingsCommand: CommandDef<'hall.settings'> = {
  name: 'hall.settings',
  permits: ['admin'],
  run(ctx) {
    return editable(ctx.settings);
  },
};

export const hallUpdateSettings: CommandDef<'hall.updateSettings'> = {
  name: 'hall.updateSettings',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const next: HallSettingsView = { ...input, priorityReasons: [...new Set(input.priorityReasons)] };
    storeHallSettings(ctx.db, next);
    audit(ctx, 'hall', editable(ctx.settings), next);
    // The bus, the views and the printers share one settings object: it changes after commit.
    ctx.outbox.hallSettings(next);
    return next;
  },
};
