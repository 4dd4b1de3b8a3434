/**
 * A list screen: title, a search box that filters the rows as one types (over the text `searchText`
 * gives for each row), a "new" button for those who may create, and a table whose rows open the record.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text, useLang } from '../../../ui-kit/i18n';

export interface Column<R> {
  label: UiKey;
  cell: (row: R) => ComponentChildren;
  /** Narrow columns (numbers, states) do not stretch. */
  narrow?: boolean;
}

export function ListPage<R>(props: {
  title: UiKey;
  rows: R[] | null;
  columns: Column<R>[];
  rowKey: (row: R) => string | number;
  searchText: (row: R) => string;
  onOpen?: (row: R) => void;
  newLabel?: UiKey;
  onNew?: () => void;
  /** Shown between the heading and the table (filters, explanations). */
  toolbar?: ComponentChildren;
  /** Shown instead of the table while loading or after a failure. */
  status?: ComponentChildren;
  /** A class for rows that stand out (e.g. overdue); never the only sign, the row's text says it too. */
  rowClass?: (row: R) => string | undefined;
  /** Shown below the table (paging). */
  footer?: ComponentChildren;
  testid?: string;
}) {
  const { t } = useLang();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const rows = props.rows ?? [];
  const shown = needle === '' ? rows : rows.filter((row) => props.searchText(row).toLowerCase().includes(needle));
  return (
    <section class="list-page" data-testid={props.testid}>
      <header class="screen-head">
        <h1>
          <Text k={props.title} />
        </h1>
        <input type="search" class="search-box" data-testid="list-search" aria-label={t('admin.kit.search')}
          placeholder={t('admin.kit.searchHint')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        {props.onNew ? (
          <button type="button" class="primary-button" data-testid="list-new" onClick={props.onNew}>
            <Text k={props.newLabel ?? 'admin.kit.new'} />
          </button>
        ) : null}
      </header>
      {props.toolbar}
      {props.status ?? (
        <>
          <table class="list-table">
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c.label} class={c.narrow ? 'narrow' : undefined}>{t(c.label)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={props.rowKey(row)} data-testid={`row-${props.rowKey(row)}`} class={[props.onOpen ? 'openable' : '', props.rowClass?.(row) ?? ''].join(' ').trim() || undefined}
                  // An openable row is reached with Tab and opened with Enter, like a link.
                  tabIndex={props.onOpen ? 0 : undefined}
                  onClick={props.onOpen ? () => props.onOpen?.(row) : undefined}
                  onKeyDown={props.onOpen ? (e) => e.key === 'Enter' && props.onOpen?.(row) : undefined}>
                  {props.columns.map((c) => <td key={c.label} class={c.narrow ? 'narrow' : undefined}>{c.cell(row)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
          <p class="list-count">
            {shown.length === 0 ? t(rows.length === 0 ? 'admin.kit.empty' : 'admin.kit.noMatch') : t('admin.kit.count', { n: shown.length })}
          </p>
          {props.footer}
        </>
      )}
    </section>
  );
}
