/**
 * A structural accessibility audit of a rendered page, measured in the browser: the landmarks (banner,
 * navigation, main, contentinfo, each navigation named), one h1 and headings that go down one level at
 * a time, a name on every link and button, a label on every form field, an alt on every image, and — at
 * any width — no sideways scrolling and no text or control reaching past the viewport's edge.
 */
import type { Page } from 'playwright-core';

export interface StructureFinding {
  rule: 'landmark' | 'h1' | 'heading-order' | 'unnamed-control' | 'unlabelled-field' | 'image-alt' | 'sideways-scroll' | 'cut-off';
  what: string;
}

export interface StructureAudit {
  findings: StructureFinding[];
  checked: { headings: number; controls: number; texts: number };
}

export async function auditStructure(page: Page): Promise<StructureAudit> {
  return page.evaluate(() => {
    type Rule = 'landmark' | 'h1' | 'heading-order' | 'unnamed-control' | 'unlabelled-field' | 'image-alt' | 'sideways-scroll' | 'cut-off';
    const findings: { rule: Rule; what: string }[] = [];
    const label = (el: Element): string => {
      const id = el.getAttribute('data-testid');
      return id ? `[${id}]` : `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    };
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    /** The accessible name as the page states it: aria-labelledby, aria-label, alt of images inside, or the text. */
    const nameOf = (el: Element): string => {
      const by = el.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      const aria = el.getAttribute('aria-label');
      if (aria) return aria.trim();
      const alts = [...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? '').join(' ');
      return `${(el.textContent ?? '').trim()} ${alts}`.trim();
    };

    for (const [selector, role] of [['header', 'banner'], ['nav', 'navigation'], ['main', 'main'], ['footer', 'contentinfo']] as const) {
      const found = [...document.querySelectorAll(`${selector}, [role="${role}"]`)];
      if (found.length === 0) findings.push({ rule: 'landmark', what: `no ${role}` });
    }
    if (document.querySelectorAll('main, [role="main"]').length > 1) findings.push({ rule: 'landmark', what: 'more than one main' });
    for (const nav of document.querySelectorAll('nav')) if (!nameOf(nav) || (!nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby'))) {
      findings.push({ rule: 'landmark', what: `navigation without a name: ${label(nav)}` });
    }

    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(shown);
    const h1s = headings.filter((h) => h.tagName === 'H1');
    if (h1s.length !== 1) findings.push({ rule: 'h1', what: `${h1s.length} h1 on the page` });
    if (headings[0] && headings[0].tagName !== 'H1') findings.push({ rule: 'heading-order', what: `first heading is ${headings[0].tagName}` });
    let level = 0;
    for (const h of headings) {
      const next = Number(h.tagName.slice(1));
      if (next > level + 1) findings.push({ rule: 'heading-order', what: `${h.tagName} after h${level}: ${label(h)}` });
      if (!nameOf(h)) findings.push({ rule: 'heading-order', what: `empty ${h.tagName}` });
      level = next;
    }

    const controls = [...document.querySelectorAll('a[href], button, [role="button"], summary')].filter(shown);
    for (const c of controls) if (!nameOf(c)) findings.push({ rule: 'unnamed-control', what: label(c) });
    for (const field of document.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
      const id = field.id;
      const labelled = field.getAttribute('aria-label') || field.getAttribute('aria-labelledby') || field.closest('label')
        || (id && document.querySelector(`label[for="${CSS.escape(id)}"]`));
      if (!labelled) findings.push({ rule: 'unlabelled-field', what: label(field) });
    }
    for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) findings.push({ rule: 'image-alt', what: img.src });

    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) findings.push({ rule: 'sideways-scroll', what: `${root.scrollWidth} > ${root.clientWidth}` });
    const vw = root.clientWidth;
    const texts = [...document.querySelectorAll('body *')].filter((el) => shown(el)
      && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''));
    for (const el of [...texts, ...controls]) {
      if (el.closest('.portal-skip')) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > vw + 1) findings.push({ rule: 'cut-off', what: `${label(el)} ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}` });
    }
    return { findings, checked: { headings: headings.length, controls: controls.length, texts: texts.length } };
  });
}
