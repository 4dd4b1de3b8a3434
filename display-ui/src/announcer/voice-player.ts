/**
 * The display's voice: the pack's clips through Web Audio (./clip-player.ts). The browser's speech engine
 * is kept only as the last fallback, for a display that cannot load any pack (the server's pack damaged
 * or unreachable, or a browser without Web Audio): most kiosk browsers have no Chinese speech voice, so
 * it usually stays silent, but where one exists it is better than nothing.
 */
import type { VoiceSettings } from '../../../protocol/voice/settings';
import { DEFAULT_VOICE_SETTINGS } from '../../../protocol/voice/defaults';
import type { Announcement, AnnouncementPlayer } from './announcer';
import { createClipPlayer, type VoiceHall } from './clip-player';
import { loadVoicePack } from './pack-loader';
import { watchSound, type SoundState } from './sound-state';
import { createSpeechPlayer } from './speech-player';
import { emitVoiceEvent } from './voice-events';

export interface DisplayVoice {
  player: AnnouncementPlayer;
  /** null without Web Audio (no sound to unblock). */
  sound: SoundState | null;
  /** The hall's settings and time zone, from each snapshot. */
  configure(settings: VoiceSettings, timezone: string): void;
  repeat(): number;
}

export function createDisplayVoice(): DisplayVoice {
  let settings: VoiceSettings = DEFAULT_VOICE_SETTINGS;
  let timezone = 'Asia/Shanghai';
  const hall: VoiceHall = { settings: () => settings, timezone: () => timezone, now: () => Date.now() };
  const speech = createSpeechPlayer('speechSynthesis' in window ? window.speechSynthesis : null);
  const audio = typeof AudioContext === 'function' ? new AudioContext() : null;
  const sound = audio ? watchSound(audio) : null;
  const ready: Promise<AnnouncementPlayer> = audio
    ? loadVoicePack(audio).then((loaded) => {
      const { source, base, pack } = loaded.served;
      emitVoiceEvent({ kind: 'pack', source, name: pack.name, base });
      return createClipPlayer(audio, loaded, hall);
    }, (err: unknown) => {
      emitVoiceEvent({ kind: 'pack-failed', reason: err instanceof Error ? err.message : String(err) });
      return speech;
    })
    : Promise.resolve(speech);
  let active: AnnouncementPlayer | null = null;
  ready.then((p) => { active = p; }, () => undefined);

  const player: AnnouncementPlayer = {
    async play(announcement: Announcement, round: number) {
      const chosen = active ?? await ready;
      if (chosen === speech) emitVoiceEvent({ kind: 'speech', key: announcement.key });
      return chosen.play(announcement, round);
    },
    stop() {
      active?.stop();
    },
  };
  return {
    player,
    sound,
    configure(next, zone) {
      settings = next;
      timezone = zone;
    },
    repeat: () => settings.repeat,
  };
}
