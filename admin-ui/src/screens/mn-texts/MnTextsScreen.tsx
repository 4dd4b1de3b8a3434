/**
 * 翻译审校, the translation workbench (mnText.*, admins): every Mongolian text a resident reads in one table,
 * filtered by screen and by status and searched by key or text; a row opens the side-by-side editor with the
 * live preview; the CSV goes out for offline review and comes back.
 */
import { useState } from 'preact/hooks';
import type { MnTextEntry, MnTextScreen } from '../../../../protocol/mn-texts';
import { NAME_SCREENS } from '../../../../protocol/mn-texts';
import { RESIDENT_SCREENS } from '../../../../protocol/catalog/audience';
import type { MnStatus } from '../../../../protocol/catalog/mn-coverage';
import { localDateTime } from '../../../../protocol/local-time';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useHall } from '../../kit/console';
import { useCommand } from '../../kit/use-command';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { MnStatusTag } from '../../kit/MnStatusTag';
import type { ScreenProps } from '../screen';
import { MnTextEditor } from './MnTextEditor';
import { MnTransfer } from './MnTransfer';
import './mn-texts.css';

const SCREENS: readonly MnTextScreen[] = [...RESIDENT_SCREENS, ...NAME_SCREENS];
const STATUSES: readonly MnStatus[] = ['missing', 'draft', 'approved'];

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function MnTextsScreen(_props: ScreenProps) {
  const { t } = useLang();
  const timezone = useHall().snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const read = useCommand('mnText.list', {});
  const [screen, setScreen] = useState<MnTextScreen | null>(null);
  const [status, setStatus] = useState<MnStatus | null>(null);
  const [editing, setEditing] = useState<MnTextEntry | null>(null);
  const [reviewer, setReviewer] = useState('');

  const rows = (read.data ?? []).filter((e) => (screen === null || e.screen === screen) && (status === null || e.status === status));
  const count = (s: MnStatus): number => rows.filter((e) => e.status === s).length;
  const columns: Column<MnTextEntry>[] = [
    { label: 'admin.mnTexts.colKey', cell: (e) => <code class="mn-key">{e.key}</code> },
    { label: 'admin.mnTexts.colScreen', narrow: true, cell: (e) => t(`admin.mnTexts.screen.${e.screen}`) },
    { label: 'admin.mnTexts.colZh', cell: (e) => <span lang="zh-CN">{e.zh}</span> },
    { label: 'admin.mnTexts.colMn', cell: (e) => <span class="mn mn-cell" lang="mn-Mong" data-testid={`mn-cell-${e.key}`}>{e.mn}</span> },
    {
      label: 'admin.mnTexts.colStatus', narrow: true,
      cell: (e) => <MnStatusTag status={e.status} testid={`mn-status-${e.key}`} />,
    },
    {
      label: 'admin.mnTexts.colReview', narrow: true,
      cell: (e) => (e.reviewer !== null && e.reviewedAt !== null
        ? <span data-testid={`mn-review-${e.key}`}>{t('admin.mnTexts.reviewedBy', { reviewer: e.reviewer, date: localDateTime(e.reviewedAt, timezone) })}</span>
        : null),
    },
  ];

  return (
    <div class="mn-workbench">
      {editing ? (
        <MnTextEditor key={editing.key} entry={editing} reviewer={reviewer} onReviewer={setReviewer} onClose={() => setEditing(null)}
          onDone={(entry) => {
            setEditing(entry);
            read.reload();
          }} />
      ) : null}
      <ListPage
        title="admin.mnTexts.title"
        testid="mn-texts"
        rows={read.data ? rows : null}
        status={loadStatus(read)}
        columns={columns}
        rowKey={(e) => e.key}
        searchText={(e) => `${e.key} ${e.zh} ${e.mn}`}
        onOpen={(e) => setEditing(e)}
        toolbar={
          <div class="toolbar filters" data-testid="mn-filters">
            <p class="toolbar-explain"><Text k="admin.mnTexts.intro" /></p>
            <label class="inline-field">
              <span class="form-label">{t('admin.mnTexts.filterScreen')}</span>
              <select data-testid="mn-filter-screen" value={screen ?? ''}
                onChange={(e) => setScreen(isOneOf(SCREENS, e.currentTarget.value) ? e.currentTarget.value : null)}>
                <option value="">{t('admin.mnTexts.all')}</option>
                {SCREENS.map((s) => <option key={s} value={s}>{t(`admin.mnTexts.screen.${s}`)}</option>)}
              </select>
            </label>
            <label class="inline-field">
              <span class="form-label">{t('admin.mnTexts.filterStatus')}</span>
              <select data-testid="mn-filter-status" value={status ?? ''}
                onChange={(e) => setStatus(isOneOf(STATUSES, e.currentTarget.value) ? e.currentTarget.value : null)}>
                <option value="">{t('admin.mnTexts.all')}</option>
                {STATUSES.map((s) => <option key={s} value={s}>{t(`admin.mnTexts.status.${s}`)}</option>)}
              </select>
            </label>
            <p class="toolbar-note" data-testid="mn-counts">
              {t('admin.mnTexts.counts', { total: rows.length, missing: count('missing'), draft: count('draft'), approved: count('approved') })}
            </p>
          </div>
        }
        footer={<MnTransfer onImported={read.reload} />}
      />
    </div>
  );
}
