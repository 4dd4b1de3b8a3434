/**
 * How much of what residents read has Mongolian: per screen (./audience) and per kind of configured name,
 * the count of texts missing, in draft and approved. The guard test prints it and the translation
 * workbench can filter by the same statuses.
 */
import { audienceOf, RESIDENT_SCREENS } from './audience';
import type { Message } from './message';

export type MnStatus = 'missing' | 'draft' | 'approved';

export interface CoverageRow {
  /** A resident screen (./audience) or a kind of configured name ("centre names", …). */
  area: string;
  missing: number;
  draft: number;
  approved: number;
}

export interface CatalogCoverage {
  rows: CoverageRow[];
  /** Resident-facing keys without Mongolian. */
  missingKeys: string[];
  /** Keys no rule of ./audience places (the guard fails on them). */
  unplaced: string[];
}

/** An entry's status: no Mongolian is missing; Mongolian the authority has not approved is a draft. */
export function mnStatusOf(entry: Pick<Message, 'mn' | 'mnReview'>): MnStatus {
  if (entry.mn.trim() === '') return 'missing';
  return entry.mnReview === 'approved' ? 'approved' : 'draft';
}

function emptyRow(area: string): CoverageRow {
  return { area, missing: 0, draft: 0, approved: 0 };
}

export function catalogCoverage(catalog: Record<string, Message>): CatalogCoverage {
  const rows = new Map<string, CoverageRow>(RESIDENT_SCREENS.map((screen) => [screen, emptyRow(screen)]));
  const missingKeys: string[] = [];
  const unplaced: string[] = [];
  for (const [key, entry] of Object.entries(catalog)) {
    const audience = audienceOf(key);
    if (audience === null) {
      unplaced.push(key);
      continue;
    }
    if (!audience.resident) continue;
    const status = mnStatusOf(entry);
    const row = rows.get(audience.screen) ?? emptyRow(audience.screen);
    row[status] += 1;
    rows.set(audience.screen, row);
    if (status === 'missing') missingKeys.push(key);
  }
  return { rows: [...rows.values()], missingKeys, unplaced };
}

/** A coverage row for configured names, from each name's status. */
export function namesRow(area: string, statuses: readonly MnStatus[]): CoverageRow {
  const row = emptyRow(area);
  for (const status of statuses) row[status] += 1;
  return row;
}

/** The printed report: one line per area, then the total share that has Mongolian (draft or approved). */
export function formatCoverage(rows: readonly CoverageRow[]): string {
  const width = Math.max(...rows.map((r) => r.area.length));
  const lines = rows.map((r) => `  ${r.area.padEnd(width)}  missing ${String(r.missing).padStart(4)}  draft ${String(r.draft).padStart(4)}  approved ${String(r.approved).padStart(4)}`);
  const total = rows.reduce((sum, r) => sum + r.missing + r.draft + r.approved, 0);
  const covered = rows.reduce((sum, r) => sum + r.draft + r.approved, 0);
  const percent = total === 0 ? 100 : Math.floor((covered * 1000) / total) / 10;
  return [
    'Mongolian coverage of resident-facing texts (missing / draft / approved):',
    ...lines,
    `  total: ${covered} of ${total} have Mongolian (${percent} %), ${rows.reduce((s, r) => s + r.approved, 0)} approved`,
  ].join('\n');
}
