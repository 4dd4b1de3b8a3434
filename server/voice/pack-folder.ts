/**
 * Reads a voice pack folder from disk and says whether it can be used: the manifest must be valid
 * (protocol/voice/pack.ts) and every clip it names must be there, not empty, and, for WAV, PCM at the
 * manifest's sample rate. A pack is used whole or not at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readVoicePack, type VoicePack } from '../../protocol/voice/pack';
import { VOICE_MANIFEST_FILE } from '../../protocol/voice/format';

export type PackCheck = { ok: true; pack: VoicePack } | { ok: false; problems: string[] };

/** The sample rate of a RIFF/WAVE PCM file's header, or why the file is not one. */
export function wavSampleRate(bytes: Buffer): number | string {
  if (bytes.length < 44 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') return 'not a WAV file';
  // Walk the chunks to "fmt ": recorders put other chunks (LIST, bext) before it.
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    if (id === 'fmt ' && at + 16 <= bytes.length) {
      const format = bytes.readUInt16LE(at + 8);
      // 1: integer PCM, 3: float PCM, 0xFFFE: extensible (PCM inside); browsers decode all three.
      if (format !== 1 && format !== 3 && format !== 0xfffe) return `WAV encoding ${format} is not PCM`;
      return bytes.readUInt32LE(at + 12);
    }
    at += 8 + size + (size % 2);
  }
  return 'WAV file without a format chunk';
}

function clipProblem(dir: string, file: string, sampleRate: number): string | null {
  const full = path.join(dir, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return `clip file ${file} is missing`;
  }
  if (!stat.isFile() || stat.size === 0) return `clip file ${file} is empty`;
  if (!file.toLowerCase().endsWith('.wav')) return null;
  const head = Buffer.alloc(Math.min(stat.size, 4096));
  const fd = fs.openSync(full, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const rate = wavSampleRate(head);
  if (typeof rate === 'string') return `clip file ${file}: ${rate}`;
  return rate === sampleRate ? null : `clip file ${file} is at ${rate} Hz, the manifest says ${sampleRate} Hz`;
}

export function checkPackFolder(dir: string): PackCheck {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.join(dir, VOICE_MANIFEST_FILE), 'utf8'));
  } catch (err) {
    return { ok: false, problems: [`${VOICE_MANIFEST_FILE} cannot be read: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const read = readVoicePack(json);
  if (!read.ok) return read;
  const problems = Object.values(read.pack.clips)
    .map((file) => clipProblem(dir, file, read.pack.sampleRate))
    .filter((p): p is string => p !== null);
  return problems.length > 0 ? { ok: false, problems } : read;
}
