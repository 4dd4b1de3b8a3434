import { render } from 'preact';
import '../../ui-kit/base.css';
import './pad.css';
import '../../ui-kit/device-setup/setup.css';
import { createHallStream } from '../../protocol/client/hall-stream';
import { takeDeviceKey } from '../../ui-kit/device-key';
import { LangProvider } from '../../ui-kit/i18n';
import { PadApp } from './PadApp';

const deviceKey = takeDeviceKey();
const stream = deviceKey ? createHallStream({ auth: { deviceKey } }) : null;
const root = document.getElementById('app');
if (root) {
  // Residents read the pad without choosing a language: labels stand in both scripts (`bilingual`).
  render(
    <LangProvider initial="zh" mnTextsFrom={stream}>
      <PadApp deviceKey={deviceKey} stream={stream} />
    </LangProvider>,
    root,
  );
}
