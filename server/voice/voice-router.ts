/**
 * Serves the voice pack to the displays: /voice/manifest.json names the pack in use and where its clips
 * are; the clips are static files. The hall's own pack (<DATA_DIR>/voice-pack/) wins when it is there and
 * valid; otherwise the default pack that ships with the server. The choice is made again at each read of
 * the manifest (a display reads it once when it starts), so a pack dropped in or fixed is used by the
 * next display that starts, without a restart; a pack that cannot be used is logged (once per distinct
 * reason) and the default is served.
 */
import express, { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log/logger';
import type { ServedVoicePack } from '../../protocol/voice/pack';
import { VOICE_MANIFEST_FILE, VOICE_MANIFEST_URL } from '../../protocol/voice/format';
import { checkPackFolder } from './pack-folder';
import { sendError } from '../http/respond';

/** The hall's own pack, beside the database. */
export function hallPackDir(dataDir: string): string {
  return path.join(dataDir, 'voice-pack');
}

const HALL_BASE = '/voice/hall/';
const DEFAULT_BASE = '/voice/default/';

export function voiceRouter(dirs: { hall: string; default: string }, logger: Logger): Router {
  const router = Router();
  let lastLogged = '';
  const logOnce = (key: string, log: () => void): void => {
    if (key === lastLogged) return;
    lastLogged = key;
    log();
  };

  function choose(): ServedVoicePack | null {
    if (fs.existsSync(path.join(dirs.hall, VOICE_MANIFEST_FILE))) {
      const own = checkPackFolder(dirs.hall);
      if (own.ok) {
        logOnce(`hall:${own.pack.name}`, () => logger.info({ voicePack: dirs.hall, name: own.pack.name }, 'voice: the hall\'s own pack is used'));
        return { source: 'hall', base: HALL_BASE, pack: own.pack };
      }
      logOnce(`invalid:${own.problems.join('|')}`, () => logger.warn({ voicePack: dirs.hall, problems: own.problems },
        'voice: the hall\'s own pack cannot be used; the default pack is served'));
    }
    const fallback = checkPackFolder(dirs.default);
    if (fallback.ok) return { source: 'default', base: DEFAULT_BASE, pack: fallback.pack };
    logOnce(`default:${fallback.problems.join('|')}`, () => logger.error({ voicePack: dirs.default, problems: fallback.problems },
      'voice: the default pack is damaged; displays fall back to the browser\'s speech engine'));
    return null;
  }

  router.get(VOICE_MANIFEST_URL, (_req, res) => {
    const served = choose();
    if (!served) return sendError(res, 'NOT_FOUND');
    res.set('Cache-Control', 'no-cache').json(served);
  });
  // A hall may replace a clip under the same name: the browser asks again (ETag) rather than keep an old one.
  const clips = { fallthrough: false, dotfiles: 'deny' as const, index: false as const, maxAge: 0,
    setHeaders: (res: express.Response) => res.setHeader('Cache-Control', 'no-cache') };
  router.use(HALL_BASE, express.static(dirs.hall, clips));
  router.use(DEFAULT_BASE, express.static(dirs.default, clips));
  return router;
}
