/**
 * A voice pack: short audio clips and a manifest that says how a call is composed from them, per
 * language. The default pack ships with the server (ui-assets/voice-pack/, made by
 * scripts/voice-pack/generate.ts); a hall may put its own recorded pack in <DATA_DIR>/voice-pack/ with a
 * manifest of this shape (docs/OPERATIONS.md "Voice"). The schema checks the shape; `packProblems`
 * checks that every clip a phrase can need is named, so a pack is refused whole before it is used rather
 * than falling silent on one ticket number.
 */
import { z } from 'zod';
import { NUMBER_SLOT, TICKET_LETTERS, WINDOW_SLOT } from './format';

/** The languages a pack may speak, in the order a hall hears them when the pack has both. */
export const VOICE_LANGUAGES = ['zh', 'mn'] as const;
export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number];

/** A clip's file inside the pack's folder: a plain name, never a path. */
const fileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.(wav|mp3|ogg)$/);
const clipId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,60}$/);

const templateItem = z.union([z.literal(NUMBER_SLOT), z.literal(WINDOW_SLOT), clipId]);
const template = z.array(templateItem).min(1).max(40);
const tenClips = z.array(clipId).length(10);

/**
 * How a window number is read: digit by digit ("1" "2"), as a Chinese count ("十二", with 十 and 百), or
 * one recorded clip per window (for a language whose numbers a few clips cannot compose, such as
 * Mongolian, a hall records "window 1", "window 2"… as it has windows).
 */
const windowReading = z.discriminatedUnion('style', [
  z.object({ style: z.literal('digits'), digits: tenClips }).strict(),
  z.object({ style: z.literal('chinese'), digits: tenClips, ten: clipId, hundred: clipId }).strict(),
  z.object({ style: z.literal('whole'), windows: z.record(z.string().regex(/^[1-9][0-9]{0,2}$/), clipId) }).strict(),
]);

const languageVoice = z.object({
  /** A call: "请 A001 号到 3 号窗口办理". */
  call: template,
  /** A recall (重呼); the call's template when absent. */
  recall: template.optional(),
  /** A ticket number is read character by character: its letters and its digits. */
  number: z.object({ digits: tenClips, letters: z.record(z.string().regex(/^[A-Z]$/), clipId) }).strict(),
  window: windowReading,
}).strict();

export const voicePackSchema = z.object({
  format: z.literal(1),
  /** Who or what speaks (shown to admins and in the log). */
  name: z.string().min(1).max(200),
  /** The rate the clips were made at (WAV clips are checked against it). */
  sampleRate: z.number().int().min(8000).max(48000),
  /** The languages spoken, in order: a call is said in each of them, one after the other. */
  languages: z.array(z.enum(VOICE_LANGUAGES)).min(1).max(VOICE_LANGUAGES.length),
  clips: z.record(clipId, fileName),
  voices: z.object({ zh: languageVoice.optional(), mn: languageVoice.optional() }).strict(),
}).strict();

export type VoicePack = z.infer<typeof voicePackSchema>;
export type LanguageVoice = z.infer<typeof languageVoice>;
export type WindowReading = z.infer<typeof windowReading>;

/** What the server answers at /voice/manifest.json (./format.ts): the pack it chose, already checked, and where its clips are. */
export interface ServedVoicePack {
  /** `hall`: the hall's own pack in DATA_DIR; `default`: the one shipped with the server. */
  source: 'hall' | 'default';
  /** URL folder of the clips, ending in "/". */
  base: string;
  pack: VoicePack;
}

/** Every clip id a language's voice refers to. */
function referencedClips(voice: LanguageVoice): string[] {
  const ids = [...voice.call, ...(voice.recall ?? []), ...voice.number.digits, ...Object.values(voice.number.letters)];
  const w = voice.window;
  if (w.style === 'whole') ids.push(...Object.values(w.windows));
  else ids.push(...w.digits);
  if (w.style === 'chinese') ids.push(w.ten, w.hundred);
  return ids.filter((id) => id !== NUMBER_SLOT && id !== WINDOW_SLOT);
}

/**
 * What keeps a well-formed manifest from being used, in plain words for the log (empty when none): a
 * language listed without its voice, a clip named but not in `clips`, a letter a ticket may carry but the
 * pack cannot say, a phrase without the ticket number.
 */
export function packProblems(pack: VoicePack): string[] {
  const problems: string[] = [];
  for (const lang of pack.languages) {
    const voice = pack.voices[lang];
    if (!voice) {
      problems.push(`language ${lang} is listed but has no voice`);
      continue;
    }
    for (const id of new Set(referencedClips(voice))) {
      if (!(id in pack.clips)) problems.push(`${lang}: clip "${id}" is not in clips`);
    }
    const letters = TICKET_LETTERS.filter((l) => !(l in voice.number.letters));
    if (letters.length > 0) problems.push(`${lang}: no clip for the letters ${letters.join(' ')}`);
    for (const [name, t] of [['call', voice.call], ['recall', voice.recall ?? voice.call]] as const) {
      if (!t.includes(NUMBER_SLOT)) problems.push(`${lang}: the ${name} phrase never says the ticket number`);
    }
  }
  return problems;
}

/** Parses and checks a manifest: the pack, or every reason it cannot be used. */
export function readVoicePack(json: unknown): { ok: true; pack: VoicePack } | { ok: false; problems: string[] } {
  const parsed = voicePackSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `manifest ${i.path.join('.') || '(top)'}: ${i.message}`) };
  }
  const problems = packProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
}
