import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { pageAt, pagesOf } from '../paging';

/**
 * A list in a box of fixed rows that never cuts a row: it measures how many rows of `rowPx` fit in the
 * room the layout gives it, and shows that many items — the first ones (`rotate` false: the newest
 * calls), or pages that take turns (`rotate` true: windows, queues), with "2/3" beside the title so a
 * resident knows more follows. Rows of other pages stay in the document, hidden, so a row keeps its
 * place and state while it waits for its turn.
 */
export function PagedList<T>(props: {
  items: readonly T[];
  keyOf: (item: T) => string | number;
  render: (item: T) => JSX.Element;
  rowPx: number;
  gapPx: number;
  columns: number;
  rotate: boolean;
  now: number;
  title?: ComponentChildren;
  keepsWithNext?: (item: T) => boolean;
  /** Rows an item takes (1 unless said): a centre's two-script heading takes more. */
  rowsOf?: (item: T) => number;
  class?: string;
  listClass?: string;
  testid?: string;
}) {
  const box = useRef<HTMLOListElement>(null);
  const [rows, setRows] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const measure = (): void => setRows(Math.max(0, Math.floor((el.clientHeight + props.gapPx) / (props.rowPx + props.gapPx))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [props.rowPx, props.gapPx]);
  const pages = pagesOf(props.items, rows * props.columns, props.keepsWithNext, props.rowsOf);
  const index = props.rotate ? pageAt(props.now, pages.length) : 0;
  const shown = new Set(pages[index] ?? []);
  return (
    <div class={`paged ${props.class ?? ''}`}>
      {props.title !== undefined ? (
        <div class="paged-head">
          {props.title}
          {props.rotate && pages.length > 1 ? (
            <span class="page-mark" data-testid={props.testid ? `${props.testid}-page` : undefined}>
              {index + 1}/{pages.length}
            </span>
          ) : null}
        </div>
      ) : null}
      <ol
        ref={box}
        class={`paged-rows ${props.listClass ?? ''}`}
        data-testid={props.testid}
        data-pages={pages.length}
        style={{ gridTemplateColumns: `repeat(${props.columns}, minmax(0, 1fr))`, gridAutoRows: `${props.rowPx}px`, gap: `${props.gapPx}px` }}
      >
        {props.items.map((item) => (
          <li key={props.keyOf(item)} class="paged-row" hidden={!shown.has(item)}
            style={props.rowsOf ? { gridRow: `span ${props.rowsOf(item)}` } : undefined}>{props.render(item)}</li>
        ))}
      </ol>
    </div>
  );
}
