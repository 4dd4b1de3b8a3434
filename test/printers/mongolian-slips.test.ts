/**
 * 蒙汉文并用 on paper, read back from the bytes a network printer receives at 58 and 80 mm: the 号票 and
 * the 告知单 carry each Mongolian line as a GS v 0 raster, before its Chinese line, at least as tall as the
 * printer's 24-dot Chinese body text, and exactly the dots of that Mongolian text (nothing else rastered).
 */
import { FakePrinter } from '../../testkit/fake-printer';
import { startManager } from './harness';
import { gbk, rasterImages, type RasterImage } from './bytes';
import { CENTRE_MN, HALL_MN, ID_CARD_MN, SERVICE_MN, noticeJob, ticketJob } from './sample-slips';
import type { PrinterManager } from '../../printers/manager';
import type { PaperWidth, PrintJob } from '../../printers/types';
import { rasterizeText } from '../../printers/raster/rasterize-text';
import { printFonts } from '../../printers/raster/fonts';
import { packRows } from '../../printers/raster/bitmap';
import { fillText } from '../../printers/layout/texts';
import { printMessages } from '../../protocol/catalog/print';

/** The printer's own Chinese body font (font A, CJK) is 24 dots tall. */
const CHINESE_BODY_DOTS = 24;
const DOTS: Record<PaperWidth, number> = { 58: 384, 80: 576 };

let fake: FakePrinter;
let manager: PrinterManager;

beforeAll(async () => {
  fake = await FakePrinter.start();
  manager = await startManager([
    { id: 'p58', url: fake.url, paperWidth: 58 },
    { id: 'p80', url: fake.url, paperWidth: 80 },
  ]);
});

afterAll(async () => {
  await manager.stop();
  await fake.close();
});

async function printed(paper: PaperWidth, job: PrintJob): Promise<Buffer> {
  const before = fake.jobs().length;
  const result = await manager.submit(`p${paper}`, job);
  expect(result.outcome).toBe('printed');
  const bytes = fake.jobs()[before];
  if (!bytes) throw new Error('the fake printer received nothing');
  return bytes;
}

function mn(key: keyof typeof printMessages, vars?: Record<string, string | number>): string {
  return fillText(printMessages[key].mn, vars);
}

/** One Mongolian line as the slip should carry it, and the Chinese line that must follow it. */
interface Pair { mn: string; px: 28 | 40; align: 'left' | 'center'; zh: string }

/** The rasters the slip should hold, in order, as packed GS v 0 rows. */
function expectedRows(pairs: Pair[], paper: PaperWidth): Buffer {
  const family = printFonts().mongolian;
  return Buffer.concat(pairs.flatMap((p) => rasterizeText(p.mn, { family, px: p.px, align: p.align, width: DOTS[paper] }).map(packRows)));
}

/** Rows of a raster image that hold at least one black dot, as the span from the first to the last. */
function inkRows(image: RasterImage): number {
  const inked: number[] = [];
  for (let row = 0; row < image.rows; row += 1) {
    const line = image.data.subarray(row * image.rowBytes, (row + 1) * image.rowBytes);
    if (line.some((byte) => byte !== 0)) inked.push(row);
  }
  return inked.length === 0 ? 0 : (inked[inked.length - 1] ?? 0) - (inked[0] ?? 0) + 1;
}

function checkSlip(bytes: Buffer, pairs: Pair[], paper: PaperWidth): void {
  const images = rasterImages(bytes);
  // Every raster on the slip is one of the Mongolian lines, dot for dot, in order.
  expect(Buffer.concat(images.map((i) => i.data)).equals(expectedRows(pairs, paper))).toBe(true);
  for (const image of images) {
    expect(image.rowBytes * 8).toBeLessThanOrEqual(DOTS[paper]);
    expect(inkRows(image)).toBeGreaterThanOrEqual(CHINESE_BODY_DOTS);
  }
  // Mongolian first: each Chinese line comes after the raster of its Mongolian line.
  let searchFrom = 0;
  const family = printFonts().mongolian;
  let imageIndex = 0;
  for (const pair of pairs) {
    imageIndex += rasterizeText(pair.mn, { family, px: pair.px, align: pair.align, width: DOTS[paper] }).length;
    const lastImage = images[imageIndex - 1];
    if (!lastImage) throw new Error(`no raster for ${pair.zh}`);
    const zhAt = bytes.indexOf(gbk(pair.zh), Math.max(searchFrom, lastImage.offset));
    expect({ zh: pair.zh, after: zhAt > lastImage.offset }).toEqual({ zh: pair.zh, after: true });
    searchFrom = zhAt;
  }
}

