import { render } from 'preact';
import '../../ui-kit/base.css';
import './kiosk.css';
import { createHallStream } from '../../protocol/client/hall-stream';
import { takeDeviceKey } from '../../ui-kit/device-key';
import { LangProvider } from '../../ui-kit/i18n';
import { App } from './App';

const deviceKey = takeDeviceKey();
const stream = createHallStream({ auth: deviceKey ? { deviceKey } : {} });
const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider>
      <App stream={stream} />
    </LangProvider>,
    root,
  );
}
