/**
 * Measures a display page as a resident would judge it from across the hall: every element that shows
 * something lies inside the screen and inside every box that clips it (no cut rows), no text line is
 * wider than its box (scrollWidth ≤ clientWidth), and the smallest text is at least `minFontPx` in
 * screen pixels (computed font size times the stage's scale). The text inside a marquee (`data-scrolls`)
 * runs past its window by design; the window itself is measured.
 */
import type { Page } from 'playwright-core';

export interface BoxReport {
  /** Elements outside the viewport or cut by a clipping ancestor, as `selector-ish: rect`. */
  outside: string[];
  /** Elements whose content is wider than their box. */
  overflowing: string[];
  /** The smallest font size of any visible text, in screen pixels. */
  minFontPx: number;
  /** Where that smallest text is. */
  smallest: string;
}

export async function measureDisplay(page: Page): Promise<BoxReport> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-testid="display-stage"]');
    if (!stage) throw new Error('no display stage');
    const scale = stage.getBoundingClientRect().width / stage.offsetWidth;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const name = (el: Element): string => {
      const id = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${cls} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    };
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && r.width > 0 && r.height > 0;
    };
    const outside: string[] = [];
    const overflowing: string[] = [];
    let minFontPx = Infinity;
    let smallest = '';
    const TOLERANCE = 1;
    for (const el of stage.querySelectorAll('*')) {
      if (!visible(el)) continue;
      // A scrolling notice line is meant to run past its window (the window itself is measured).
      if (el.parentElement?.closest('[data-scrolls]')) continue;
      const r = el.getBoundingClientRect();
      // Inside the screen.
      if (r.left < -TOLERANCE || r.top < -TOLERANCE || r.right > vw + TOLERANCE || r.bottom > vh + TOLERANCE) {
        outside.push(`${name(el)} ${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.right)},${Math.round(r.bottom)}`);
        continue;
      }
      // Inside every ancestor that clips (a row cut by an overflow: hidden list is a cut row).
      for (let a = el.parentElement; a && a !== stage.parentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (r.left < c.left - TOLERANCE || r.top < c.top - TOLERANCE || r.right > c.right + TOLERANCE || r.bottom > c.bottom + TOLERANCE) {
          outside.push(`${name(el)} cut by ${name(a)}`);
          break;
        }
      }
      const html = el as HTMLElement;
      if (html.scrollWidth > html.clientWidth + TOLERANCE && getComputedStyle(el).display !== 'inline' && !el.hasAttribute('data-scrolls')) {
        overflowing.push(`${name(el)} ${html.scrollWidth}>${html.clientWidth}`);
      }
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (ownText) {
        const px = parseFloat(getComputedStyle(el).fontSize) * scale;
        if (px < minFontPx) {
          minFontPx = px;
          smallest = name(el);
        }
      }
    }
    return { outside, overflowing, minFontPx, smallest };
  });
}
