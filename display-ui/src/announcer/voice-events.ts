/**
 * What the voice did, as DOM events on `window` (type "hall-voice"): which pack loaded, each
 * announcement's start and end on the audio clock with the clips it played, calls left silent (quiet
 * hours, sound blocked) and clips a pack lacked. The browser tests record these to prove that calls are
 * said once each, in order, without overlap; a technician can watch them in the browser's console with
 * `addEventListener('hall-voice', (e) => console.log(e.detail))`.
 */
export const VOICE_EVENT = 'hall-voice';

export type VoiceEvent =
  | { kind: 'pack'; source: 'hall' | 'default'; name: string; base: string }
  | { kind: 'pack-failed'; reason: string }
  | { kind: 'start'; key: string; number: string; window: number; recall: boolean; round: number; clips: string[]; at: number }
  | { kind: 'end'; key: string; round: number; at: number }
  | { kind: 'silent'; key: string; reason: 'quiet-hours' | 'blocked' | 'no-clips' }
  | { kind: 'missing'; key: string; missing: { lang: string; what: string[] }[] }
  | { kind: 'speech'; key: string }
  | { kind: 'sound'; blocked: boolean };

export function emitVoiceEvent(event: VoiceEvent): void {
  window.dispatchEvent(new CustomEvent<VoiceEvent>(VOICE_EVENT, { detail: event }));
}
