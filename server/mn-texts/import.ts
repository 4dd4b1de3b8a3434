/**
 * Reading a translation file back (the columns of protocol/mn-texts.ts MN_CSV_COLUMNS): the whole file is
 * checked before anything is applied, and refused with every fault by row and column (`rows.<n>.<column>`,
 * n counting the data rows from 1; `file` for the file as such). A row whose Mongolian differs from the
 * current one becomes a draft; a row marked approved with a reviewer becomes an approval, but only when its
 * Chinese is still the current one (an approval is bound to the Chinese it approved). A row without
 * Mongolian changes nothing.
 */
import type { Db } from '../db/open';
import type { Problem } from '../../protocol/errors';
import { MN_CSV_COLUMNS } from '../../protocol/mn-texts';
import { isPlainText } from '../../protocol/text';
import { readCsv } from './csv';
import { locateAll, type LocatedText } from './entries';
import { mnProblems, type Verdict } from './apply';

export interface ImportChange {
  text: LocatedText;
  mn: string;
  verdict: Verdict;
}

export type ImportPlan = { ok: true; rows: number; changes: ImportChange[] } | { ok: false; problems: Problem[] };

type Column = (typeof MN_CSV_COLUMNS)[number];
type Row = Record<Column, string>;

const STATUSES = ['missing', 'draft', 'approved'];
const REVIEWER_MAX = 40;
const MAX_PROBLEMS = 100;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)?$/;

function asRow(fields: readonly string[]): Row {
  return Object.fromEntries(MN_CSV_COLUMNS.map((c, i) => [c, fields[i] ?? ''])) as Row;
}

function reviewTime(text: string, now: number): number | null {
  if (text === '') return now;
  if (!ISO_DATE.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** The change one row asks for (null: none), or its faults. */
function planRow(row: Row, n: number, text: LocatedText, now: number): { change: ImportChange | null; problems: Problem[] } {
  const at = (column: Column): string => `rows.${n}.${column}`;
  const problems: Problem[] = [];
  if (!STATUSES.includes(row.status.trim())) problems.push({ path: at('status'), reason: 'invalid_value' });
  const mn = row.mn.trim();
  const reviewer = row.reviewer.trim();
  if (!isPlainText(row.mn) || !isPlainText(reviewer)) problems.push({ path: at(isPlainText(row.mn) ? 'reviewer' : 'mn'), reason: 'TEXT_INVALID' });
  if (reviewer.length > REVIEWER_MAX) problems.push({ path: at('reviewer'), reason: 'too_big' });
  const reviewedAt = reviewTime(row.reviewed_at.trim(), now);
  if (reviewedAt === null) problems.push({ path: at('reviewed_at'), reason: 'invalid_date' });
  if (mn === '') return { change: null, problems };
  problems.push(...mnProblems(text.address.kind, text.entry.zh, mn, at('mn')));
  if (problems.length > 0 || reviewedAt === null) return { change: null, problems };

  const current = text.entry;
  const approves = row.status.trim() === 'approved' && reviewer !== '' && row.zh === current.zh;
  const verdict: Verdict = approves ? { status: 'approved', reviewer, reviewedAt } : { status: 'draft' };
  const sameApproval = current.status === 'approved' && current.reviewer === reviewer && current.reviewedAt === reviewedAt;
  // The export's texts come back trimmed by spreadsheet programs, so the comparison is of trimmed texts.
  const changed = mn !== current.mn.trim() || (approves && !sameApproval);
  return { change: changed ? { text, mn, verdict } : null, problems };
}

export function planImport(csv: string, db: Db, now: number): ImportPlan {
  const read = readCsv(csv);
  if (!read.ok) return { ok: false, problems: [{ path: `file.line.${read.line}`, reason: `custom:${read.reason}` }] };
  const [header, ...body] = read.rows;
  if (!header || header.map((h) => h.trim()).join() !== MN_CSV_COLUMNS.join()) {
    return { ok: false, problems: [{ path: 'file.header', reason: 'custom:columns' }] };
  }
  const rows = body.filter((fields) => !(fields.length === 1 && fields[0]?.trim() === ''));
  if (rows.length === 0) return { ok: false, problems: [{ path: 'file', reason: 'custom:no-rows' }] };

  const texts = new Map(locateAll(db).map((l) => [l.entry.key, l]));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const changes: ImportChange[] = [];
  rows.forEach((fields, i) => {
    const n = i + 1;
    if (fields.length !== MN_CSV_COLUMNS.length) {
      problems.push({ path: `rows.${n}`, reason: 'custom:columns' });
      return;
    }
    const row = asRow(fields);
    const key = row.key.trim();
    const text = texts.get(key);
    if (!text) {
      problems.push({ path: `rows.${n}.key`, reason: 'NOT_FOUND' });
      return;
    }
    if (seen.has(key)) {
      problems.push({ path: `rows.${n}.key`, reason: 'ALREADY_EXISTS' });
      return;
    }
    seen.add(key);
    const planned = planRow(row, n, text, now);
    problems.push(...planned.problems);
    if (planned.change) changes.push(planned.change);
  });
  // A file wrong throughout is answered with its first faults, enough to see what is wrong.
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, rows: rows.length, changes };
}
