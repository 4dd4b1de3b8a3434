/** The voice settings of a hall whose admin has not changed them (./settings.ts). */
import type { VoiceSettings } from './settings';

export const DEFAULT_VOICE_SETTINGS: VoiceSettings = { repeat: 2, volume: 80, chime: true, quietHours: [] };
