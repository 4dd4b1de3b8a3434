import { dataUrl } from '../../../protocol/guide-schema';

describe('a data URL field', () => {
  const field = dataUrl(64);
  const codes = (text: string): string[] => {
    const parsed = field.safeParse(text);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.code);
  };

  it('takes what a FileReader gives: a type, base64 bytes and at most two padding signs at the end', () => {
    expect(codes('data:image/png;base64,iVBORw0KGgo=')).toEqual([]);
    expect(codes('data:application/pdf;base64,JVBERi0xLjQ==')).toEqual([]);
    expect(codes('data:image/jpeg;base64,/9j/4AAQ')).toEqual([]);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'data:image/png;base64,', 'data:image/png,iVBORw0KGgo', 'data:image/png;base64,iVBO Rw0K',
      'data:image/png;base64,iV=BORw0K', 'data:image/png;base64,iVBORw0K===', 'data:image/png;base64,=', 'javascript:alert(1)']) {
      expect(codes(text)).toEqual(['custom']);
    }
  });

  it('a text over the limit is refused on its length alone, its content never read', () => {
    expect(codes(`data:image/png;base64,${'A'.repeat(100)}`)).toEqual(['too_big']);
    expect(codes(`<${'x'.repeat(100)}`)).toEqual(['too_big']);
  });
});
