/**
 * In the console's header for supervisors and admins, whichever screen is open: how many alerts wait
 * for acknowledgement (a link to 电子监察), and a chime for each new one. The first click anywhere on
 * the page lets the browser sound it.
 */
import { useEffect } from 'preact/hooks';
import { useLang } from '../../../../ui-kit/i18n';
import { useSource } from '../../../../ui-kit/use-source';
import { useSupervision } from './use-supervision';
import { alertSound } from './sound-store';

export function AlertBell() {
  const { t } = useLang();
  const { feed, state } = useSupervision();
  const sound = useSource(alertSound);
  useEffect(() => feed.onRaised(() => void alertSound.chime()), [feed]);
  useEffect(() => {
    const unlock = (): void => void alertSound.unlock();
    document.addEventListener('pointerdown', unlock, { once: true });
    return () => document.removeEventListener('pointerdown', unlock);
  }, []);
  const waiting = state.alerts.filter((a) => a.acknowledgedAt === null).length;
  return (
    <a href="#/supervision" class={`alert-bell${waiting > 0 ? ' ringing' : ''}`} data-testid="alert-bell" data-chimes={sound.chimes}
      data-waiting={waiting}>
      {waiting > 0 ? <span aria-hidden="true">⚠ </span> : null}{t('admin.supervision.bell', { n: waiting })}
    </a>
  );
}
