/**
 * A call as a list of clips, per language of the pack: pure, so the display and the tests share it.
 *
 * Ticket numbers are read character by character ("A001" is "A 零 零 幺"), never as a quantity ("A一号"):
 * a resident compares what is heard with the slip in hand one sign at a time, and leading zeros must be
 * heard for that. Which clip stands for each digit is the pack's choice: the default pack says 幺 (yāo)
 * for 1 inside a ticket number, the usual way of saying a digit string aloud in China (room, bus and phone
 * numbers), because 一 (yī) and 七 (qī) are easily confused through a hall's loudspeakers. Window numbers
 * are a count ("十二号窗口", with 一 for 1), as staff and residents say them.
 */
import { NUMBER_SLOT, WINDOW_SLOT } from './format';
import type { LanguageVoice, VoiceLanguage, VoicePack, WindowReading } from './pack';

export interface PhraseRequest {
  number: string;
  window: number;
  recall: boolean;
  /** The chime before the first language (a hall setting). */
  chime: boolean;
}

/** One language's part of an announcement: the clip ids to play back to back. */
export interface PhraseSegment {
  lang: VoiceLanguage;
  clips: string[];
}

/**
 * The announcement, or, for each language the pack cannot say this call in, what is missing. A language
 * with a missing clip is left out whole (half a number would mislead); when none can be said, the player
 * falls back to the chime alone, so the hall still hears that a call is shown.
 */
export interface Phrase {
  segments: PhraseSegment[];
  missing: { lang: VoiceLanguage; what: string[] }[];
}

export const CHIME_CLIP = 'chime';

/** Clips for a ticket number, or the characters the voice has no clip for. */
export function numberClips(voice: LanguageVoice, number: string): { clips: string[]; missing: string[] } {
  const clips: string[] = [];
  const missing: string[] = [];
  for (const ch of number.toUpperCase()) {
    const clip = ch >= '0' && ch <= '9' ? voice.number.digits[Number(ch)] : voice.number.letters[ch];
    if (clip === undefined) missing.push(`character "${ch}"`);
    else clips.push(clip);
  }
  return { clips, missing };
}

/** A window number as a Chinese count, 1–999: 3 三, 10 十, 12 十二, 20 二十, 105 一百零五, 110 一百一十. */
function chineseCount(n: number, r: Extract<WindowReading, { style: 'chinese' }>): string[] | null {
  if (!Number.isInteger(n) || n < 1 || n > 999) return null;
  const d = (k: number): string => r.digits[k] ?? '';
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const out: string[] = [];
  if (hundreds > 0) out.push(d(hundreds), r.hundred);
  if (tens > 0) {
    // "十二", not "一十二", when the count starts with its tens; "一百一十" keeps the 一.
    if (!(hundreds === 0 && tens === 1)) out.push(d(tens));
    out.push(r.ten);
  } else if (hundreds > 0 && ones > 0) {
    out.push(d(0));
  }
  if (ones > 0) out.push(d(ones));
  return out;
}

/** Clips for a window number, or why the voice cannot say it. */
export function windowClips(reading: WindowReading, window: number): { clips: string[]; missing: string[] } {
  const fail = { clips: [], missing: [`window ${window}`] };
  if (reading.style === 'whole') {
    const clip = reading.windows[String(window)];
    return clip === undefined ? fail : { clips: [clip], missing: [] };
  }
  if (reading.style === 'chinese') {
    const clips = chineseCount(window, reading);
    return clips ? { clips, missing: [] } : fail;
  }
  if (!Number.isInteger(window) || window < 0) return fail;
  return { clips: Array.from(String(window), (ch) => reading.digits[Number(ch)] ?? ''), missing: [] };
}

function languageClips(pack: VoicePack, voice: LanguageVoice, request: PhraseRequest): { clips: string[]; missing: string[] } {
  const template = (request.recall ? voice.recall : undefined) ?? voice.call;
  const clips: string[] = [];
  const missing: string[] = [];
  for (const item of template) {
    const part = item === NUMBER_SLOT ? numberClips(voice, request.number)
      : item === WINDOW_SLOT ? windowClips(voice.window, request.window)
        : { clips: [item], missing: [] };
    clips.push(...part.clips);
    missing.push(...part.missing);
  }
  for (const id of clips) if (!(id in pack.clips)) missing.push(`clip "${id}"`);
  return { clips, missing };
}

/**
 * The clips of one call in every language of the pack, in the pack's order. The chime, wherever a
 * template puts it, sounds at most once: before the first language that is said, and only when the
 * hall has the chime on.
 */
export function composePhrase(pack: VoicePack, request: PhraseRequest): Phrase {
  const segments: PhraseSegment[] = [];
  const missing: Phrase['missing'] = [];
  for (const lang of pack.languages) {
    const voice = pack.voices[lang];
    if (!voice) {
      missing.push({ lang, what: ['voice'] });
      continue;
    }
    const part = languageClips(pack, voice, request);
    if (part.missing.length > 0) missing.push({ lang, what: part.missing });
    else segments.push({ lang, clips: part.clips.filter((id) => id !== CHIME_CLIP) });
  }
  const chimeHeard = request.chime && CHIME_CLIP in pack.clips;
  const first = segments[0];
  if (chimeHeard && first) first.clips.unshift(CHIME_CLIP);
  // Nothing can be said: the chime alone still tells the hall to look at the screen.
  if (!first && CHIME_CLIP in pack.clips) segments.push({ lang: pack.languages[0] ?? 'zh', clips: [CHIME_CLIP] });
  return { segments, missing };
}
