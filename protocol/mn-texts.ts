/**
 * The translation workbench (翻译审校): every Mongolian text a resident reads — the catalog's resident-facing
 * strings and the hall's configured names — with its Chinese, its review status, who approved it and when.
 * A text is addressed by one key: a catalog key as it is (`kiosk.home.title`), or a configured name as
 * `centre:<id>`, `service:<id>`, `material:<serviceId>:<index in the guide>`, `day:<YYYY-MM-DD>` (a calendar day's
 * name: a holiday or a make-up working day).
 */
import type { MnStatus } from './catalog/mn-coverage';
import type { ResidentScreen } from './catalog/audience';

export const MN_TEXT_KINDS = ['catalog', 'centre', 'service', 'material', 'day'] as const;
export type MnTextKind = (typeof MN_TEXT_KINDS)[number];

/** Where a configured name is filed in the workbench (the catalog's strings are filed by resident screen). */
export const NAME_SCREENS = ['centre-names', 'service-names', 'material-names', 'day-names'] as const;
export type NameScreen = (typeof NAME_SCREENS)[number];
export type MnTextScreen = ResidentScreen | NameScreen;

export interface MnTextEntry {
  key: string;
  kind: MnTextKind;
  screen: MnTextScreen;
  zh: string;
  /** The Mongolian residents see now ('' when there is none: the screens show the Chinese alone). */
  mn: string;
  status: MnStatus;
  /** Who approved it and when (ms); null unless the status is approved. */
  reviewer: string | null;
  reviewedAt: number | null;
}

/** What mnText.import did: rows read, rows whose Mongolian or review changed, and how many of those are approvals. */
export interface MnImportAnswer {
  rows: number;
  changed: number;
  approved: number;
}

/** mnText.export: a UTF-8 CSV with a byte-order mark, so spreadsheet programs read the Mongolian and Chinese. */
export interface MnExportAnswer {
  fileName: string;
  csv: string;
}

/** The columns of the exported and imported file, in this order. */
export const MN_CSV_COLUMNS = ['key', 'screen', 'zh', 'mn', 'status', 'reviewer', 'reviewed_at'] as const;

/** The longest Mongolian each kind of text takes (a catalog string, a centre or service name, a material name, a day's name). */
export const MN_TEXT_MAX: Record<MnTextKind, number> = { catalog: 500, centre: 120, service: 120, material: 300, day: 120 };

export type MnTextAddress =
  | { kind: 'catalog'; key: string }
  | { kind: 'centre' | 'service'; id: string }
  | { kind: 'material'; serviceId: string; index: number }
  | { kind: 'day'; date: string };

const NAME_KEY = /^(centre|service):([a-z0-9][a-z0-9-]{0,63})$/;
const MATERIAL_KEY = /^material:([a-z0-9][a-z0-9-]{0,63}):([0-9]{1,2})$/;
const DAY_KEY = /^day:([0-9]{4}-[0-9]{2}-[0-9]{2})$/;
const CATALOG_KEY = /^[a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z0-9_-]+)+$/;

/** The text a key addresses, or null for a key of no known form. */
export function parseMnTextKey(key: string): MnTextAddress | null {
  const name = NAME_KEY.exec(key);
  if (name) return { kind: name[1] === 'centre' ? 'centre' : 'service', id: name[2] ?? '' };
  const material = MATERIAL_KEY.exec(key);
  if (material) return { kind: 'material', serviceId: material[1] ?? '', index: Number(material[2]) };
  const day = DAY_KEY.exec(key);
  if (day) return { kind: 'day', date: day[1] ?? '' };
  return CATALOG_KEY.test(key) ? { kind: 'catalog', key } : null;
}

/** The key of an addressed text (the inverse of parseMnTextKey). */
export function mnTextKey(address: MnTextAddress): string {
  if (address.kind === 'catalog') return address.key;
  if (address.kind === 'material') return `material:${address.serviceId}:${address.index}`;
  if (address.kind === 'day') return `day:${address.date}`;
  return `${address.kind}:${address.id}`;
}

/** The `subject` column of the stored review (the key without its kind). */
export function mnTextSubject(address: MnTextAddress): string {
  if (address.kind === 'catalog') return address.key;
  if (address.kind === 'material') return `${address.serviceId}:${address.index}`;
  if (address.kind === 'day') return address.date;
  return address.id;
}
