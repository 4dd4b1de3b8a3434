/**
 * Displays fetch the voice pack over HTTP: the default pack, or the hall's own pack once it is put in
 * DATA_DIR/voice-pack and is valid, with no restart; a pack that cannot be used leaves the default in use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startTestHall, type TestHall } from '../../testkit/hall';
import type { ServedVoicePack } from '../../protocol/voice/pack';
import { writeTonePack } from '../support/voice-pack';

describe('the voice pack served to displays', () => {
  let th: TestHall;
  beforeAll(async () => {
    th = await startTestHall();
  });
  afterAll(() => th.close());
  const served = async (): Promise<ServedVoicePack> => (await (await fetch(`${th.url}/voice/manifest.json`)).json()) as ServedVoicePack;
  const ownDir = (): string => path.join(th.dataDir, 'voice-pack');

  it('is the default pack, with every clip it names fetchable', async () => {
    const pack = await served();
    expect(pack.source).toBe('default');
    expect(pack.base).toBe('/voice/default/');
    expect(pack.pack.languages).toEqual(['zh']);
    const res = await fetch(`${th.url}${pack.base}${pack.pack.clips.chime ?? ''}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^audio\/(wav|x-wav|wave)/);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("is the hall's own pack once it is placed beside the database, and the default again when it breaks", async () => {
    writeTonePack(ownDir(), 'recorded in the hall');
    const own = await served();
    expect(own).toMatchObject({ source: 'hall', base: '/voice/hall/', pack: { name: 'recorded in the hall' } });
    expect((await fetch(`${th.url}/voice/hall/t-7.wav`)).status).toBe(200);

    fs.rmSync(path.join(ownDir(), 't-7.wav'));
    expect((await served()).source).toBe('default');
    fs.rmSync(ownDir(), { recursive: true, force: true });
  });

  it('serves no file outside the packs', async () => {
    fs.mkdirSync(ownDir(), { recursive: true });
    for (const url of ['/voice/default/../../package.json', '/voice/default/%2e%2e/%2e%2e/package.json', '/voice/hall/../hall.db',
      '/voice/default/missing.wav']) {
      expect((await fetch(`${th.url}${url}`)).status).toBe(404);
    }
  });
});
