/**
 * The bilingual signage rule (包头市社会市面蒙汉两种文字并用管理条例) measured on a rendered screen:
 * - every control lies inside the viewport (or inside a region that scrolls), and no two overlap;
 * - in each text set in both scripts, the Mongolian comes first (above, or to the left) and is not
 *   drawn smaller than the Chinese (font size, and the height of its box);
 * - the Mongolian is shaped (joined letter forms: its width differs from the same letters forced into
 *   isolated forms).
 * Which font drew the letters (no tofu) is asked separately through the DevTools protocol
 * (rendered-fonts.ts).
 */
import type { Page } from 'playwright-core';

export interface MongolianFinding {
  rule: 'outside-viewport' | 'overlap' | 'order' | 'smaller' | 'unshaped';
  what: string;
}

export interface MongolianAudit {
  checked: { controls: number; pairs: number; shaped: number };
  findings: MongolianFinding[];
}

/**
 * Runs in the page: everything is measured from the live layout. `pageScrolls`: a page read on a phone
 * scrolls as a whole, so a control below the fold is reachable (never one beside the screen); a kiosk
 * or display screen must show every control without scrolling the page.
 */
export async function auditMongolian(page: Page, options: { pageScrolls?: boolean } = {}): Promise<MongolianAudit> {
  return page.evaluate((pageScrolls) => {
    const findings: { rule: 'outside-viewport' | 'overlap' | 'order' | 'smaller' | 'unshaped'; what: string }[] = [];
    const label = (el: Element): string => {
      const id = el.getAttribute('data-testid');
      return id ? `[${id}]` : `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    };
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const scrolls = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const oy = getComputedStyle(p).overflowY;
        if ((oy === 'auto' || oy === 'scroll') && p.scrollHeight > p.clientHeight) return true;
      }
      return false;
    };
    /** The part of an element not clipped away by an ancestor that scrolls or hides its overflow. */
    const shownRect = (el: Element): { left: number; right: number; top: number; bottom: number } => {
      const r = el.getBoundingClientRect();
      let box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = p.getBoundingClientRect();
        box = { left: Math.max(box.left, c.left), right: Math.min(box.right, c.right), top: Math.max(box.top, c.top), bottom: Math.min(box.bottom, c.bottom) };
      }
      return box;
    };
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, [role="button"]')].filter(visible);
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      const horizontal = r.left >= -1 && r.right <= vw + 1;
      const vertical = (r.top >= -1 && r.bottom <= vh + 1) || scrolls(el) || pageScrolls;
      if (!horizontal || !vertical) findings.push({ rule: 'outside-viewport', what: label(el) });
    }
    // Overlap between controls that are not nested in one another (a region that scrolls may hide part of one).
    const outer = controls.filter((el) => !controls.some((other) => other !== el && other.contains(el)));
    for (let i = 0; i < outer.length; i += 1) {
      for (let j = i + 1; j < outer.length; j += 1) {
        const first = outer[i];
        const second = outer[j];
        if (!first || !second) continue;
        const a = shownRect(first);
        const b = shownRect(second);
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h > 2) findings.push({ rule: 'overlap', what: `${label(outer[i] as Element)} × ${label(outer[j] as Element)}` });
      }
    }
    let pairs = 0;
    for (const stacked of document.querySelectorAll('.stacked')) {
      const mn = stacked.querySelector(':scope > .mn');
      const zh = stacked.querySelector(':scope > .zh');
      if (!mn || !zh || !visible(mn) || !visible(zh)) continue;
      pairs += 1;
      const m = mn.getBoundingClientRect();
      const z = zh.getBoundingClientRect();
      const above = m.top < z.top - 1;
      const leftOf = Math.abs(m.top - z.top) <= 1 && m.left < z.left;
      if (!above && !leftOf) findings.push({ rule: 'order', what: label(stacked) });
      const mnPx = parseFloat(getComputedStyle(mn).fontSize);
      const zhPx = parseFloat(getComputedStyle(zh).fontSize);
      if (mnPx + 0.5 < zhPx || m.height + 1 < z.height) {
        findings.push({ rule: 'smaller', what: `${label(stacked)}: ${mnPx}px/${Math.round(m.height)} vs ${zhPx}px/${Math.round(z.height)}` });
      }
    }
    // Shaping: the same letters with a zero-width non-joiner between each are drawn in isolated forms.
    let shaped = 0;
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:-9999px;top:0';
    document.body.appendChild(probe);
    for (const mn of [...document.querySelectorAll('.mn')].filter(visible).slice(0, 12)) {
      const text = (mn.textContent ?? '').trim();
      const word = text.split(/\s+/).find((w) => [...w].filter((c) => /[\u1820-\u1878]/.test(c)).length >= 3);
      if (!word) continue;
      const style = getComputedStyle(mn);
      probe.style.font = style.font;
      probe.textContent = word;
      const joined = probe.getBoundingClientRect().width;
      probe.textContent = [...word].join('\u200c');
      const isolated = probe.getBoundingClientRect().width;
      shaped += 1;
      if (Math.abs(joined - isolated) < 1) findings.push({ rule: 'unshaped', what: `${label(mn)} ${word}` });
    }
    probe.remove();
    return { checked: { controls: controls.length, pairs, shaped }, findings };
  }, options.pageScrolls ?? false);
}
