/**
 * Chinese text in the message catalog uses full-width punctuation: a half-width ':' ',' '(' or ')' next
 * to Chinese (or around Chinese words, for brackets) is wrong in every string a person reads. Times
 * (08:30), addresses (http://…), code (npm run …) and numbers (1,000) keep their ASCII punctuation.
 */
import { catalog } from '../../../protocol/catalog';

/** Chinese characters and the punctuation of Chinese text (、。「」（）：，“”…—). */
const CHINESE_CONTEXT = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2026\u2014]/;
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Each half-width mark that should be full-width, with a little of its surroundings. */
function halfWidthMarks(text: string): string[] {
  if (!IDEOGRAPH.test(text)) return [];
  const chinese = (i: number): boolean => CHINESE_CONTEXT.test(text.charAt(i));
  const around = (i: number): string => text.slice(Math.max(0, i - 4), i + 5);
  const found: string[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if ((c === ':' || c === ',') && (chinese(i - 1) || chinese(i + 1))) found.push(around(i));
    if (c === '(') open.push(i);
    if (c === ')') {
      const from = open.pop();
      if (from === undefined) continue;
      if (IDEOGRAPH.test(text.slice(from + 1, i)) || chinese(from - 1) || chinese(i + 1)) found.push(around(from));
    }
  }
  return found;
}

describe('full-width punctuation in the catalog', () => {
  it('finds the half-width marks it is meant to find, and leaves times, addresses and code alone', () => {
    expect(halfWidthMarks('状态:{status}')).toHaveLength(1);
    expect(halfWidthMarks('网络连接中断,正在重新连接')).toHaveLength(1);
    expect(halfWidthMarks('号码(如 A001)')).toHaveLength(1);
    expect(halfWidthMarks('打印机 {printer}(仅显示一次)')).toHaveLength(1);
    expect(halfWidthMarks('时段写作 08:30-12:00')).toEqual([]);
    expect(halfWidthMarks('网络打印机 tcp://192.168.1.50:9100')).toEqual([]);
    expect(halfWidthMarks('用法：npm run print:test -- <打印机地址> [--width 58|80]')).toEqual([]);
    expect(halfWidthMarks('状态：{status}（已叫号）')).toEqual([]);
    expect(halfWidthMarks('Printer (p1): ok')).toEqual([]);
  });

  it('no Chinese catalog string has a half-width : , ( or ) in Chinese text', () => {
    const wrong = Object.entries(catalog)
      .map(([key, entry]) => ({ key, marks: halfWidthMarks(entry.zh) }))
      .filter((found) => found.marks.length > 0);
    expect(wrong).toEqual([]);
  });
});
