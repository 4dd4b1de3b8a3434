/** What a network printer receives for a 号票: checked byte by byte on a fake printer. */
import { FakePrinter } from '../../testkit/fake-printer';
import { startManager } from './harness';
import { contains, gbk, qrStoredData, rasterImages } from './bytes';
import { HALL_MN, ISSUED_AT, ticketJob } from './sample-slips';
import type { PrinterManager } from '../../printers/manager';
import { rasterizeText } from '../../printers/raster/rasterize-text';
import { printFonts } from '../../printers/raster/fonts';
import { packRows } from '../../printers/raster/bitmap';

let fake: FakePrinter;
let manager: PrinterManager;

beforeEach(async () => {
  fake = await FakePrinter.start();
  manager = await startManager([
    { id: 'p58', url: fake.url, paperWidth: 58 },
    { id: 'p80', url: fake.url, paperWidth: 80 },
  ]);
});

afterEach(async () => {
  await manager.stop();
  await fake.close();
});

async function printOnce(printerId: string, job = ticketJob()): Promise<Buffer> {
  const result = await manager.submit(printerId, job);
  expect(result).toMatchObject({ outcome: 'printed', attempts: 1, printerId, jobId: job.id });
  const jobs = fake.jobs();
  expect(jobs).toHaveLength(1);
  return jobs[0] ?? Buffer.alloc(0);
}

test('Chinese goes out as GBK after FS &, the QR carries the ASCII tracking URL, and the slip is cut', async () => {
  const job = ticketJob();
  if (job.kind !== 'ticket') throw new Error('sample is a ticket');
  const bytes = await printOnce('p58', job);

  const chineseMode = bytes.indexOf(Buffer.from([0x1c, 0x26]));
  expect(chineseMode).toBeGreaterThanOrEqual(0);
  for (const text of ['最低生活保障申请', '社会服务中心', '3号窗口', '【优先】70岁以上老人', '0472-5123456', 'A007', '评价码：402917']) {
    const at = bytes.indexOf(gbk(text));
    expect({ text, found: at > chineseMode }).toEqual({ text, found: true });
  }
  // UTF-8 would mean the printer prints mojibake.
  expect(contains(bytes, Buffer.from('社会服务中心', 'utf8'))).toBe(false);

  expect(qrStoredData(bytes)?.toString('latin1')).toBe(job.ticket.trackUrl);

  // GS ! n: width in the high nibble. The number is 6 × 6; the long hall name is tall (2×) but
  // normal width so it stays on one 58 mm line.
  expect(contains(bytes, Buffer.concat([Buffer.from([0x1d, 0x21, 0x55]), gbk('A007')]))).toBe(true);
  expect(contains(bytes, Buffer.concat([Buffer.from([0x1d, 0x21, 0x01]), gbk('昆都仑区社会服务中心')]))).toBe(true);

  const cut = bytes.lastIndexOf(Buffer.from([0x1d, 0x56]));
  expect(cut).toBeGreaterThan(bytes.indexOf(gbk('0472-5123456')));
});

test('the Mongolian hall name is a GS v 0 raster no wider than 384 dots on 58 mm paper', async () => {
  const bytes = await printOnce('p58');
  const images = rasterImages(bytes);
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    expect(image.rowBytes).toBeGreaterThan(0);
    expect(image.rowBytes * 8).toBeLessThanOrEqual(384);
    expect(image.data.length).toBe(image.rowBytes * image.rows);
  }

  // The first image is exactly the hall name's raster: same dots as drawing HALL_MN ourselves.
  const [expected] = rasterizeText(HALL_MN, { family: printFonts().mongolian, px: 40, align: 'center', width: 384 });
  if (!expected) throw new Error('nothing rastered');
  const first = images[0];
  expect(first?.rowBytes).toBe(expected.width / 8);
  expect(first?.data.equals(packRows(expected).subarray(0, first.data.length))).toBe(true);
  expect(first?.data.some((byte) => byte !== 0)).toBe(true);
});

test('without a Mongolian hall name there is less raster, so the raster was the Mongolian line', async () => {
  const withName = rasterImages(await printOnce('p58', ticketJob()));
  const rowsWith = withName.reduce((sum, image) => sum + image.rows, 0);
  await manager.stop();
  fake.connections.length = 0;
  manager = await startManager([{ id: 'p58', url: fake.url, paperWidth: 58 }]);
  const withoutName = rasterImages(await printOnce('p58', ticketJob({ hallNameMn: '' })));
  const rowsWithout = withoutName.reduce((sum, image) => sum + image.rows, 0);
  expect(rowsWithout).toBeLessThan(rowsWith);
});

test('on 80 mm paper rasters are at most 576 dots wide', async () => {
  const images = rasterImages(await printOnce('p80'));
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) expect(image.rowBytes * 8).toBeLessThanOrEqual(576);
  expect(images.some((image) => image.rowBytes * 8 > 384)).toBe(true);
});

test('a slip reprinted after the service leaves out the wait and, with a matter recorded, prints its 受理编号 large', async () => {
  const waiting = await printOnce('p58');
  for (const text of ['前面还有 4 人等候', '办理窗口：', '叫号三次未到视为过号', '手机扫码，随时查看排队进度']) {
    expect({ text, found: contains(waiting, gbk(text)) }).toEqual({ text, found: true });
  }
  expect(contains(waiting, gbk('受理编号'))).toBe(false);

  await manager.stop();
  fake.connections.length = 0;
  manager = await startManager([{ id: 'p58', url: fake.url, paperWidth: 58 }]);
  const done = await printOnce('p58', ticketJob({ waiting: false, reprintedAt: ISSUED_AT + 3_600_000, matterNumber: 'BJ-7K2M-9Q4X-8C' }));
  // Nothing tells a served resident to wait or to watch for the call.
  for (const text of ['前面', '等候', '办理窗口：', '叫号三次未到视为过号', '排队进度']) {
    expect({ text, found: contains(done, gbk(text)) }).toEqual({ text, found: false });
  }
  expect(contains(done, gbk('受理编号'))).toBe(true);
  // Double width and height (GS ! 0x11), bold, so the number reads at a glance.
  expect(contains(done, Buffer.concat([Buffer.from([0x1d, 0x21, 0x11]), gbk('BJ-7K2M-9Q4X-8C')]))).toBe(true);
  expect(contains(done, gbk('手机扫码，输入手机号后四位'))).toBe(true);
  expect(contains(done, gbk('【补打】'))).toBe(true);
});
