/**
 * The checks every Mongolian text passes, catalog entry or configured name alike: traditional script
 * (U+1800–U+18AF with the spaces and joiners its orthography uses), no Cyrillic, Latin letters only inside
 * placeholders or copied from the Chinese (a code such as A001 or PDF), the Chinese text's placeholders
 * kept, and the glossary's term wherever the Chinese names one of its concepts.
 */
import { MN_GLOSSARY, type GlossaryTerm } from './glossary-mn';

const ALLOWED = /^[\u1800-\u18AF\u202F\u200C\u200D 0-9{}a-zA-Z:,.;!?()·—-]*$/;
const CYRILLIC = /[\u0400-\u04FF]/;
const MONGOLIAN_LETTER = /[\u1820-\u18AF]/;
/** A Chinese text with words in it (not a separator such as 、 or ；). */
const HAS_WORDS = /[\p{Script=Han}A-Za-z]/u;
/** Variation selectors and the vowel separator: spelling choices that must not hide a glossary stem. */
const SELECTORS = /[\u180B-\u180F]/g;

export type MnProblem = 'not-mongolian-script' | 'cyrillic' | 'no-mongolian-letter' | 'latin-not-from-chinese' | 'placeholders';

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** What is wrong with `mn` as the Mongolian of `zh`; [] when nothing is (an empty `mn` is missing, not wrong). */
export function mnTextProblems(zh: string, mn: string): MnProblem[] {
  if (mn === '') return [];
  const problems: MnProblem[] = [];
  if (CYRILLIC.test(mn)) problems.push('cyrillic');
  else if (!ALLOWED.test(mn)) problems.push('not-mongolian-script');
  if (HAS_WORDS.test(zh.replace(/\{\w+\}/g, '')) && !MONGOLIAN_LETTER.test(mn)) problems.push('no-mongolian-letter');
  const latinWords = mn.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [];
  if (latinWords.some((word) => !zh.includes(word))) problems.push('latin-not-from-chinese');
  if (placeholdersOf(mn).join() !== placeholdersOf(zh).join()) problems.push('placeholders');
  return problems;
}

/** `zh` without the words that contain the concept's characters but mean something else (服务器 is not 服务). */
function withoutOtherWords(zh: string, term: GlossaryTerm): string {
  return (term.except ?? []).reduce((text, word) => text.split(word).join(' '), zh);
}

/** The glossary concepts `zh` names whose Mongolian term `mn` does not use. */
export function glossaryMisses(zh: string, mn: string): GlossaryTerm[] {
  if (mn === '') return [];
  const plain = mn.replace(SELECTORS, '').replace(/\u202F/g, ' ');
  return MN_GLOSSARY.filter((term) => term.zh.some((word) => withoutOtherWords(zh, term).includes(word))
    && !term.stems.some((stem) => plain.includes(stem.replace(SELECTORS, '').replace(/\u202F/g, ' '))));
}
