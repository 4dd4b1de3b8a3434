/**
 * Serves the built front ends: /kiosk/, /display/, /counter/ and the phone page /t/<token>.
 */
import express, { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../../protocol/catalog';

export function staticUiRouter(uiDir: string, samplesDir: string): Router {
  const router = Router();
  for (const app of ['kiosk', 'display', 'counter']) {
    const dir = path.join(uiDir, app);
    router.use(`/${app}`, express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  }
  // Sample forms (业务办理样本) shown with the service guides.
  router.use('/samples', express.static(samplesDir, { maxAge: '1h', fallthrough: false }));
  // The rating pad (评价器) at a window is a page of the counter app.
  router.get('/pad/', (_req, res) => sendPage(res, path.join(uiDir, 'counter', 'pad.html')));
  router.get('/t/:token', (_req, res) => sendPage(res, path.join(uiDir, 'kiosk', 'phone.html')));
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
