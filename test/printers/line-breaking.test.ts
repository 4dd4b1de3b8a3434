/**
 * Line-breaking rules for Chinese on paper (禁则): closing punctuation never starts a line and an
 * opening bracket or quote never ends one — on any paper width, and on the test page in particular.
 */
import { wrapCells } from '../../printers/layout/columns';
import { layoutTestPage } from '../../printers/layout/test-page';
import { layoutNotice } from '../../printers/layout/notice';
import { noticeSlip } from './sample-slips';
import type { Block } from '../../printers/layout/blocks';

const CLOSING = [...'，。、；：？！）》」』】〕〉…’”'];
const OPENING = [...'（《「『【〔〈‘“'];

function broken(lines: string[]): string[] {
  return lines.filter((line, i) => {
    const text = line.trim();
    const startsWrong = i > 0 && CLOSING.some((c) => text.startsWith(c));
    const endsWrong = i < lines.length - 1 && OPENING.some((c) => text.endsWith(c));
    return startsWrong || endsWrong;
  });
}

function textLines(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
}

test('an opening bracket goes down with what it opens; closing punctuation stays up with what it closes', () => {
  // 16 Chinese characters fit a 32-cell line: the 16th here would be the opening bracket.
  expect(wrapCells('一二三四五六七八九十一二三四五（六）', 32)).toEqual(['一二三四五六七八九十一二三四五', '（六）']);
  // A closing bracket that would start the line takes the character before it down too.
  expect(wrapCells('一二三四五六七八九十一二三四五（六）', 34)).toEqual(['一二三四五六七八九十一二三四五', '（六）']);
  expect(wrapCells('一二三四五六七八九十一二三四五六）。', 32)).toEqual(['一二三四五六七八九十一二三四五', '六）。']);
  expect(wrapCells('一二三四五六七八九十一二三四五六，七', 32)).toEqual(['一二三四五六七八九十一二三四五', '六，七']);
});

test('every width from 10 to 48 cells keeps the rules on a text full of brackets and punctuation', () => {
  const text = '依据《中华人民共和国行政许可法》第三十二条（一次性告知），申请材料：“身份证”、户口簿（原件）；监护人代办时提交【委托书】。';
  for (let width = 10; width <= 48; width += 1) {
    const lines = wrapCells(text, width);
    expect([width, broken(lines)]).toEqual([width, []]);
    expect(lines.join('').replace(/\s/g, '')).toBe(text);
  }
});

test('the 58 mm and 80 mm test pages and a 告知单 never break before a closing mark or after an opening one', () => {
  const slip = { hallName: '昆都仑区社会服务中心', hallNameMn: '', printerLabel: 'tcp://192.168.1.50:9100', printedAt: 0, timezone: 'Asia/Shanghai' };
  for (const width of [58, 80] as const) {
    expect(broken(textLines(layoutTestPage(slip, width)))).toEqual([]);
    expect(broken(textLines(layoutNotice(noticeSlip(), width)))).toEqual([]);
  }
});

test('the 58 mm test page never breaks a line before "（", whatever the printer address', () => {
  for (const printerLabel of ['tcp://192.168.1.50:9100', 'tcp://[fe80::1]:9100', '/dev/serial/by-id/usb-Xprinter_XP-58-if00', '/dev/usb/lp0']) {
    const slip = { hallName: '昆都仑区社会服务中心', hallNameMn: '', printerLabel, printedAt: 0, timezone: 'Asia/Shanghai' };
    const lines = textLines(layoutTestPage(slip, 58));
    expect([printerLabel, lines.filter((line) => line.trim().startsWith('（'))]).toEqual([printerLabel, []]);
  }
});
