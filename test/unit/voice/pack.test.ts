import fs from 'node:fs';
import path from 'node:path';
import { readVoicePack } from '../../../protocol/voice/pack';
import { checkPackFolder, wavSampleRate } from '../../../server/voice/pack-folder';
import { rms, wavSamples, writeTonePack } from '../../support/voice-pack';
import { tempDir } from '../../../testkit/hall';

const DEFAULT_DIR = path.resolve('ui-assets/voice-pack');
const manifest = (): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(DEFAULT_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('the default voice pack as committed', () => {
  it('is valid, whole, and every clip is sound at the manifest rate', () => {
    const check = checkPackFolder(DEFAULT_DIR);
    if (!check.ok) throw new Error(check.problems.join('; '));
    for (const file of Object.values(check.pack.clips)) {
      const { sampleRate, samples } = wavSamples(fs.readFileSync(path.join(DEFAULT_DIR, file)));
      expect(sampleRate).toBe(check.pack.sampleRate);
      // Trimmed clips: speech from the first samples on, and loud enough to be heard (not silence).
      expect(samples.length / sampleRate).toBeLessThan(2.5);
      expect(rms(samples)).toBeGreaterThan(0.02);
    }
  });
});

describe('a voice pack manifest', () => {
  it('is refused with a reason when a phrase names a clip it does not list', () => {
    const m = manifest();
    const clips = { ...(m.clips as Record<string, string>) };
    delete clips['zh-dao'];
    const read = readVoicePack({ ...m, clips });
    expect(read).toEqual({ ok: false, problems: ['zh: clip "zh-dao" is not in clips'] });
  });

  it('is refused when a letter a ticket may start with has no clip', () => {
    const m = manifest();
    const voices = m.voices as { zh: { number: { letters: Record<string, string> } } };
    const { Q: _q, ...letters } = voices.zh.number.letters;
    const read = readVoicePack({ ...m, voices: { zh: { ...voices.zh, number: { ...voices.zh.number, letters } } } });
    expect(read).toEqual({ ok: false, problems: ['zh: no clip for the letters Q'] });
  });

  it('is refused when it lists a language without its voice, or a clip file as a path', () => {
    expect(readVoicePack({ ...manifest(), languages: ['zh', 'mn'] })).toEqual({ ok: false, problems: ['language mn is listed but has no voice'] });
    const clips = { ...(manifest().clips as Record<string, string>), chime: '../chime.wav' };
    const read = readVoicePack({ ...manifest(), clips });
    expect(read.ok).toBe(false);
  });
});

describe('a pack folder', () => {
  it('is refused when a clip file is missing or at another sample rate than the manifest says', () => {
    const dir = tempDir('voice-pack-');
    try {
      writeTonePack(dir, 'tones');
      expect(checkPackFolder(dir).ok).toBe(true);
      fs.rmSync(path.join(dir, 't-7.wav'));
      const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...m, sampleRate: 16000 }));
      const check = checkPackFolder(dir);
      expect(check.ok).toBe(false);
      if (!check.ok) {
        expect(check.problems).toContain('clip file t-7.wav is missing');
        expect(check.problems).toContain('clip file chime.wav is at 8000 Hz, the manifest says 16000 Hz');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the sample rate of a WAV whose format chunk follows another chunk, and refuses what is not WAV', () => {
    const wav = fs.readFileSync(path.join(DEFAULT_DIR, 'chime.wav'));
    const list = Buffer.concat([Buffer.from('LIST'), Buffer.from([4, 0, 0, 0]), Buffer.from('INFO')]);
    const withList = Buffer.concat([wav.subarray(0, 12), list, wav.subarray(12)]);
    expect(wavSampleRate(withList)).toBe(16000);
    expect(wavSampleRate(Buffer.from('ID3 this is an mp3 file, long enough to be read as one'))).toBe('not a WAV file');
  });
});
