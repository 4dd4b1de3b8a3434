import { render } from 'preact';
import '../../ui-kit/base.css';
import './phone.css';
import { createTicketWatch } from '../../protocol/client/ticket-watch';
import { LangProvider } from '../../ui-kit/i18n';
import { PhonePage } from './PhonePage';
import { tokenFromPath } from './token';

const token = tokenFromPath(window.location.pathname);
const watch = token ? createTicketWatch({ token }) : null;
if (watch) {
  // A phone asleep in a pocket misses pushes; ask again as soon as the page is looked at.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') watch.refresh();
  });
}
const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider>
      <PhonePage watch={watch} />
    </LangProvider>,
    root,
  );
}
