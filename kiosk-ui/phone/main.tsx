import { render } from 'preact';
import '../../ui-kit/base.css';
import './phone.css';
import './matter.css';
import { createTicketWatch } from '../../protocol/client/ticket-watch';
import { watchMnTexts } from '../../protocol/client/mn-text-watch';
import { LangProvider } from '../../ui-kit/i18n';
import { createCallSound } from './call-sound';
import { PhonePage } from './PhonePage';
import { tokenFromPath } from './token';

const token = tokenFromPath(window.location.pathname);
const watch = token ? createTicketWatch({ token }) : null;
const sound = watch ? createCallSound() : null;
const mnTexts = watch ? watchMnTexts(watch.socket) : null;
if (watch) {
  // A phone asleep in a pocket misses pushes; ask again as soon as the page is looked at.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') watch.refresh();
  });
}
if (sound) {
  // Any tap on the page counts as permission to sound (silently; the button also plays a test tone).
  const unlockQuietly = (event: Event): void => {
    // The sound button unlocks with its test tone itself; unlocking here first would swap the button
    // away under the finger before its click arrives.
    if (event.target instanceof Element && event.target.closest('[data-testid="phone-sound-enable"]')) return;
    if (sound.state === 'locked') void sound.unlock(false);
  };
  document.addEventListener('pointerdown', unlockQuietly, { passive: true });
  document.addEventListener('keydown', unlockQuietly);
}
const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider mnTextsFrom={mnTexts} remember>
      <PhonePage watch={watch} sound={sound} />
    </LangProvider>,
    root,
  );
}
