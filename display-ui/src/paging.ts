/**
 * How a list too long for its box is shown without cutting a row: split into pages of whole rows that
 * take turns on screen. Pure, so the rule can be tested alone; the box's capacity is measured by
 * PagedList.
 */

/** How long each page stays on screen. */
export const PAGE_MS = 8000;

/**
 * Pages of items whose rows (`rowsOf`, 1 each unless said) add up to at most `capacity`, in order. An
 * item that `keepsWithNext` (a centre's heading) is not left at the end of a page with nothing of what
 * follows it: it starts the next page instead. An item taller than a whole page gets a page of its own.
 */
export function pagesOf<T>(items: readonly T[], capacity: number, keepsWithNext: (item: T) => boolean = () => false,
  rowsOf: (item: T) => number = () => 1): T[][] {
  if (capacity < 1) return [];
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  items.forEach((item, i) => {
    const rows = rowsOf(item);
    const next = items[i + 1];
    // A heading goes to the next page unless the row after it fits beside it.
    const needs = keepsWithNext(item) && next !== undefined ? rows + rowsOf(next) : rows;
    if (page.length > 0 && used + Math.min(needs, capacity) > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += rows;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The page on screen at `now`: pages take turns every PAGE_MS, all lists of a display in step. */
export function pageAt(now: number, pageCount: number): number {
  return pageCount <= 1 ? 0 : Math.floor(now / PAGE_MS) % pageCount;
}
