/**
 * The built front ends are served: each page answers HTML and every script and stylesheet it names
 * loads. `npm test` builds the pages before jest runs, so a missing build fails here.
 */
import type { IssuedTicket } from '../../protocol/views';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, ok, send } from '../../testkit/clients';

function assetsOf(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css|woff2?|svg|png))"/g)].map((m) => m[1] ?? '');
  return [...new Set(refs)];
}

describe('built pages', () => {
  let th: TestHall;
  let token: string;

  beforeAll(async () => {
    th = await startTestHall();
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    token = (ok(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() })) as IssuedTicket).ticket.token;
    kiosk.close();
  });
  afterAll(async () => th.close());

  it.each(['/kiosk/', '/display/', '/counter/', '/admin/', '/t/TOKEN', '/portal/', '/portal', '/portal/services/elderly-allowance/guide'])('%s is served with all its assets', async (path) => {
    const res = await fetch(`${th.url}${path.replace('TOKEN', token)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<div id="app"/);
    const assets = assetsOf(html);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      const r = await fetch(`${th.url}${asset}`);
      expect([asset, r.status]).toEqual([asset, 200]);
    }
  });

  it('the root sends residents to the kiosk page', async () => {
    const res = await fetch(`${th.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/kiosk/');
  });
});
