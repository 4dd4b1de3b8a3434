/** The demo hall's 办理指南 and 业务办理样本: complete, consistent with the demo hall, files in sync. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceGuide } from '../../../protocol/guide';
import { DEMO_COUNTERS, DEMO_SERVICES } from '../../../server/demo/hall-data';
import { DEMO_GUIDES, DEMO_SAMPLE_FORMS, renderSampleSvg } from '../../../server/demo/guides';
import { placeOf } from '../../../server/demo/guides/common';
import { wrapText } from '../../../server/demo/guides/sample-svg';

const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'ui-assets', 'samples');
const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy'];
const FONT_FAMILY = 'Noto Sans CJK SC, Noto Sans SC, sans-serif';

function guideOf(serviceId: string): ServiceGuide {
  const guide = DEMO_GUIDES.find((g) => g.serviceId === serviceId);
  if (!guide) throw new Error(`no guide for ${serviceId}`);
  return guide;
}

function sampleFile(image: string): string {
  return join(SAMPLES_DIR, image.replace(/^\/samples\//, ''));
}

/** Problems that would stop an XML parser: unbalanced tags, bare ampersands, text outside the root. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(xml)) !== null) {
    const between = xml.slice(last, match.index);
    if (between.includes('<')) problems.push(`malformed markup near ${between.slice(0, 40)}`);
    if (stack.length === 0 && last > 0 && between.trim() !== '') problems.push('text outside the root element');
    last = tag.lastIndex;
    const [, closing, name = '', , selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  if (xml.slice(last).trim() !== '') problems.push('trailing content after the root element');
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/.test(xml)) problems.push('bare ampersand');
  return problems;
}

describe('demo guides', () => {
  it('has exactly one guide per demo service and none for unknown services', () => {
    for (const service of DEMO_SERVICES) {
      expect(DEMO_GUIDES.filter((g) => g.serviceId === service.id)).toHaveLength(1);
    }
    const known = new Set(DEMO_SERVICES.map((s) => s.id));
    expect(DEMO_GUIDES.filter((g) => !known.has(g.serviceId))).toEqual([]);
  });

  it.each(DEMO_SERVICES.map((s) => s.id))('%s: every field is filled (fees may be empty)', (serviceId) => {
    const g = guideOf(serviceId);
    expect(g.sampleContent).toBe(true);
    for (const text of [g.summary, g.legalTimeLimit, g.promisedTimeLimit, g.place, g.hours, g.phone, g.supervision]) {
      expect(text.trim()).not.toBe('');
    }
    for (const list of [g.basis, g.conditions, g.process, g.commitments, g.discipline]) {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(item.trim()).not.toBe('');
    }
    expect(g.faq.length).toBeGreaterThanOrEqual(2);
    expect(g.faq.length).toBeLessThanOrEqual(4);
    for (const { q, a } of g.faq) {
      expect(q.trim()).not.toBe('');
      expect(a.trim()).not.toBe('');
    }
    expect(g.materials.length).toBeGreaterThan(0);
    for (const m of g.materials) {
      expect(m.name.trim()).not.toBe('');
      expect(MATERIAL_FORMS).toContain(m.form);
      expect(Number.isInteger(m.copies)).toBe(true);
      expect(m.copies).toBeGreaterThanOrEqual(1);
    }
    expect(g.phone).toMatch(/^0472-5\d{6}$/);
    expect(g.supervision).toContain('12345');
  });

  it('names laws by their title marks, once per guide', () => {
    for (const g of DEMO_GUIDES) {
      expect(g.basis.some((b) => /《.+》/.test(b))).toBe(true);
      expect(new Set(g.basis).size).toBe(g.basis.length);
    }
  });

  it.each(DEMO_SERVICES.map((s) => s.id))('%s: the place names every counter that serves it and no other', (serviceId) => {
    const serving = DEMO_COUNTERS.filter((c) => c.services.includes(serviceId)).map((c) => c.id);
    const { place } = guideOf(serviceId);
    const named = [...place.matchAll(/(\d+)号/g)].map((m) => Number(m[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(serving).toContain(id);
    expect([...named].sort((a, b) => a - b)).toEqual([...serving].sort((a, b) => a - b));
    expect(serving.some((id) => place.includes(`${id}号窗口`) || place.includes(`${id}号、`))).toBe(true);
  });

  it('groups the serving counters by floor, the general window last', () => {
    expect(placeOf('minimum-living-allowance')).toBe('青山区社会服务中心一楼 4号、6号窗口，14号窗口（综合受理）');
    expect(placeOf('social-insurance-enrolment')).toBe('青山区社会服务中心二楼 7号、8号窗口；一楼 14号窗口（综合受理）');
    expect(() => placeOf('no-such-service')).toThrow();
  });
});

describe('demo sample forms (业务办理样本)', () => {
  const images = DEMO_GUIDES.flatMap((g) => g.samples.map((s) => ({ serviceId: g.serviceId, ...s })));

  it('gives every service one or two samples named after it', () => {
    for (const g of DEMO_GUIDES) {
      expect(g.samples.length).toBeGreaterThanOrEqual(1);
      expect(g.samples.length).toBeLessThanOrEqual(2);
      g.samples.forEach((s, i) => {
        expect(s.image).toBe(`/samples/${g.serviceId}-${i + 1}.svg`);
        expect(s.title.trim()).not.toBe('');
      });
    }
  });

  it.each(images.map((s) => [s.image, s]))('%s exists, is well-formed, small and marked as a sample', (_image, sample) => {
    const path = sampleFile(sample.image);
    expect(existsSync(path)).toBe(true);
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('viewBox="0 0 840 1188"');
    expect(svg).toContain('样本');
    expect(svg).toContain('填写样本 仅供参考');
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
    expect(svg).not.toMatch(/@font-face|base64/);
    expect(svg).toContain('张三');
    expect(Buffer.byteLength(svg)).toBeLessThan(15 * 1024);
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('keeps the files on disk identical to what the generator draws', () => {
    for (const form of DEMO_SAMPLE_FORMS) {
      const onDisk = readFileSync(join(SAMPLES_DIR, `${form.id}.svg`), 'utf8');
      expect({ id: form.id, same: onDisk === renderSampleSvg(form) }).toEqual({ id: form.id, same: true });
    }
  });

  it('holds no stray image that no guide points to', () => {
    const referenced = new Set(images.map((s) => s.image.replace(/^\/samples\//, '')));
    expect(readdirSync(SAMPLES_DIR).filter((f) => !referenced.has(f))).toEqual([]);
  });

  it('masks identity numbers and phones on every sample', () => {
    for (const form of DEMO_SAMPLE_FORMS) {
      const svg = renderSampleSvg(form);
      expect(svg).not.toMatch(/\d{17}[\dX]/);
      expect(svg).not.toMatch(/1[3-9]\d{9}/);
    }
  });

  it('catches malformed markup', () => {
    expect(xmlProblems('<svg><text>a & b</text></svg>')).toContain('bare ampersand');
    expect(xmlProblems('<svg><g><text>x</g></svg>').length).toBeGreaterThan(0);
    expect(xmlProblems('<svg><rect x="1"/><text>a &amp; b</text></svg>')).toEqual([]);
  });

  it('escapes text and refuses a form too long for one page', () => {
    const base = DEMO_SAMPLE_FORMS[0];
    if (!base) throw new Error('no sample forms');
    const escaped = renderSampleSvg({ ...base, title: 'A & B <C>' });
    expect(escaped).toContain('A &amp; B &lt;C&gt;');
    expect(xmlProblems(escaped)).toEqual([]);
    const tooLong = { ...base, rows: [...base.rows, ...base.rows, ...base.rows] };
    expect(() => renderSampleSvg(tooLong)).toThrow(/does not fit/);
  });

  it('wraps Chinese text without orphaned punctuation or split numbers', () => {
    const lines = wrapText('一二三四，五六', 80, 20);
    expect(lines).toEqual(['一二三四，', '五六']);
    expect(wrapText('一二三（四五', 80, 20)).toEqual(['一二三', '（四五']);
    expect(wrapText('', 80, 20)).toEqual(['']);
    expect(wrapText('费用约3000元', 100, 20)).toEqual(['费用约', '3000元']);
  });
});
