/** What a printer receives for a 告知单: every material in GBK, fees never blank, rare characters rastered. */
import { encodeEscPos } from '../../printers/escpos/encode';
import { documentFor } from '../../printers/layout';
import { FakePrinter } from '../../testkit/fake-printer';
import { startManager } from './harness';
import { contains, gbk, rasterImages } from './bytes';
import { noticeJob, noticeSlip } from './sample-slips';

test('every material name, its form, copies and issuer reach the printer as GBK; blank fees print 不收费', async () => {
  const fake = await FakePrinter.start();
  const manager = await startManager([{ id: 'p', url: fake.url, paperWidth: 80 }]);
  try {
    const job = noticeJob();
    const result = await manager.submit('p', job);
    expect(result.outcome).toBe('printed');
    const [bytes] = fake.jobs();
    if (!bytes) throw new Error('the printer received no job');
    expect(contains(bytes, [0x1c, 0x26])).toBe(true);
    const expected = [
      ...noticeSlip().materials.map((m) => m.name),
      '原件及复印件 1 份', '复印件 2 份', '出具单位：公安机关', '出具单位：申请人自备', '出具单位：社区居委会',
      '一次性告知单', '收费标准：不收费', '办理地点：一楼3号至5号窗口', '咨询电话：0472-5123457',
    ];
    const missing = expected.filter((text) => !contains(bytes, gbk(text)));
    expect(missing).toEqual([]);
  } finally {
    await manager.stop();
    await fake.close();
  }
});

test('a line with a character outside GBK is printed as a raster image instead of GBK text', () => {
  const plain = noticeSlip();
  const rare = noticeSlip({ materials: [{ name: '𠮷氏宗祠证明', nameMn: '', form: 'original', copies: 1, issuer: '', note: '' }] });
  const usual = noticeSlip({ materials: [{ name: '吉氏宗祠证明', nameMn: '', form: 'original', copies: 1, issuer: '', note: '' }] });
  const bytesFor = (notice: typeof plain): Buffer => encodeEscPos(
    documentFor({ id: 'n', kind: 'notice', createdAt: notice.printedAt, notice }, 58),
  );
  const rareBytes = bytesFor(rare);
  const usualBytes = bytesFor(usual);
  expect(contains(usualBytes, gbk('吉氏宗祠证明'))).toBe(true);
  // The whole line went to the raster: not even its GBK-encodable part is sent as text.
  expect(contains(rareBytes, gbk('氏宗祠证明'))).toBe(false);
  expect(rasterImages(rareBytes).length).toBe(rasterImages(usualBytes).length + 1);
  for (const image of rasterImages(rareBytes)) expect(image.rowBytes * 8).toBeLessThanOrEqual(384);
});
