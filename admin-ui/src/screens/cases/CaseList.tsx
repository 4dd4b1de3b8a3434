/**
 * The follow-up cases, newest first: filtered by status, kind and overdue, paged back 100 at a time,
 * each row showing what it is about at a glance. Overdue cases are red and say so in words; a new case
 * or a step taken elsewhere reads the list again at once (case.changed).
 */
import { useState } from 'preact/hooks';
import { CASE_KINDS, CASE_PAGE, CASE_STATUSES, type CaseKind, type CaseStatus, type CaseSummary } from '../../../../protocol/cases';
import type { CommandInput } from '../../../../protocol/commands';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { counterName, kindText, serviceName, timeText } from './case-text';
import { CaseState } from './CaseState';
import { useCaseChanges } from './use-case-changes';

interface Filters {
  status: CaseStatus | null;
  kind: CaseKind | null;
  overdue: boolean;
}

function inputOf(f: Filters, beforeId: number | undefined): CommandInput<'case.list'> {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(beforeId !== undefined ? { beforeId } : {}),
  };
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return values.some((v) => v === value);
}

export function CaseList() {
  const { t } = useLang();
  const { navigate } = useConsole();
  const hall = useHall();
  const snapshot = hall.snapshot;
  const timezone = snapshot?.hall.timezone ?? 'Asia/Shanghai';
  const [filters, setFilters] = useState<Filters>({ status: null, kind: null, overdue: false });
  /** Pages already gone back through: the id each started before (undefined: the newest). */
  const [pages, setPages] = useState<(number | undefined)[]>([undefined]);
  const read = useCommand('case.list', inputOf(filters, pages[pages.length - 1]));
  useCaseChanges(() => read.reload());
  const rows = read.data ?? [];

  const filter = (next: Partial<Filters>): void => {
    setFilters({ ...filters, ...next });
    setPages([undefined]);
  };

  const columns: Column<CaseSummary>[] = [
    { label: 'admin.cases.id', cell: (c) => `#${c.id}`, narrow: true },
    { label: 'admin.cases.kind', cell: (c) => kindText(c, t), narrow: true },
    { label: 'admin.cases.status', cell: (c) => <CaseState summary={c} />, narrow: true },
    { label: 'admin.cases.ticket', cell: (c) => c.ticketNumber ?? '', narrow: true },
    { label: 'admin.cases.service', cell: (c) => serviceName(snapshot, c.serviceId) },
    { label: 'admin.cases.counter', cell: (c) => counterName(snapshot, c.counterId, t), narrow: true },
    { label: 'admin.cases.staff', cell: (c) => c.staffName ?? '', narrow: true },
    { label: 'admin.cases.openedAt', cell: (c) => timeText(c.openedAt, timezone), narrow: true },
    { label: 'admin.cases.deadline', cell: (c) => c.deadline ?? t('admin.cases.noDeadline'), narrow: true },
    { label: 'admin.cases.assignee', cell: (c) => c.assigneeName ?? <span class="muted">{t('admin.cases.unassigned')}</span>, narrow: true },
  ];

  return (
    <ListPage
      testid="case-list"
      title="admin.cases.title"
      rows={read.data}
      status={loadStatus(read)}
      columns={columns}
      rowKey={(c) => c.id}
      rowClass={(c) => (c.overdue ? 'case-overdue' : undefined)}
      searchText={(c) => [`#${c.id}`, kindText(c, t), c.ticketNumber ?? '', serviceName(snapshot, c.serviceId),
        counterName(snapshot, c.counterId, t), c.staffName ?? '', c.assigneeName ?? ''].join(' ')}
      onOpen={(c) => navigate(`cases/${c.id}`)}
      toolbar={
        <div class="toolbar filters" data-testid="case-filters">
          <p class="toolbar-explain">
            <Text k="admin.cases.intro" /> <Text k="admin.cases.live" />
          </p>
          <label class="inline-field">
            <span class="form-label">{t('admin.cases.filter.status')}</span>
            <select data-testid="case-filter-status" value={filters.status ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                filter({ status: isOneOf(CASE_STATUSES, value) ? value : null });
              }}>
              <option value="">{t('admin.cases.filter.all')}</option>
              {CASE_STATUSES.map((s) => <option key={s} value={s}>{t(`admin.cases.status.${s}`)}</option>)}
            </select>
          </label>
          <label class="inline-field">
            <span class="form-label">{t('admin.cases.filter.kind')}</span>
            <select data-testid="case-filter-kind" value={filters.kind ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                filter({ kind: isOneOf(CASE_KINDS, value) ? value : null });
              }}>
              <option value="">{t('admin.cases.filter.all')}</option>
              {CASE_KINDS.map((k) => <option key={k} value={k}>{t(`admin.cases.kind.${k}`)}</option>)}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" data-testid="case-filter-overdue" checked={filters.overdue}
              onChange={(e) => filter({ overdue: e.currentTarget.checked })} />
            {t('admin.cases.filter.overdue')}
          </label>
        </div>
      }
      footer={
        <div class="form-actions">
          {pages.length > 1 ? (
            <button type="button" class="plain-button" data-testid="case-newest" onClick={() => setPages([undefined])}>
              <Text k="admin.cases.newest" />
            </button>
          ) : null}
          {rows.length === CASE_PAGE ? (
            <button type="button" class="plain-button" data-testid="case-older"
              onClick={() => setPages([...pages, rows[rows.length - 1]?.id])}>
              <Text k="admin.cases.older" />
            </button>
          ) : null}
        </div>
      }
    />
  );
}
