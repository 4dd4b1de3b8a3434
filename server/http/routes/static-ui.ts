/**
 * Serves the built front ends: /kiosk/, /display/, /counter/, the admin console /admin/, the phone
 * page /t/<token> and the public portal /portal/ (every path under it is one of its pages).
 */
import express, { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../../protocol/catalog';
import { STAFF_PHOTOS_URL } from '../../files/staff-photos';

export function staticUiRouter(uiDir: string, samplesDir: string, sampleFilesDir: string, staffPhotosDir: string): Router {
  const router = Router();
  for (const app of ['kiosk', 'display', 'counter', 'admin']) {
    const dir = path.join(uiDir, app);
    router.use(`/${app}`, express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  }
  // Sample forms (业务办理样本) shown with the service guides.
  router.use('/samples', express.static(samplesDir, { maxAge: '1h', fallthrough: false }));
  // Sample forms uploaded by admins: named by the server, typed by their own bytes when uploaded, never
  // changed under the same name (a replaced file gets a new name), so they may be cached long. A PDF is
  // shown in a frame of the hall's own kiosk page, so only the hall itself may frame these files.
  router.use('/sample-files', express.static(sampleFilesDir, {
    maxAge: '7d', immutable: true, fallthrough: false, dotfiles: 'deny', index: false,
    setHeaders: (res) => res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; frame-ancestors 'self'"),
  }));
  // Staff photos: random names only (never listed), a new name for every new photo, images only.
  router.use(STAFF_PHOTOS_URL, express.static(staffPhotosDir, {
    maxAge: '7d', immutable: true, fallthrough: false, dotfiles: 'deny', index: false,
    setHeaders: (res) => res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; frame-ancestors 'none'"),
  }));
  // The rating pad (评价器) at a window is a page of the counter app.
  router.get('/pad/', (_req, res) => sendPage(res, path.join(uiDir, 'counter', 'pad.html')));
  router.get('/t/:token', (_req, res) => sendPage(res, path.join(uiDir, 'kiosk', 'phone.html')));
  // The public portal (网络平台): a page of the kiosk app that routes its own paths (kiosk-ui/portal/routes.ts).
  router.get(['/portal', '/portal/{*page}'], (_req, res) => sendPage(res, path.join(uiDir, 'kiosk', 'portal.html')));
  router.get('/', (_req, res) => res.redirect('/kiosk/'));
  return router;
}

// HTML must always be fresh so a redeployed hall picks up new asset names; hashed assets may be cached.
function noCacheForHtml(res: express.Response, filePath: string): void {
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

function sendPage(res: express.Response, page: string): void {
  if (!fs.existsSync(page)) {
    res.status(503).type('text/plain; charset=utf-8').send(t('server.uiNotBuilt'));
    return;
  }
  res.set('Cache-Control', 'no-cache').sendFile(page);
}
