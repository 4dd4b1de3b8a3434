/**
 * The hall's elder-friendly rules (适老化) measured on a rendered page, as the browser computed it:
 * - every visible piece of text is at least 24 px;
 * - every visible button, [role=button] and link is at least 60 × 60 px;
 * - text contrasts with what is behind it by at least 4.5 : 1.
 * Left out on purpose: the vertical Mongolian band at the side (aria-hidden decoration repeating the
 * hall's name), drawings inside SVG (the QR code, pictograms), and the text of disabled controls, which
 * WCAG exempts from contrast (their size still counts: a greyed key must still be big).
 */
import type { Page } from 'playwright-core';

export const MIN_FONT_PX = 24;
export const MIN_TARGET_PX = 60;
export const MIN_CONTRAST = 4.5;

export interface ElderFinding {
  rule: 'font-size' | 'target-size' | 'contrast';
  /** Which element, readable in a test failure: tag, test id or classes, and the start of its text. */
  element: string;
  /** The measured value: px, "w×h" px, or the contrast ratio. */
  measured: string;
}

export interface ElderAudit {
  findings: ElderFinding[];
  /** How many elements each rule looked at, so a test can tell an empty page from a good one. */
  checked: { text: number; targets: number; contrast: number };
}

export async function auditElderRules(page: Page): Promise<ElderAudit> {
  return page.evaluate(measureInPage, { minFont: MIN_FONT_PX, minTarget: MIN_TARGET_PX, minContrast: MIN_CONTRAST });
}

/** Runs inside the page: self-contained, no outside references (Playwright sends its source). */
function measureInPage(limits: { minFont: number; minTarget: number; minContrast: number }): ElderAudit {
  // Half a pixel of slack for sub-pixel layout (a 60 px box may measure 59.99).
  const SLACK = 0.5;
  const findings: ElderFinding[] = [];
  const checked = { text: 0, targets: 0, contrast: 0 };

  const decorative = (el: Element): boolean => el.closest('.side-band, svg') !== null;
  const visible = (el: Element): boolean => {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const ownText = (el: Element): string =>
    Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
  const name = (el: Element): string => {
    const testId = el.getAttribute('data-testid');
    const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    return `${el.tagName.toLowerCase()}${testId ? `[data-testid="${testId}"]` : classes} "${text}"`;
  };

  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba | null => {
    const m = /rgba?\(([^)]+)\)/.exec(css);
    if (!m || m[1] === undefined) return null;
    const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    const [r = 0, g = 0, b = 0, a = 1] = parts;
    return [r, g, b, a];
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
  };
  const luminance = (c: Rgba): number => {
    const lin = (v: number): number => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  /**
   * The colour behind an element: its own and its ancestors' background colours, blended from the
   * first opaque one upward (the page canvas is white). null when an image or gradient is in the way:
   * its colour cannot be read from style alone.
   */
  const backdrop = (el: Element): Rgba | null => {
    const layers: Rgba[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none') return null;
      const colour = parse(style.backgroundColor);
      if (colour && colour[3] > 0) {
        layers.push(colour);
        if (colour[3] >= 1) break;
      }
    }
    let result: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };

  for (const el of Array.from(document.querySelectorAll('body *'))) {
    if (decorative(el) || !visible(el)) continue;
    const text = ownText(el);
    if (text) {
      checked.text += 1;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < limits.minFont) findings.push({ rule: 'font-size', element: name(el), measured: `${size}px` });
      if (!el.closest('button:disabled, [aria-disabled="true"]')) {
        const fg = parse(getComputedStyle(el).color);
        const bg = backdrop(el);
        if (fg && bg) {
          checked.contrast += 1;
          const a = luminance(over(fg, bg));
          const b = luminance(bg);
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < limits.minContrast) findings.push({ rule: 'contrast', element: name(el), measured: ratio.toFixed(2) });
        }
      }
    }
    if (el.matches('button, [role="button"], a')) {
      checked.targets += 1;
      const rect = el.getBoundingClientRect();
      if (rect.width + SLACK < limits.minTarget || rect.height + SLACK < limits.minTarget) {
        findings.push({ rule: 'target-size', element: name(el), measured: `${Math.round(rect.width)}×${Math.round(rect.height)}` });
      }
    }
  }
  return { findings, checked };
}
