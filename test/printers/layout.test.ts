/** The layout fits the paper and follows the slip rules. */
import { documentFor } from '../../printers/layout';
import { paperColumns } from '../../printers/layout/paper';
import { textCells, wrapCells } from '../../printers/layout/columns';
import type { Block } from '../../printers/layout/blocks';
import type { PaperWidth } from '../../printers/types';
import { noticeJob, ticketJob } from './sample-slips';

const longNames = {
  serviceName: '城乡居民最低生活保障及特困人员救助供养待遇申请（含临时救助）',
  counterNames: ['3号窗口', '4号窗口', '5号窗口', '12号窗口'],
  reminder: '叫号三次未到视为过号，过号后请重新取号；老年人、残疾人可到绿色通道窗口优先办理。',
};

test.each<PaperWidth>([58, 80])('every text line fits %i mm paper at its scale', (width) => {
  const blocks: Block[] = [
    ...documentFor(ticketJob(longNames), width).blocks,
    ...documentFor(noticeJob({ place: '政务服务大厅一楼东侧社会服务中心综合受理区3号至12号窗口' }), width).blocks,
  ];
  const columns = paperColumns(width);
  for (const block of blocks) {
    if (block.kind === 'text' || block.kind === 'big') {
      expect({ text: block.text, cells: textCells(block.text) * block.scale <= columns }).toEqual({ text: block.text, cells: true });
    }
  }
});

test('a window name is never split across lines and no line starts with closing punctuation', () => {
  const lines = documentFor(ticketJob(longNames), 58).blocks
    .flatMap((block) => (block.kind === 'text' ? [block.text.trim()] : []));
  const windows = lines.filter((line) => line.includes('窗口') || /^\d+号/.test(line)).join('|');
  for (const name of longNames.counterNames) expect(windows).toContain(name);
  for (const line of lines) expect('，。、；：？！）》」'.includes(line[0] ?? 'x')).toBe(false);
});

test('wrapping keeps ASCII runs whole when they fit and breaks them when they cannot', () => {
  expect(wrapCells('监督投诉电话：0472-5123456', 20)).toEqual(['监督投诉电话：', '0472-5123456']);
  expect(wrapCells('x'.repeat(25), 10)).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
});

test('the ticket has the number big, the priority mark, the QR and a cut at the end', () => {
  const blocks = documentFor(ticketJob(), 58).blocks;
  expect(blocks.find((b) => b.kind === 'big')).toMatchObject({ text: 'A007' });
  expect(blocks.find((b) => b.kind === 'big' && b.scale >= 4)).toBeDefined();
  expect(blocks.some((b) => b.kind === 'text' && b.text.includes('【优先】70岁以上老人'))).toBe(true);
  expect(blocks.some((b) => b.kind === 'text' && b.text.includes('【优先】'))).toBe(true);
  expect(blocks.find((b) => b.kind === 'qr')).toMatchObject({ data: 'http://192.168.10.2:3000/t/Zk3pQ8wLr2' });
  expect(blocks.at(-1)).toEqual({ kind: 'cut' });
  // Mongolian stands above the Chinese hall name.
  const mongolian = blocks.findIndex((b) => b.kind === 'mongolian');
  const chinese = blocks.findIndex((b) => b.kind === 'text' && b.text.includes('昆都仑区社会服务中心'));
  expect(mongolian).toBeGreaterThanOrEqual(0);
  expect(mongolian).toBeLessThan(chinese);
  const ordinary = documentFor(ticketJob({ priorityLabel: null }), 58).blocks;
  expect(ordinary.some((b) => b.kind === 'text' && b.text.includes('【优先】'))).toBe(false);
});

test('a non-ASCII tracking URL is percent-encoded for the QR', () => {
  const blocks = documentFor(ticketJob({ trackUrl: 'http://大厅.local/t/号 1' }), 80).blocks;
  const qr = blocks.find((b) => b.kind === 'qr');
  expect(qr).toMatchObject({ data: 'http://%E5%A4%A7%E5%8E%85.local/t/%E5%8F%B7%201' });
});
