/**
 * Fetches the pack the server chose (/voice/manifest.json) and decodes every clip once, before the first
 * call is played: a call then starts without waiting for the network, and all clips of a phrase can be
 * scheduled back to back.
 */
import { VOICE_MANIFEST_URL } from '../../../protocol/voice/format';
import type { ServedVoicePack } from '../../../protocol/voice/pack';

export interface LoadedPack {
  served: ServedVoicePack;
  buffers: Map<string, AudioBuffer>;
}

/**
 * The server checked the pack with the full schema before serving it (server/voice/pack-folder.ts);
 * here only its outline is looked at, to tell a pack from an error page.
 */
function isServedPack(value: unknown): value is ServedVoicePack {
  if (typeof value !== 'object' || value === null || !('pack' in value) || !('base' in value)) return false;
  const { pack, base } = value;
  return typeof base === 'string' && typeof pack === 'object' && pack !== null && 'clips' in pack && 'voices' in pack
    && 'languages' in pack && Array.isArray(pack.languages) && typeof pack.clips === 'object' && pack.clips !== null;
}

export async function loadVoicePack(audio: BaseAudioContext): Promise<LoadedPack> {
  const res = await fetch(VOICE_MANIFEST_URL, { cache: 'no-store' });
  const served: unknown = await res.json();
  if (!res.ok || !isServedPack(served)) throw new Error(`no voice pack (${res.status})`);
  const buffers = new Map<string, AudioBuffer>();
  await Promise.all(Object.entries(served.pack.clips).map(async ([id, file]) => {
    const clip = await fetch(`${served.base}${encodeURIComponent(file)}`);
    if (!clip.ok) throw new Error(`clip ${file}: ${clip.status}`);
    buffers.set(id, await audio.decodeAudioData(await clip.arrayBuffer()));
  }));
  return { served, buffers };
}
