/**
 * The workbench's Mongolian where there is no hall snapshot, through the real server: a phone page's own
 * watch (protocol/client/mn-text-watch.ts, anonymous, as the page uses it) takes an edit at once, and the
 * slips' label lookup reads the edited text from the database for the next slip.
 */
import { openHallSocket, type HallSocket } from '../../protocol/client/hall-socket';
import { watchMnTexts, type MnTextWatch, type MnTextWatchState } from '../../protocol/client/mn-text-watch';
import { printMessages } from '../../protocol/catalog/print';
import { printMessagesWithEdits } from '../../server/mn-texts/print-lookup';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, login, ok, send, type ClientSocket } from '../../testkit/clients';

function watchUntil(watch: MnTextWatch, match: (s: MnTextWatchState) => boolean, timeoutMs = 5000): Promise<MnTextWatchState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); reject(new Error('the watch never reached the expected state')); }, timeoutMs);
    const check = (s: MnTextWatchState): void => {
      if (!match(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    };
    const stop = watch.subscribe(check);
    check(watch.state);
  });
}

describe('the workbench Mongolian without a snapshot', () => {
  let th: TestHall;
  let admin: ClientSocket;
  beforeEach(async () => {
    th = await startTestHall();
    admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
  });
  afterEach(async () => {
    admin.close();
    await th.close();
  });

  it('an open phone page takes an edited phone string at once, and an edit made before it connected too', async () => {
    ok(await send(admin, 'mnText.save', { key: 'phone.live', mn: 'ᠱᠢᠨᠡᠴᠢᠯᠡᠭᠳᠡᠨ᠎ᠡ' }));
    const socket: HallSocket = openHallSocket({ url: th.url });
    try {
      const watch = watchMnTexts(socket);
      const first = await watchUntil(watch, (s) => s.mnTexts !== null);
      expect(first.mnTexts).toEqual({ 'phone.live': 'ᠱᠢᠨᠡᠴᠢᠯᠡᠭᠳᠡᠨ᠎ᠡ' });
      ok(await send(admin, 'mnText.save', { key: 'phone.yourNumber', mn: 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠨᠢ' }));
      const after = await watchUntil(watch, (s) => s.mnTexts?.['phone.yourNumber'] === 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠨᠢ');
      expect(after.mnTexts?.['phone.live']).toBe('ᠱᠢᠨᠡᠴᠢᠯᠡᠭᠳᠡᠨ᠎ᠡ');
    } finally {
      socket.close();
    }
  });

  it('the next slip prints an edited label; other labels stay as shipped', async () => {
    const lookup = printMessagesWithEdits(th.hall.db);
    expect(lookup('print.ticket.numberLabel')).toEqual(printMessages['print.ticket.numberLabel']);
    ok(await send(admin, 'mnText.approve', { key: 'print.ticket.numberLabel', mn: 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠨᠢ', reviewer: '审校员' }));
    expect(lookup('print.ticket.numberLabel')).toEqual({ ...printMessages['print.ticket.numberLabel'], mn: 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠨᠢ' });
    expect(lookup('print.ticket.scanToTrack')).toEqual(printMessages['print.ticket.scanToTrack']);
  });
});
