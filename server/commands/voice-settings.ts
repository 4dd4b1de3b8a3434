/**
 * voice.settings and voice.configure (admins): how the displays announce calls — how many times, how
 * loud, with or without the chime, and the quiet hours. Every open display takes a fresh snapshot, which
 * carries the settings, right after a change.
 */
import type { CommandDef } from './define';
import { saveVoiceSettings, voiceSettings } from '../db/queries/voice-settings';
import { audit } from './audit';

export const voiceSettingsCommand: CommandDef<'voice.settings'> = {
  name: 'voice.settings',
  permits: ['admin'],
  run(ctx) {
    return voiceSettings(ctx.db);
  },
};

export const voiceConfigure: CommandDef<'voice.configure'> = {
  name: 'voice.configure',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const before = voiceSettings(ctx.db);
    const next = { repeat: input.repeat, volume: input.volume, chime: input.chime, quietHours: [...input.quietHours] };
    saveVoiceSettings(ctx.db, next);
    audit(ctx, 'voice', before, next);
    ctx.outbox.hallConfig();
    return next;
  },
};
