import { render } from 'preact';
import '../../ui-kit/base.css';
import './styles/frame.css';
import './styles/home.css';
import './styles/service.css';
import './styles/ticket.css';
import './styles/guide.css';
import './styles/feedback.css';
import './styles/overlay.css';
import { createHallStream } from '../../protocol/client/hall-stream';
import { takeDeviceKey } from '../../ui-kit/device-key';
import { LangProvider } from '../../ui-kit/i18n';
import { App } from './App';
import { watchTicketPrints } from './print-results';

// Only tap and scroll: a long press must not open a menu a resident cannot leave.
window.addEventListener('contextmenu', (event) => event.preventDefault());

const deviceKey = takeDeviceKey();
const stream = createHallStream({ auth: deviceKey ? { deviceKey } : {} });
const ticketPrints = watchTicketPrints(stream.socket);
const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider>
      <App stream={stream} ticketPrints={ticketPrints} />
    </LangProvider>,
    root,
  );
}
