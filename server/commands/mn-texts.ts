/**
 * The translation workbench (翻译审校), for admins: list every Mongolian text a resident reads with its review,
 * save a draft, approve exactly the text the reviewer saw (named and dated), and export / import the whole
 * set as CSV for review offline. Every change is audited (subject `mnText:<key>`, or `mnText:import`) and
 * every open screen takes a fresh snapshot, which carries the edited catalog Mongolian and the names.
 */
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import type { MnTextEntry } from '../../protocol/mn-texts';
import { fail } from './errors';
import { audit } from './audit';
import { locateText, mnTextEntries, type LocatedText } from '../mn-texts/entries';
import { applyMnText, mnProblems, type Verdict } from '../mn-texts/apply';
import { exportCsv } from '../mn-texts/export';
import { planImport } from '../mn-texts/import';

function found(ctx: CommandContext, key: string): LocatedText {
  return locateText(ctx.db, key) ?? fail('NOT_FOUND', ['key']);
}

/** What the audit line keeps of a text. */
function reviewOf(entry: MnTextEntry): Pick<MnTextEntry, 'mn' | 'status' | 'reviewer' | 'reviewedAt'> {
  return { mn: entry.mn, status: entry.status, reviewer: entry.reviewer, reviewedAt: entry.reviewedAt };
}

/** `field`: the input field that carries `mn`, named by a refusal (another command may save a draft too). */
function write(ctx: CommandContext, key: string, mn: string, verdict: Verdict, field = 'mn'): MnTextEntry {
  const text = found(ctx, key);
  const problems = mnProblems(text.address.kind, text.entry.zh, mn, field);
  if (problems.length > 0) fail('MN_TEXT_INVALID', [field], problems);
  applyMnText(ctx.db, text, mn, verdict, ctx.now);
  const after = found(ctx, key).entry;
  audit(ctx, `mnText:${key}`, reviewOf(text.entry), reviewOf(after));
  ctx.outbox.hallConfig();
  return after;
}

/**
 * A Mongolian text given beside the Chinese it translates (a calendar day set in the console or a file):
 * saved as a draft for review, only where it differs from the hall's — repeating an approved text keeps it
 * approved — and an empty one leaves the hall's as it is.
 */
export function saveMnDraftIfChanged(ctx: CommandContext, key: string, mn: string, field: string): void {
  if (mn === '' || mn === found(ctx, key).entry.mn) return;
  write(ctx, key, mn, { status: 'draft' }, field);
}

export const mnTextList: CommandDef<'mnText.list'> = {
  name: 'mnText.list',
  permits: ['admin'],
  run(ctx) {
    return mnTextEntries(ctx.db);
  },
};

export const mnTextSave: CommandDef<'mnText.save'> = {
  name: 'mnText.save',
  permits: ['admin'],
  administrative: true,
  run(ctx, { key, mn }) {
    return write(ctx, key, mn, { status: 'draft' });
  },
};

export const mnTextApprove: CommandDef<'mnText.approve'> = {
  name: 'mnText.approve',
  permits: ['admin'],
  administrative: true,
  run(ctx, { key, mn, reviewer }) {
    return write(ctx, key, mn, { status: 'approved', reviewer, reviewedAt: ctx.now });
  },
};

export const mnTextExport: CommandDef<'mnText.export'> = {
  name: 'mnText.export',
  permits: ['admin'],
  run(ctx) {
    return { fileName: `mn-texts-${ctx.today}.csv`, csv: exportCsv(mnTextEntries(ctx.db)) };
  },
};

export const mnTextImport: CommandDef<'mnText.import'> = {
  name: 'mnText.import',
  permits: ['admin'],
  administrative: true,
  run(ctx, { csv }) {
    const plan = planImport(csv, ctx.db, ctx.now);
    if (!plan.ok) fail('MN_IMPORT_INVALID', [...new Set(plan.problems.map((p) => p.path))], plan.problems);
    const before: Record<string, ReturnType<typeof reviewOf>> = {};
    const after: Record<string, ReturnType<typeof reviewOf>> = {};
    for (const change of plan.changes) {
      applyMnText(ctx.db, change.text, change.mn, change.verdict, ctx.now);
      before[change.text.entry.key] = reviewOf(change.text.entry);
    }
    for (const change of plan.changes) after[change.text.entry.key] = reviewOf(found(ctx, change.text.entry.key).entry);
    audit(ctx, 'mnText:import', { rows: plan.rows, texts: before }, { rows: plan.rows, texts: after });
    if (plan.changes.length > 0) ctx.outbox.hallConfig();
    return {
      rows: plan.rows,
      changed: plan.changes.length,
      approved: plan.changes.filter((c) => c.verdict.status === 'approved').length,
    };
  },
};
