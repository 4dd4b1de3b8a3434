/**
 * Plays a call from the voice pack's clips with Web Audio: the clips of a phrase are scheduled back to
 * back on the audio clock (no gap, no wait on timers), the Mongolian part after a short pause when the
 * pack has one, all through one gain for the hall's volume. The announcer (./announcer.ts) guarantees
 * one announcement at a time; this player only sounds one.
 */
import { composePhrase } from '../../../protocol/voice/compose';
import { inQuietHours } from '../../../protocol/voice/quiet-hours';
import type { VoiceSettings } from '../../../protocol/voice/settings';
import type { AnnouncementPlayer } from './announcer';
import type { LoadedPack } from './pack-loader';
import { emitVoiceEvent } from './voice-events';

/** Between the Chinese and the Mongolian announcement. */
const LANGUAGE_PAUSE_S = 0.5;
/** Lead time for scheduling, so the first clip is not clipped at its start. */
const LEAD_S = 0.05;

/** What the hall set (from its snapshot) and its clock. */
export interface VoiceHall {
  settings(): VoiceSettings;
  timezone(): string;
  now(): number;
}

export function createClipPlayer(audio: AudioContext, loaded: LoadedPack, hall: VoiceHall): AnnouncementPlayer {
  const out = audio.createGain();
  out.connect(audio.destination);
  let sources: AudioBufferSourceNode[] = [];
  let finish: (() => void) | null = null;

  return {
    play(announcement, round) {
      const { call, key } = announcement;
      const settings = hall.settings();
      if (inQuietHours(settings, hall.now(), hall.timezone())) {
        emitVoiceEvent({ kind: 'silent', key, reason: 'quiet-hours' });
        return Promise.resolve();
      }
      if (audio.state !== 'running') {
        // Blocked by the autoplay policy: the call is shown; queued calls are not held back for sound.
        emitVoiceEvent({ kind: 'silent', key, reason: 'blocked' });
        return Promise.resolve();
      }
      const phrase = composePhrase(loaded.served.pack, { number: call.number, window: call.counterId, recall: call.recall,
        chime: settings.chime && round === 0 });
      if (phrase.missing.length > 0) emitVoiceEvent({ kind: 'missing', key, missing: phrase.missing });
      out.gain.value = settings.volume / 100;
      const startAt = audio.currentTime + LEAD_S;
      let at = startAt;
      const clips: string[] = [];
      const scheduled: AudioBufferSourceNode[] = [];
      phrase.segments.forEach((segment, i) => {
        if (i > 0) at += LANGUAGE_PAUSE_S;
        for (const id of segment.clips) {
          const buffer = loaded.buffers.get(id);
          if (!buffer) continue;
          const source = audio.createBufferSource();
          source.buffer = buffer;
          source.connect(out);
          source.start(at);
          at += buffer.duration;
          clips.push(id);
          scheduled.push(source);
        }
      });
      const last = scheduled[scheduled.length - 1];
      if (!last) {
        emitVoiceEvent({ kind: 'silent', key, reason: 'no-clips' });
        return Promise.resolve();
      }
      sources = scheduled;
      emitVoiceEvent({ kind: 'start', key, number: call.number, window: call.counterId, recall: call.recall, round, clips, at: startAt });
      return new Promise<void>((resolve) => {
        finish = () => {
          finish = null;
          sources = [];
          emitVoiceEvent({ kind: 'end', key, round, at: audio.currentTime });
          resolve();
        };
        last.onended = () => finish?.();
      });
    },
    stop() {
      for (const source of sources) {
        source.onended = null;
        source.stop();
      }
      finish?.();
    },
  };
}
