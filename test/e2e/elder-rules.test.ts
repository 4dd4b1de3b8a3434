/**
 * The elder-friendly audit itself (elder-rules.ts) finds what it must: on a small page made to break
 * each rule once, next to elements that keep it, it reports exactly the breaking ones. Without this,
 * a kiosk screen "passing" the audit could mean the audit sees nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { auditElderRules } from './elder-rules';
import { closePage, openPage } from './pages';

jest.setTimeout(90_000);

const PAGE = `<!doctype html><html><body style="margin:0;background:#fff;color:#1b1f24;font-size:28px">
  <p id="ok-text">正常大小的文字</p>
  <p style="font-size:18px">太小的文字</p>
  <p style="color:#999">对比度不足</p>
  <div style="background:#0b4f8a"><p style="color:#fff">深底白字</p><p style="color:#2a5a8a">深底深字</p></div>
  <div style="background:rgba(0,0,0,0.5)"><p style="color:#7f7f7f">半透明底上的灰字</p></div>
  <button style="width:80px;height:80px;font-size:24px">好</button>
  <button style="width:44px;height:44px;font-size:24px">小</button>
  <a href="#" style="display:inline-block;width:200px;height:40px">矮链接</a>
  <button disabled style="width:80px;height:80px;font-size:24px;color:#ccc">停</button>
  <aside class="side-band" style="font-size:12px">装饰带</aside>
  <svg width="100" height="100"><text x="0" y="20" font-size="10">QR</text></svg>
  <p style="display:none;font-size:10px">看不见</p>
</body></html>`;

describe('the elder-friendly audit', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openPage(browser, { width: 1080, height: 1920 }, '');
    await page.setContent(PAGE);
  });
  afterAll(async () => {
    if (page) await closePage(page);
    await browser?.close();
  });

  it('reports small text, small targets and weak contrast, and nothing else', async () => {
    const audit = await auditElderRules(page);
    const found = audit.findings.map((f) => `${f.rule} ${f.element}`).sort();
    expect(found).toEqual([
      'contrast p "对比度不足"',
      'contrast p "深底深字"',
      'contrast p "半透明底上的灰字"',
      'font-size p "太小的文字"',
      'target-size a "矮链接"',
      'target-size button "小"',
    ].sort());
    expect(audit.findings.find((f) => f.rule === 'font-size' && f.element.includes('太小'))?.measured).toBe('18px');
  });
});
