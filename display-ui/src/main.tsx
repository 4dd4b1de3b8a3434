import { render } from 'preact';
import '../../ui-kit/base.css';
import './display.css';
import { createHallStream } from '../../protocol/client/hall-stream';
import { takeDeviceKey } from '../../ui-kit/device-key';
import { LangProvider } from '../../ui-kit/i18n';
import { createAnnouncer } from './announcer/announcer';
import { createSpeechPlayer } from './announcer/speech-player';
import { App } from './App';

const deviceKey = takeDeviceKey();
const stream = createHallStream({ auth: deviceKey ? { deviceKey } : {} });
const announcer = createAnnouncer(createSpeechPlayer('speechSynthesis' in window ? window.speechSynthesis : null), {
  minShowMs: 5000,
  maxPlayMs: 12_000,
  gapMs: 800,
  repeat: 2,
});
const root = document.getElementById('app');
if (root) {
  // Dense rows (numbers, windows, services) are Chinese; headings and the call phrase are bilingual
  // (`bilingual`), and the hall's Mongolian name stands vertically on the left.
  render(
    <LangProvider initial="zh">
      <App stream={stream} announcer={announcer} />
    </LangProvider>,
    root,
  );
}
