/** The hall's voice settings (protocol/voice/settings.ts), one record in the settings table under `voice`. */
import type { Db } from '../open';
import type { VoiceSettings } from '../../../protocol/voice/settings';
import { DEFAULT_VOICE_SETTINGS } from '../../../protocol/voice/defaults';
import { readSetting, writeSetting } from './settings';

const KEY = 'voice';

export function voiceSettings(db: Db): VoiceSettings {
  return { ...DEFAULT_VOICE_SETTINGS, ...(readSetting<Partial<VoiceSettings>>(db, KEY) ?? {}) };
}

export function saveVoiceSettings(db: Db, settings: VoiceSettings): void {
  writeSetting(db, KEY, settings);
}
