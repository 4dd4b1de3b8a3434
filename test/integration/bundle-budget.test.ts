/**
 * The kiosk must stay lean (Preact, no heavy UI kit): a budget on the gzipped JavaScript of each built
 * front end. `npm test` builds before jest; `npm run bench` reports the exact sizes.
 */
import { bundleSizes } from '../../testkit/bundle-size';

// The admin console validates its forms with the server's own zod schemas, so zod is in its bundle.
// The follow-up case screens (差评与投诉) brought the console from 105 to 111 kB; the reports screen and
// 电子监察 (live board, alerts, chime) to about 120 kB.
const JS_BUDGET_KB = { kiosk: 90, display: 60, counter: 60, admin: 122 } as const;

describe('front-end bundle budget', () => {
  it.each(bundleSizes())('$app JavaScript stays within its gzipped budget', (size) => {
    expect(size.files).toBeGreaterThan(0);
    expect(size.jsGzipKb).toBeGreaterThan(0);
    expect(size.jsGzipKb).toBeLessThanOrEqual(JS_BUDGET_KB[size.app as keyof typeof JS_BUDGET_KB]);
  });
});
