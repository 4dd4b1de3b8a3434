import fs from 'node:fs';
import path from 'node:path';
import { composePhrase, numberClips, windowClips } from '../../../protocol/voice/compose';
import { readVoicePack, type VoicePack } from '../../../protocol/voice/pack';

/** The default pack as shipped (its manifest is what displays compose from). */
function defaultPack(): VoicePack {
  const read = readVoicePack(JSON.parse(fs.readFileSync(path.resolve('ui-assets/voice-pack/manifest.json'), 'utf8')));
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.pack;
}

describe('a call composed from the default pack', () => {
  const pack = defaultPack();
  const zh = pack.voices.zh;
  if (!zh) throw new Error('the default pack has no Chinese voice');

  it('reads a ticket number sign by sign, with 幺 for 1 and every zero said', () => {
    expect(numberClips(zh, 'A001')).toEqual({ clips: ['zh-A', 'zh-0', 'zh-0', 'zh-yao'], missing: [] });
    expect(numberClips(zh, 'BC120').clips).toEqual(['zh-B', 'zh-C', 'zh-yao', 'zh-2', 'zh-0']);
  });

  it('reads a window number as a count', () => {
    const count = (n: number): string[] => windowClips(zh.window, n).clips;
    expect(count(3)).toEqual(['zh-3']);
    expect(count(10)).toEqual(['zh-shi']);
    expect(count(12)).toEqual(['zh-shi', 'zh-2']);
    expect(count(20)).toEqual(['zh-2', 'zh-shi']);
    expect(count(35)).toEqual(['zh-3', 'zh-shi', 'zh-5']);
    expect(count(100)).toEqual(['zh-1', 'zh-bai']);
    expect(count(105)).toEqual(['zh-1', 'zh-bai', 'zh-0', 'zh-5']);
    expect(count(110)).toEqual(['zh-1', 'zh-bai', 'zh-1', 'zh-shi']);
    expect(windowClips(zh.window, 1000)).toEqual({ clips: [], missing: ['window 1000'] });
  });

  it('says "请 A001 号到 3 号窗口办理" after the chime, and a recall with 再次呼叫', () => {
    expect(composePhrase(pack, { number: 'A001', window: 3, recall: false, chime: true })).toEqual({
      segments: [{ lang: 'zh', clips: ['chime', 'zh-qing', 'zh-A', 'zh-0', 'zh-0', 'zh-yao', 'zh-hao', 'zh-dao', 'zh-3', 'zh-hao-chuangkou', 'zh-banli'] }],
      missing: [],
    });
    const recall = composePhrase(pack, { number: 'K012', window: 12, recall: true, chime: true });
    expect(recall.segments[0]?.clips).toEqual(['chime', 'zh-zaici-hujiao', 'zh-qing', 'zh-K', 'zh-0', 'zh-yao', 'zh-2', 'zh-hao',
      'zh-dao', 'zh-shi', 'zh-2', 'zh-hao-chuangkou', 'zh-banli']);
  });

  it('leaves the chime out when the hall switched it off', () => {
    const phrase = composePhrase(pack, { number: 'A001', window: 3, recall: false, chime: false });
    expect(phrase.segments[0]?.clips[0]).toBe('zh-qing');
  });
});

describe('a pack that lacks a clip', () => {
  const base = defaultPack();
  const zh = base.voices.zh;
  if (!zh) throw new Error('the default pack has no Chinese voice');
  /** A Mongolian voice that only knows windows 1 and 2 as whole recorded clips. */
  const mn = { ...zh, window: { style: 'whole' as const, windows: { 1: 'mn-w1', 2: 'mn-w2' } } };
  const twoLanguages: VoicePack = { ...base, languages: ['zh', 'mn'], clips: { ...base.clips, 'mn-w1': 'mn-w1.wav', 'mn-w2': 'mn-w2.wav' },
    voices: { zh, mn } };

  it('says the call in every language that can say it, Chinese first, with one chime', () => {
    const phrase = composePhrase(twoLanguages, { number: 'A001', window: 2, recall: false, chime: true });
    expect(phrase.missing).toEqual([]);
    expect(phrase.segments.map((s) => s.lang)).toEqual(['zh', 'mn']);
    expect(phrase.segments[1]?.clips).not.toContain('chime');
    expect(phrase.segments[1]?.clips).toContain('mn-w2');
  });

  it('leaves out a language whole when it cannot say the window, and says what is missing', () => {
    const phrase = composePhrase(twoLanguages, { number: 'A001', window: 7, recall: false, chime: true });
    expect(phrase.segments.map((s) => s.lang)).toEqual(['zh']);
    expect(phrase.missing).toEqual([{ lang: 'mn', what: ['window 7'] }]);
  });

  it('falls back to the chime alone when no language can say the number', () => {
    const phrase = composePhrase(base, { number: 'A0#1', window: 3, recall: false, chime: false });
    expect(phrase.segments).toEqual([{ lang: 'zh', clips: ['chime'] }]);
    expect(phrase.missing).toEqual([{ lang: 'zh', what: ['character "#"'] }]);
  });

  it('names a clip the template refers to that has no file', () => {
    const { 'zh-banli': _gone, ...clips } = base.clips;
    const phrase = composePhrase({ ...base, clips }, { number: 'A001', window: 3, recall: false, chime: true });
    expect(phrase.missing).toEqual([{ lang: 'zh', what: ['clip "zh-banli"'] }]);
    expect(phrase.segments).toEqual([{ lang: 'zh', clips: ['chime'] }]);
  });
});
