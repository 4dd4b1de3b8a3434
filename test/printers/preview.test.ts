/** The PNG and text previews: paper-sized, really drawn, carrying the slip's content. */
import { PNG } from 'pngjs';
import { documentFor } from '../../printers/layout';
import { renderPreviewPng } from '../../printers/preview/png';
import { renderPreviewText } from '../../printers/preview/text';
import { printFonts } from '../../printers/raster/fonts';
import { rasterizeText } from '../../printers/raster/rasterize-text';
import type { PaperWidth } from '../../printers/types';
import { HALL_MN, noticeJob, ticketJob } from './sample-slips';

function blackShare(png: PNG): number {
  let black = 0;
  for (let i = 0; i < png.width * png.height; i += 1) {
    if ((png.data[i * 4] ?? 255) < 128) black += 1;
  }
  return black / (png.width * png.height);
}

test('the fonts for Mongolian and Chinese are found on this machine', () => {
  expect(printFonts()).toEqual({ mongolian: expect.any(String), cjk: expect.any(String) });
});

test.each<[PaperWidth, number]>([[58, 384], [80, 576]])('a %i mm ticket preview is %i px wide with real ink on it', async (width, pixels) => {
  const png = PNG.sync.read(await renderPreviewPng(documentFor(ticketJob(), width)));
  expect(png.width).toBe(pixels);
  expect(png.height).toBeGreaterThan(pixels);
  const share = blackShare(png);
  expect(share).toBeGreaterThan(0.03);
  expect(share).toBeLessThan(0.5);
});

test('the preview draws the Mongolian hall name from the same raster the printer gets', async () => {
  const png = PNG.sync.read(await renderPreviewPng(documentFor(ticketJob(), 58)));
  const bitmaps = rasterizeText(HALL_MN, { family: printFonts().mongolian, px: 40, align: 'center', width: 384 });
  expect(bitmaps.length).toBeGreaterThan(0);
  let top = 8; // the preview's top margin
  let inked = 0;
  let mismatched = 0;
  for (const bitmap of bitmaps) {
    for (let y = 0; y < bitmap.height; y += 1) {
      for (let x = 0; x < bitmap.width; x += 1) {
        const black = (png.data[((top + y) * png.width + x) * 4] ?? 255) < 128;
        const dot = bitmap.dots[y * bitmap.width + x] === 1;
        if (dot) inked += 1;
        if (black !== dot) mismatched += 1;
      }
    }
    top += bitmap.height;
  }
  expect(inked).toBeGreaterThan(500);
  expect(mismatched).toBe(0);
});

test('the text preview shows the number, the wait, the windows and the tracking URL', () => {
  const text = renderPreviewText(documentFor(ticketJob(), 58));
  expect(text).toContain('A007');
  expect(text).toContain('前面还有 4 人等候');
  expect(text).toContain('预计等候约 18 分钟');
  expect(text).toContain('3号窗口、4号窗口');
  expect(text).toContain('http://192.168.10.2:3000/t/Zk3pQ8wLr2');
  expect(text).toContain('取号时间：2025-03-08 09:05');
});

test('the notice preview lists every material and never leaves the fee blank', () => {
  const text = renderPreviewText(documentFor(noticeJob(), 80));
  for (const name of ['居民身份证', '户口簿', '家庭收入情况申报表']) expect(text).toContain(name);
  expect(text).toContain('收费标准：不收费');
  const charged = renderPreviewText(documentFor(noticeJob({ fees: '工本费10元' }), 80));
  expect(charged).toContain('收费标准：工本费10元');
  expect(charged).not.toContain('不收费');
});
