/**
 * Opening hours and limits of every service (#/hours/<serviceId>): pick a service, edit it with the
 * HoursEditor the service screens embed too.
 */
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import type { ScreenProps } from '../screen';
import { HoursEditor } from './HoursEditor';

export function HoursScreen(props: ScreenProps) {
  const { t } = useLang();
  const { navigate } = useConsole();
  const snapshot = useHall().snapshot;
  const services = snapshot?.services ?? [];
  const centres = snapshot?.centres ?? [];
  const [serviceId] = props.path;
  return (
    <section class="form-page" data-testid="hours-screen">
      <header class="screen-head">
        <h1>
          <Text k="admin.hours.title" />
        </h1>
        <label class="inline-field">
          <span class="form-label">{t('admin.hours.service')}</span>
          <select data-testid="hours-service" value={serviceId ?? ''} onChange={(e) => navigate(`hours/${e.currentTarget.value}`)}>
            <option value="">{t('admin.hours.pickService')}</option>
            {centres.map((c) => (
              <optgroup key={c.id} label={c.name}>
                {services.filter((s) => s.centreId === c.id).map((s) => <option key={s.id} value={s.id}>{s.prefix} · {s.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
      </header>
      {serviceId ? <HoursEditor key={serviceId} serviceId={serviceId} /> : null}
    </section>
  );
}
