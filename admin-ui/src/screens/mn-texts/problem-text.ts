/** A refused Mongolian text's reasons in words (server/mn-texts/apply.ts names them `custom:<check>`, `too_big`). */
import type { UiKey, Vars } from '../../../../protocol/catalog/ui-lookup';

const CHECKS = ['not-mongolian-script', 'cyrillic', 'no-mongolian-letter', 'latin-not-from-chinese', 'placeholders'] as const;

export function mnProblemText(reason: string): { key: UiKey; vars?: Vars } {
  const check = CHECKS.find((c) => reason === `custom:${c}`);
  if (check) return { key: `admin.mnTexts.problem.${check}` };
  if (reason === 'too_big') return { key: 'admin.mnTexts.problem.tooLong' };
  return { key: 'admin.mnTexts.problem.other', vars: { reason } };
}
