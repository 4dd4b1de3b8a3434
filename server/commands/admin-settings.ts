/**
 * The hall's own texts and rules, for admins: the name printed on slips and displays (Chinese and
 * Mongolian), the complaint phone, the late-return rule, the priority reasons offered at the kiosk, the
 * per-device issuing limit and the address phones reach (the tickets' QR codes). A change applies right
 * after it commits and every open kiosk, display and desk takes a fresh snapshot. The answer says which
 * address the QR codes carry now and, as data, whether phones can open it (a loopback address makes
 * every QR code useless).
 */
import type { HallSettingsAnswer, HallSettingsView } from '../../protocol/admin';
import type { HallSettings } from '../hall/settings';
import type { CommandDef } from './define';
import { phoneAddress, storeHallSettings, withStoredSettings } from '../hall/settings';
import { audit } from './audit';

/** The settings a configuration file carries to another machine (not the address phones reach: that is the machine's). */
export function portableSettings(s: HallSettings): Omit<HallSettingsView, 'publicAddress'> {
  return { name: s.name, nameMn: s.nameMn, complaintPhone: s.complaintPhone, lateReturn: s.lateReturn,
    priorityReasons: [...s.priorityReasons], issuePerMinute: s.issuePerMinute, caseDeadlineDays: s.caseDeadlineDays };
}

function editable(s: HallSettings): HallSettingsView {
  return { ...portableSettings(s), publicAddress: s.publicAddress };
}

function answer(s: HallSettings): HallSettingsAnswer {
  return { ...editable(s), phones: phoneAddress(s) };
}

export const hallSettingsCommand: CommandDef<'hall.settings'> = {
  name: 'hall.settings',
  permits: ['admin'],
  run(ctx) {
    return answer(ctx.settings);
  },
};

export const hallUpdateSettings: CommandDef<'hall.updateSettings'> = {
  name: 'hall.updateSettings',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    // `phones` in the input is the read-only part of an earlier answer: it is not stored.
    const next: HallSettingsView = {
      name: input.name, nameMn: input.nameMn, complaintPhone: input.complaintPhone, lateReturn: input.lateReturn,
      priorityReasons: [...new Set(input.priorityReasons)], issuePerMinute: input.issuePerMinute,
      caseDeadlineDays: input.caseDeadlineDays,
      publicAddress: input.publicAddress === undefined ? ctx.settings.publicAddress : input.publicAddress,
    };
    storeHallSettings(ctx.db, next);
    audit(ctx, 'hall', editable(ctx.settings), next);
    // The bus, the views and the printers share one settings object: it changes after commit.
    const after = withStoredSettings(ctx.settings, next);
    ctx.outbox.hallSettings(after);
    return answer(after);
  },
};
