import { render } from 'preact';
import '../../ui-kit/base.css';
import './display.css';
import '../../ui-kit/device-setup/setup.css';
import { createHallStream } from '../../protocol/client/hall-stream';
import { takeDeviceKey } from '../../ui-kit/device-key';
import { LangProvider } from '../../ui-kit/i18n';
import { DeviceGate } from '../../ui-kit/device-setup/DeviceGate';
import { createAnnouncer } from './announcer/announcer';
import { createDisplayVoice } from './announcer/voice-player';
import { App } from './App';
import { quietAfterFrom } from './quiet-hall';

const deviceKey = takeDeviceKey();
// Without a key there is nothing to connect as: the gate says how to get one.
const stream = deviceKey ? createHallStream({ auth: { deviceKey } }) : null;
const voice = createDisplayVoice();
const announcer = createAnnouncer(voice.player, {
  minShowMs: 5000,
  // A safety limit only: a call in two languages from a slow recorded pack may take 20 s.
  maxPlayMs: 30_000,
  gapMs: 800,
  repeat: voice.repeat,
});
const root = document.getElementById('app');
if (root) {
  // Dense rows (numbers, windows, services) are Chinese; headings and the call phrase are bilingual
  // (`bilingual`), and the hall's Mongolian name stands vertically on the left.
  render(
    <LangProvider initial="zh" mnTextsFrom={stream}>
      <DeviceGate page="display" stream={stream}>
        {(live) => <App stream={live} announcer={announcer} voice={voice} quietAfterMs={quietAfterFrom(window.location.search)} />}
      </DeviceGate>
    </LangProvider>,
    root,
  );
}
