/**
 * The audit log (audit.list): who changed what, when, with the values before and after; filtered by
 * who, which command (by prefix, e.g. `staff.`), which subject (e.g. `staff:3`, or `staff` for every
 * account) and a time range, and paged back 100 lines at a time.
 */
import { useState } from 'preact/hooks';
import type { AuditLine } from '../../../../protocol/admin';
import type { CommandInput } from '../../../../protocol/commands';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { ListPage, type Column } from '../../kit/ListPage';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { diffRows } from './audit-diff';

interface Filters {
  actor: string;
  command: string;
  subject: string;
  /** YYYY-MM-DD, the console's local days. */
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { actor: '', command: '', subject: '', from: '', to: '' };

function dayStart(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const at = new Date(`${date}T00:00:00`).getTime();
  return Number.isNaN(at) ? undefined : at;
}

function inputOf(filters: Filters, beforeId: number | undefined): CommandInput<'audit.list'> {
  const from = dayStart(filters.from);
  const toDay = dayStart(filters.to);
  return {
    ...(beforeId !== undefined ? { beforeId } : {}),
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.command.trim() ? { command: filters.command.trim() } : {}),
    ...(filters.subject.trim() ? { subject: filters.subject.trim() } : {}),
    ...(from !== undefined ? { from } : {}),
    // The whole last day is included: up to the start of the next.
    ...(toDay !== undefined ? { to: toDay + 24 * 3600 * 1000 } : {}),
  };
}

function timeOf(at: number): string {
  return new Date(at).toLocaleString('zh-CN', { hour12: false });
}

export function AuditScreen() {
  const { t } = useLang();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  /** Pages already gone back through: the id each page started before (undefined: the newest). */
  const [pages, setPages] = useState<(number | undefined)[]>([undefined]);
  const beforeId = pages[pages.length - 1];
  const read = useCommand('audit.list', inputOf(filters, beforeId));
  const staff = useCommand('staff.list', {});
  const lines = read.data ?? [];

  const apply = (next: Filters): void => {
    setFilters(next);
    setPages([undefined]);
  };
  const edit = (name: keyof Filters) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [name]: e.currentTarget.value });

  const columns: Column<AuditLine>[] = [
    { label: 'admin.audit.at', cell: (l) => <span class="audit-time">{timeOf(l.at)}</span>, narrow: true },
    { label: 'admin.audit.actor', cell: (l) => (l.actorName ? <>{l.actorName}<br /><code>{l.actor}</code></> : <code>{l.actor}</code>), narrow: true },
    { label: 'admin.audit.command', cell: (l) => <code>{l.command}</code>, narrow: true },
    { label: 'admin.audit.subject', cell: (l) => <code class="subject">{l.subject}</code> },
    { label: 'admin.audit.change', cell: (l) => <Change line={l} /> },
  ];

  return (
    <div class="screen-stack" data-testid="audit-screen">
      <ListPage
        testid="audit-list"
        title="admin.audit.title"
        rows={read.data}
        status={loadStatus(read)}
        columns={columns}
        rowKey={(l) => l.id}
        searchText={(l) => `${l.actorName ?? ''} ${l.actor} ${l.command} ${l.subject} ${JSON.stringify(l.before)} ${JSON.stringify(l.after)}`}
        toolbar={
          <form class="toolbar filters" data-testid="audit-filters"
            onSubmit={(e) => {
              e.preventDefault();
              apply(draft);
            }}>
            <label class="inline-field">
              <span class="form-label">{t('admin.audit.actor')}</span>
              <select data-testid="audit-actor" value={draft.actor} onChange={edit('actor')}>
                <option value="">—</option>
                {(staff.data ?? []).map((s) => <option key={s.id} value={`user:${s.id}`}>{s.displayName}({s.username})</option>)}
              </select>
            </label>
            <label class="inline-field">
              <span class="form-label">{t('admin.audit.command')}</span>
              <input data-testid="audit-command" size={14} placeholder="staff." value={draft.command} onInput={edit('command')} />
            </label>
            <label class="inline-field">
              <span class="form-label">{t('admin.audit.subject')}</span>
              <input data-testid="audit-subject" size={12} placeholder="staff:3" value={draft.subject} onInput={edit('subject')} />
            </label>
            <label class="inline-field">
              <span class="form-label">{t('admin.audit.from')}</span>
              <input data-testid="audit-from" size={10} placeholder="YYYY-MM-DD" value={draft.from} onInput={edit('from')} />
            </label>
            <label class="inline-field">
              <span class="form-label">{t('admin.audit.to')}</span>
              <input data-testid="audit-to" size={10} placeholder="YYYY-MM-DD" value={draft.to} onInput={edit('to')} />
            </label>
            <button type="submit" class="primary-button" data-testid="audit-apply">
              <Text k="admin.audit.filter" />
            </button>
            <button type="button" class="plain-button"
              onClick={() => {
                setDraft(NO_FILTERS);
                apply(NO_FILTERS);
              }}>
              <Text k="admin.audit.clear" />
            </button>
          </form>
        }
      />
      <div class="form-actions">
        {pages.length > 1 ? (
          <button type="button" class="plain-button" onClick={() => setPages([undefined])}>
            <Text k="admin.audit.newest" />
          </button>
        ) : null}
        {lines.length === 100 ? (
          <button type="button" class="plain-button" data-testid="audit-older"
            onClick={() => setPages([...pages, lines[lines.length - 1]?.id])}>
            <Text k="admin.audit.older" />
          </button>
        ) : null}
      </div>
    </div>
  );
}

function Change(props: { line: AuditLine }) {
  const { t } = useLang();
  const { before, after } = props.line;
  const rows = diffRows(before, after);
  const label = before === null ? t('admin.audit.created') : after === null ? t('admin.audit.removed') : null;
  if (rows.length === 0) return <span class="muted">{t('admin.audit.noChange')}</span>;
  return (
    <div class="audit-change">
      {label ? <span class="audit-kind">{label}</span> : null}
      <table class="diff-table">
        <tbody>
          {rows.map((r) => (
            <tr key={r.field}>
              {r.field ? <th scope="row">{r.field}</th> : null}
              {r.before !== null ? <td class="diff-before" title={t('admin.audit.before')}>{r.before}</td> : null}
              {r.before !== null && r.after !== null ? <td class="diff-arrow" aria-hidden="true">→</td> : null}
              {r.after !== null ? <td class="diff-after" title={t('admin.audit.after')}>{r.after}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
