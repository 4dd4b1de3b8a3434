/**
 * Lines drawn for slips are drawn once and reused (printers/raster/rasterize-text.ts): the same text,
 * font, size and alignment give the very bitmaps drawn first, with the dots a fresh drawing has; any
 * other alignment, or a new font configuration, draws again.
 */
import { rasterizeText, type RasterTextOptions } from '../../printers/raster/rasterize-text';
import { configurePrintFonts, printFonts } from '../../printers/raster/fonts';

const TEXT = 'ᠪᠤᠭᠤᠲᠤ ᠬᠣᠲᠠ ᠶᠢᠨ ᠨᠡᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ';

function options(align: RasterTextOptions['align']): RasterTextOptions {
  return { family: printFonts().mongolian, px: 28, align, width: 384 };
}

it('a line drawn again is the line drawn first; a new font configuration draws it again, dot for dot', () => {
  const first = rasterizeText(TEXT, options('center'));
  expect(first.some((b) => b.dots.includes(1))).toBe(true);
  expect(rasterizeText(TEXT, options('center'))).toBe(first);
  // The same font files configured again: drawn afresh, and what was kept is what a fresh drawing gives.
  configurePrintFonts({});
  const fresh = rasterizeText(TEXT, options('center'));
  expect(fresh).not.toBe(first);
  expect(fresh.map((b) => Buffer.from(b.dots))).toEqual(first.map((b) => Buffer.from(b.dots)));
});

it('another alignment is drawn on its own', () => {
  const left = rasterizeText(TEXT, options('left'));
  const right = rasterizeText(TEXT, options('right'));
  expect(right).not.toBe(left);
  expect(Buffer.from(right[0]?.dots ?? [])).not.toEqual(Buffer.from(left[0]?.dots ?? []));
});
