/**
 * The console's configuration file screen in Chromium: an admin exports the demo hall's configuration
 * (a real download, read back and checked), imports a broken file and sees every fault by its place with
 * nothing changed, then imports a file with a new account and sees its one-time password once.
 */
import fs from 'node:fs';
import type { ConfigFile } from '../../protocol/config-file';
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { http, login, ok } from '../../testkit/clients';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { logInAt, openConsole } from './admin-pages';

jest.setTimeout(120_000);

describe('admin console: the configuration file', () => {
  const suite = e2eSuite();

  it('exports a download, refuses a broken file naming each fault, imports a good one', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    await logInAt(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-config').click();
    await page.getByTestId('config-screen').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('config-export-button').click()]);
    const saved = await download.path();
    const file = JSON.parse(fs.readFileSync(saved, 'utf8')) as ConfigFile;
    expect(file.format).toBe('hall-config');
    expect(file.centres).toHaveLength(6);
    await page.getByTestId('config-exported').waitFor();

    const token = await login(suite.hall.url, 'admin', ADMIN_PASSWORD);
    const before = ok((await http<ConfigFile>(suite.hall.url, 'GET', '/api/admin/config', { token })).body);
    const broken = {
      ...file,
      services: file.services.map((s, i) => (i === 1 ? { ...s, prefix: 'I' } : s)),
      staff: [...file.staff, { username: 'zhaoliu', displayName: '赵六', staffNumber: 'QS-300', role: 'staff', centreId: 'nowhere', active: true }],
    };
    await page.getByTestId('config-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByTestId('confirm-dialog').waitFor();
    await shot(page, 'admin-config-confirm');
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('config-refused').waitFor();
    const listed = await page.getByTestId('config-problems').textContent();
    expect(listed).toContain('services.1.prefix');
    await shot(page, 'admin-config-refused');
    const after = ok((await http<ConfigFile>(suite.hall.url, 'GET', '/api/admin/config', { token })).body);
    expect({ ...after, exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });

    // The server's second check (a centre that does not exist) is named too, once the form is right.
    const wrongCentre = { ...broken, services: file.services };
    await page.getByTestId('config-file').setInputFiles({ name: 'centre.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrongCentre)) });
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('config-problems').getByText(`staff.${file.staff.length}.centreId`).waitFor();

    const good = { ...file, staff: [...file.staff, { username: 'zhaoliu', displayName: '赵六', staffNumber: 'QS-300', role: 'staff', centreId: null, active: true }] };
    await page.getByTestId('config-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('config-new-accounts').waitFor();
    expect(await page.getByTestId('config-new-accounts').textContent()).toContain('zhaoliu');
    await shot(page, 'admin-config-imported');

    await page.getByTestId('config-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a file') });
    await page.getByTestId('config-unreadable').waitFor();
    // The refused imports are 400 and 422 answers, which Chromium notes in the console; nothing else may appear.
    expect(problems.filter((p) => !/Failed to load resource: the server responded with a status of (400|422)/.test(p))).toEqual([]);
  });
});
