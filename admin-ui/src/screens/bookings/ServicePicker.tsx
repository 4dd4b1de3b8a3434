/** A service chosen from the hall's services, grouped by centre (the booking screens' filter and forms). */
import type { UiKey } from '../../../../protocol/catalog/ui-lookup';
import { useLang } from '../../../../ui-kit/i18n';
import { useHall } from '../../kit/console';

/** `bare`: the select alone, for a form field that labels it itself. */
export function ServicePicker(props: { value: string; label: UiKey; empty: UiKey; testid: string; onPick: (serviceId: string) => void;
  bare?: boolean }) {
  const { t } = useLang();
  const snapshot = useHall().snapshot;
  const services = snapshot?.services ?? [];
  const select = (
    <select data-testid={props.testid} value={props.value} onChange={(e) => props.onPick(e.currentTarget.value)}>
      <option value="">{t(props.empty)}</option>
      {(snapshot?.centres ?? []).map((c) => (
        <optgroup key={c.id} label={c.name}>
          {services.filter((s) => s.centreId === c.id).map((s) => <option key={s.id} value={s.id}>{s.prefix} · {s.name}</option>)}
        </optgroup>
      ))}
    </select>
  );
  if (props.bare) return select;
  return (
    <label class="inline-field">
      <span class="form-label">{t(props.label)}</span>
      {select}
    </label>
  );
}
