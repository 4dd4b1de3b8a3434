/**
 * Voice packs for tests: WAV bytes written and read in Node, and a small pack of distinguishable tones
 * (each clip its own pitch and length) laid out as a hall would lay out its own recorded pack.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { VoicePack } from '../../protocol/voice/pack';
import { TICKET_LETTERS } from '../../protocol/voice/format';

/** A mono 16-bit PCM WAV file. */
export function wavBytes(samples: Float32Array, sampleRate: number): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(sampleRate, 24);
  head.writeUInt32LE(sampleRate * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36, 'ascii');
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

/** The samples of a mono 16-bit PCM WAV file, walking its chunks to "data". */
export function wavSamples(bytes: Buffer): { sampleRate: number; samples: Float32Array } {
  let at = 12;
  let sampleRate = 0;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    if (id === 'fmt ') sampleRate = bytes.readUInt32LE(at + 12);
    if (id === 'data') {
      const samples = new Float32Array(size / 2);
      for (let i = 0; i < samples.length; i += 1) samples[i] = bytes.readInt16LE(at + 8 + i * 2) / 32768;
      return { sampleRate, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

export function rms(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

function tone(hz: number, seconds: number, sampleRate: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i += 1) out[i] = 0.3 * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
}

export const TEST_PACK_RATE = 8000;
/** Every clip of the test pack lasts this long, so a test can tell how long a phrase of n clips plays. */
export const TEST_CLIP_SECONDS = 0.05;

/**
 * A pack of tones in `dir` with the shape of the default pack: clip ids chime, t-0…t-9, t-A…, t-qing,
 * t-hao, t-dao, t-window, t-banli; window numbers read digit by digit. `name` tells it apart.
 */
export function writeTonePack(dir: string, name: string): VoicePack {
  fs.mkdirSync(dir, { recursive: true });
  const ids = ['chime', ...Array.from({ length: 10 }, (_, d) => `t-${d}`), ...TICKET_LETTERS.map((l) => `t-${l}`),
    't-qing', 't-hao', 't-dao', 't-window', 't-banli', 't-again'];
  const clips: Record<string, string> = {};
  ids.forEach((id, i) => {
    clips[id] = `${id}.wav`;
    fs.writeFileSync(path.join(dir, clips[id]), wavBytes(tone(200 + i * 20, TEST_CLIP_SECONDS, TEST_PACK_RATE), TEST_PACK_RATE));
  });
  const digits = Array.from({ length: 10 }, (_, d) => `t-${d}`);
  const pack: VoicePack = {
    format: 1, name, sampleRate: TEST_PACK_RATE, languages: ['zh'], clips,
    voices: {
      zh: {
        call: ['chime', 't-qing', '{number}', 't-hao', 't-dao', '{window}', 't-window', 't-banli'],
        recall: ['chime', 't-again', 't-qing', '{number}', 't-hao', 't-dao', '{window}', 't-window', 't-banli'],
        number: { digits, letters: Object.fromEntries(TICKET_LETTERS.map((l) => [l, `t-${l}`])) },
        window: { style: 'digits', digits },
      },
    },
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(pack, null, 2));
  return pack;
}
