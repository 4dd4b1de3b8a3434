/**
 * Which fonts Chromium actually drew an element's text with, asked through the DevTools protocol
 * (CSS.getPlatformFontsForNode): the family of every face used and how many glyphs came from it.
 * This tells real Mongolian letters from tofu: when no face has a glyph, Chromium draws it from some
 * fallback face, which then shows up here under another name.
 */
import type { Page } from 'playwright-core';

export interface UsedFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

export async function fontsUsedFor(page: Page, selector: string): Promise<UsedFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, isCustomFont: f.isCustomFont, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}
