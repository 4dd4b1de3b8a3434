import { render } from 'preact';
import '../../ui-kit/base.css';
import './styles/frame.css';
import './styles/home.css';
import './styles/service.css';
import './styles/ticket.css';
import './styles/guide.css';
import './styles/feedback.css';
import './styles/check-in.css';
import './styles/overlay.css';
import './styles/idcard.css';
import '../../ui-kit/device-setup/setup.css';
import { createHallStream } from '../../protocol/client/hall-stream';
import { takeDeviceKey } from '../../ui-kit/device-key';
import { LangProvider } from '../../ui-kit/i18n';
import { DeviceGate } from '../../ui-kit/device-setup/DeviceGate';
import { App } from './App';
import { watchTicketPrints } from './print-results';
import { watchIdReadings } from './idcard/id-readings';

// Only tap and scroll: a long press must not open a menu a resident cannot leave.
window.addEventListener('contextmenu', (event) => event.preventDefault());

const deviceKey = takeDeviceKey();
// Without a key there is nothing to connect as: the gate says how to get one.
const stream = deviceKey ? createHallStream({ auth: { deviceKey } }) : null;
const ticketPrints = stream ? watchTicketPrints(stream.socket) : null;
const idReadings = stream ? watchIdReadings(stream) : null;
const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider mnTextsFrom={stream}>
      <DeviceGate page="kiosk" stream={stream}>
        {(live) => (ticketPrints && idReadings ? <App stream={live} ticketPrints={ticketPrints} idReadings={idReadings} /> : null)}
      </DeviceGate>
    </LangProvider>,
    root,
  );
}
