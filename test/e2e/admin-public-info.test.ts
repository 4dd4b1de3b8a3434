/**
 * The console's screens for what the hall publishes, in Chromium against the demo hall: the guide
 * editor (a refused field shown where it is typed, a save that reaches the kiosk, a sample file
 * uploaded and shown in the kiosk preview, a disguised file refused), notices (created for now and
 * listed as showing) and the 政务公开 boards (edited beside their kiosk page). Screenshots of each.
 */
import { ADMIN_PASSWORD } from '../../testkit/hall';
import { connect, ok, send } from '../../testkit/clients';
import { TINY_PNG } from '../support/busy-hall';
import { shot } from './browser';
import { e2eSuite } from './suite';
import { closePage } from './pages';
import { field, logInAt, openConsole } from './admin-pages';

jest.setTimeout(150_000);

const PNG = Buffer.from(TINY_PNG.slice(TINY_PNG.indexOf(',') + 1), 'base64');

describe('admin console: guides, notices, boards', () => {
  const suite = e2eSuite();

  it('an admin edits a guide, uploads a sample, posts a notice and rewrites a board', async () => {
    const { page, problems } = await openConsole(suite.browser, suite.hall.url);
    const kiosk = await connect(suite.hall.url, { deviceKey: suite.hall.th.kioskKey });
    try {
      await logInAt(page, 'admin', ADMIN_PASSWORD);

      // The guide of one service, beside its kiosk page.
      await page.getByTestId('nav-guides').click();
      await page.getByTestId('guide-services').waitFor();
      await shot(page, 'admin-guides-list');
      await page.getByTestId('row-company-registration').click();
      await page.getByTestId('guide-editor').waitFor();
      await page.getByTestId('guide-preview').getByText('包头市青山区市场监督管理局').waitFor();
      await shot(page, 'admin-guide-editor');

      // A required field left empty is refused where it is typed; nothing is sent.
      await field(page, 'guide.authority').fill('');
      await page.getByTestId('form-submit').click();
      await page.getByTestId('problem-guide.authority').scrollIntoViewIfNeeded();
      await shot(page, 'admin-guide-refused');

      // The preview follows what is typed; the save reaches the kiosk.
      await field(page, 'guide.authority').fill('青山区行政审批和政务服务局');
      await page.getByTestId('guide-preview').getByText('青山区行政审批和政务服务局').waitFor();
      await field(page, 'guide.noticeNotes.0').fill('网上申请的，可在政务服务网查看办理进度');
      await page.getByTestId('form-submit').click();
      await page.getByTestId('guide-saved').waitFor();
      const shown = ok(await send(kiosk, 'service.guide', { serviceId: 'company-registration' }));
      expect(shown.authority).toBe('青山区行政审批和政务服务局');
      expect(shown.noticeNotes[0]).toBe('网上申请的，可在政务服务网查看办理进度');

      // A sample form uploaded as a PNG shows in the editor and the preview.
      await page.getByTestId('sample-title').fill('设立登记申请书（填写样本）');
      await page.getByTestId('sample-file').setInputFiles({ name: 'sample.png', mimeType: 'image/png', buffer: PNG });
      await page.getByTestId('upload-sample').click();
      await page.getByTestId('upload-done').waitFor();
      await page.getByTestId('guide-preview').getByText('设立登记申请书（填写样本）').waitFor();
      // A web page named .png is refused by its bytes.
      await page.getByTestId('sample-title').fill('伪装的图片');
      await page.getByTestId('sample-file').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('<html>not an image</html>') });
      await page.getByTestId('upload-sample').click();
      await page.getByTestId('upload-failed').getByText('只能上传').waitFor();
      await page.getByTestId('samples-editor').scrollIntoViewIfNeeded();
      await shot(page, 'admin-guide-samples');
      const withSample = ok(await send(kiosk, 'service.guide', { serviceId: 'company-registration' }));
      expect(withSample.samples.map((s) => s.title)).toContain('设立登记申请书（填写样本）');
      expect(withSample.samples.map((s) => s.title)).not.toContain('伪装的图片');

      // A notice for now: listed as showing, and on the kiosk's snapshot.
      await page.getByTestId('nav-notices').click();
      await page.getByTestId('notice-list').waitFor();
      await page.getByTestId('list-new').click();
      await field(page, 'text').fill('今日下午大厅停电，暂停取号');
      await shot(page, 'admin-notice-form');
      await page.getByTestId('form-submit').click();
      await page.getByTestId('notice-update').waitFor();
      await page.getByTestId('nav-notices').click();
      await page.getByText('显示中').first().waitFor();
      await shot(page, 'admin-notices');
      const snapshot = ok(await send(kiosk, 'hall.snapshot', {}));
      expect(snapshot.notices.map((n) => n.text)).toContain('今日下午大厅停电，暂停取号');

      // A board, rewritten beside its kiosk page.
      await page.getByTestId('nav-boards').click();
      await page.getByTestId('row-discipline').click();
      await page.getByTestId('board-editor').waitFor();
      await field(page, 'zh.body').fill('窗口工作人员：\n\n- 文明用语\n- 不推诿、不刁难\n- 一次性告知');
      await page.getByTestId('board-preview').getByText('一次性告知').waitFor();
      await page.getByTestId('form-submit').click();
      await page.getByTestId('board-saved').waitFor();
      await shot(page, 'admin-board-editor');
      const board = ok(await send(kiosk, 'board.get', { id: 'discipline' }));
      expect(board).toMatchObject({ sampleContent: false, zh: { body: '窗口工作人员：\n\n- 文明用语\n- 不推诿、不刁难\n- 一次性告知' } });

      // The browser logs the refused upload's 415 answer itself; nothing else went wrong.
      expect(problems.filter((p) => !p.includes('status of 415'))).toEqual([]);
    } finally {
      kiosk.close();
      await closePage(page);
    }
  });
});
