/** A 政务公开 board's plain text read as paragraphs and lists, the same on the kiosk and in the console. */
import { boardBlocks } from '../../protocol/board-text';

describe('board text', () => {
  it('splits paragraphs at blank lines and keeps line breaks inside a paragraph', () => {
    expect(boardBlocks('第一段\n仍是第一段\n\n\n第二段')).toEqual([
      { kind: 'paragraph', text: '第一段\n仍是第一段' },
      { kind: 'paragraph', text: '第二段' },
    ]);
  });

  it('reads "- " and "• " lines as a bullet list and "1. " or "2、" lines as a numbered one', () => {
    expect(boardBlocks('承诺如下：\n- 首问负责\n• 限时办结\n1. 取号\n2、等候\n\n结束')).toEqual([
      { kind: 'paragraph', text: '承诺如下：' },
      { kind: 'list', ordered: false, items: ['首问负责', '限时办结'] },
      { kind: 'list', ordered: true, items: ['取号', '等候'] },
      { kind: 'paragraph', text: '结束' },
    ]);
  });

  it('leaves text that only looks like a list inside its paragraph', () => {
    expect(boardBlocks('2026年起施行\n-5℃以下暂停户外活动')).toEqual([
      { kind: 'paragraph', text: '2026年起施行\n-5℃以下暂停户外活动' },
    ]);
    expect(boardBlocks('')).toEqual([]);
  });
});