describe.each([58, 80] as const)('on %i mm paper', (paper) => {
  it('the 号票 carries hall, centre, service, number label, wait, QR hint and keep line in Mongolian first', async () => {
    const bytes = await printed(paper, ticketJob());
    checkSlip(bytes, [
      { mn: HALL_MN, px: 40, align: 'center', zh: '昆都仑区社会服务中心' },
      { mn: CENTRE_MN, px: 28, align: 'center', zh: '社会服务中心' },
      { mn: SERVICE_MN, px: 28, align: 'center', zh: '最低生活保障申请' },
      { mn: mn('print.ticket.numberLabel'), px: 28, align: 'center', zh: '您的号码' },
      { mn: mn('print.ticket.peopleAhead', { n: 4 }), px: 28, align: 'left', zh: '前面还有 4 人等候' },
      { mn: mn('print.ticket.scanToTrack'), px: 28, align: 'center', zh: '手机扫码，随时查看排队进度' },
      { mn: mn('print.ticket.keep'), px: 28, align: 'center', zh: '请妥善保管本票' },
    ], paper);
  });

  it('the 告知单 carries its title, service, headings, each translated material name and the legal basis', async () => {
    const bytes = await printed(paper, noticeJob());
    const job = noticeJob();
    if (job.kind !== 'notice') throw new Error('sample is a notice');
    const [idCard, householdBook] = job.notice.materials;
    checkSlip(bytes, [
      { mn: HALL_MN, px: 40, align: 'center', zh: '昆都仑区社会服务中心' },
      { mn: mn('print.notice.title'), px: 40, align: 'center', zh: '一次性告知单' },
      { mn: mn('print.notice.service', { name: SERVICE_MN }), px: 28, align: 'left', zh: '办理事项：最低生活保障申请' },
      { mn: mn('print.notice.materials', { n: 3 }), px: 28, align: 'left', zh: '申请材料（共 3 项）' },
      { mn: mn('print.notice.materialItem', { index: 1, name: ID_CARD_MN }), px: 28, align: 'left', zh: '1. 居民身份证' },
      { mn: mn('print.notice.materialItem', { index: 2, name: householdBook?.nameMn ?? '' }), px: 28, align: 'left', zh: '2. 户口簿' },
      // The third material has no Mongolian name yet: Chinese alone, no raster.
      { mn: mn('print.notice.notes'), px: 28, align: 'left', zh: '告知事项：' },
      { mn: mn('print.notice.visits', { n: 1 }), px: 28, align: 'left', zh: '到现场次数：1 次' },
      { mn: mn('print.notice.fees', { text: mn('print.notice.free') }), px: 28, align: 'left', zh: '收费标准：不收费' },
      { mn: mn('print.notice.basis'), px: 28, align: 'left', zh: '依据《中华人民共和国行政许可法》' },
    ], paper);
    expect(idCard?.nameMn).toBe(ID_CARD_MN);
  });
});

it('a slip whose names have no Mongolian prints them in Chinese alone, with fewer rasters', async () => {
  const full = rasterImages(await printed(58, ticketJob()));
  const bare = rasterImages(await printed(58, ticketJob({ centreNameMn: '', serviceNameMn: '' })));
  const family = printFonts().mongolian;
  const lines = (text: string): number => rasterizeText(text, { family, px: 28, align: 'center', width: 384 }).length;
  expect(full.length - bare.length).toBe(lines(CENTRE_MN) + lines(SERVICE_MN));
});

it('a case suffix joined by a narrow no-break space stays joined: the line is not re-spaced when it is rastered', () => {
  const family = printFonts().mongolian;
  const draw = (text: string): Buffer => Buffer.concat(rasterizeText(text, { family, px: 28, align: 'left', width: 384 }).map(packRows));
  // ᠮᠠᠰᠢᠨ ᠢ ("the machine", accusative): the suffix after U+202F is narrower than after a plain space.
  expect(draw('ᠮᠠᠰᠢᠨ\u202fᠢ').equals(draw('ᠮᠠᠰᠢᠨ ᠢ'))).toBe(false);
});
