/**
 * The kiosk must stay lean (Preact, no heavy UI kit): a budget on the gzipped JavaScript of each built
 * front end. `npm test` builds before jest; `npm run bench` reports the exact sizes.
 */
import { bundleSizes } from '../../testkit/bundle-size';

// The admin console validates its forms with the server's own zod schemas, so zod is in its bundle.
// The follow-up case screens (差评与投诉) brought the console from 105 to 111 kB; the reports screen and
// 电子监察 (live board, alerts, chime) to about 120 kB. The counter desk's configurable keys with their
// keyboard dialogs (transfer, resume, key settings) and the pad's staff badge brought counter to 62 kB.
// The devices' setup notices (catalog entries in both scripts, which every front end carries) added
// about 1.5 kB to each. The console's 叫号语音 settings section adds about 1 kB.
// Every app carries the one message catalog, which since issue 12 has Mongolian beside every resident-facing
// string (about 5 KB gzipped): the counter bundle needs it for the rating pad it holds, the admin console
// for the translation review. The display's voice player (pack loader, phrase composer, Web Audio queue)
// and those catalog entries took it to 64 kB.
// The translation workbench (翻译审校) adds its console strings to the catalog every app carries (about 0.6 kB
// each: display 66, counter 73) and its screen to the console (about 1.8 kB in all: admin 135).
// The ID-card reader's kiosk strings and errors went into the same catalog: display 68, counter 75, admin 138.
// Splitting the catalog so each app carries only its own screens' strings is the next saving due.
// Matters (办件) add their desk and phone strings to the catalog (about 1.1 kB in every app, within the budgets
// above), the phone page's 办件查询 to the kiosk bundle, and the desk's 登记办件 and 办件查询 dialogs to the
// counter (about 2.6 kB more: counter 78).
// The public portal (/portal/) is a third page of the kiosk app, sharing its guide components: its own
// script is about 4.6 kB, and its strings in both scripts add about 1 kB to the catalog every app carries
// (measured 95.1, 68.6, 78.2 and 138.5 kB: kiosk 97, display 70, counter 80, admin 140).
// Appointments (预约) add their kiosk check-in, resident error and console strings to the catalog (about 0.8 kB
// in every app), the 预约签到 screen to the kiosk and the 预约设置 and 预约 screens to the console (about 1.8 kB),
// and the portal's booking pages about 2.3 kB to the kiosk app (measured 100.7, 71.7, 81.2 and 143.6 kB).
// The ID-card band's booking offer and the portal's optional ID number field and 办件查询 page took the
// kiosk app to 102.1 kB.
const JS_BUDGET_KB = { kiosk: 104, display: 73, counter: 83, admin: 145 } as const;

describe('front-end bundle budget', () => {
  it.each(bundleSizes())('$app JavaScript stays within its gzipped budget', (size) => {
    expect(size.files).toBeGreaterThan(0);
    expect(size.jsGzipKb).toBeGreaterThan(0);
    expect(size.jsGzipKb).toBeLessThanOrEqual(JS_BUDGET_KB[size.app as keyof typeof JS_BUDGET_KB]);
  });
});
