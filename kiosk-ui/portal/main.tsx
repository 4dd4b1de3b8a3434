import { render } from 'preact';
import '../../ui-kit/base.css';
import '../src/styles/guide.css';
import '../src/styles/overlay.css';
import './portal.css';
import '../phone/matter.css';
import { LangProvider } from '../../ui-kit/i18n';
import { NavigationProvider } from './navigation';
import { PortalApp } from './PortalApp';
import { createPortalStore } from './portal-store';

const store = createPortalStore();
store.refresh();
// A phone put away and taken out again shows today's numbers, not those of when the page was opened.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') store.refresh();
});
const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider mnTextsFrom={store} remember>
      <NavigationProvider>
        <PortalApp store={store} />
      </NavigationProvider>
    </LangProvider>,
    root,
  );
}
