/**
 * The services a counter serves, in its order (counter_services.position): move one up or down, take it
 * out, add another from any centre. A problem the server or the schema names on one of them
 * (`serviceIds.2`: unknown, or listed twice) shows on its row.
 */
import type { CommandName } from '../../../../protocol/commands';
import type { ServiceAdminView } from '../../../../protocol/structure';
import { useState } from 'preact/hooks';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { FieldFrame, ProblemText } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';
import { nameOf, type Named } from '../structure/names';
import { moved, without } from './order';

export function ServiceOrderField<N extends CommandName>(props: { form: CommandForm<N>; services: readonly ServiceAdminView[];
  centres: readonly Named[]; readOnly: boolean }) {
  const { t } = useLang();
  const { form, services, readOnly } = props;
  const raw = form.values.serviceIds;
  const ids: string[] = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
  const [adding, setAdding] = useState('');
  const addable = services.filter((s) => !ids.includes(s.id));
  ids.forEach((_, i) => form.claim(`serviceIds.${i}`));
  return (
    <FieldFrame form={form} path="serviceIds" label="admin.counters.services" hint="admin.counters.servicesHint" group wide>
      {ids.length === 0 ? <p class="muted"><Text k="admin.counters.noServices" /></p> : (
        <ol class="service-order" data-testid="service-order">
          {ids.map((id, i) => (
            <li key={id} data-testid={`order-${id}`}>
              <span class="position">{i + 1}</span>
              <span>{nameOf(services, id)}</span>
              {readOnly ? <span /> : (
                <span class="row-actions">
                  <button type="button" class="plain-button small" data-testid={`up-${id}`} disabled={i === 0}
                    aria-label={t('admin.counters.up')} onClick={() => form.set('serviceIds', moved(ids, i, -1))}>↑ {t('admin.counters.up')}</button>
                  <button type="button" class="plain-button small" data-testid={`down-${id}`} disabled={i === ids.length - 1}
                    aria-label={t('admin.counters.down')} onClick={() => form.set('serviceIds', moved(ids, i, 1))}>↓ {t('admin.counters.down')}</button>
                  <button type="button" class="plain-button small" data-testid={`drop-${id}`}
                    onClick={() => form.set('serviceIds', without(ids, i))}>{t('admin.counters.drop')}</button>
                </span>
              )}
              <ProblemText problem={form.problemAt(`serviceIds.${i}`)} testid={`problem-serviceIds.${i}`} />
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <span class="add-service">
          <select data-testid="add-service-choice" aria-label={t('admin.counters.pickService')} value={adding}
            onChange={(e) => setAdding(e.currentTarget.value)}>
            <option value="">{t('admin.counters.pickService')}</option>
            {props.centres.map((c) => (
              <optgroup key={c.id} label={c.name}>
                {addable.filter((s) => s.centreId === c.id).map((s) => <option key={s.id} value={s.id}>{s.prefix} · {s.name}</option>)}
              </optgroup>
            ))}
          </select>
          <button type="button" class="plain-button" data-testid="add-service" disabled={adding === ''}
            onClick={() => {
              form.set('serviceIds', [...ids, adding]);
              setAdding('');
            }}>
            <Text k="admin.counters.addService" />
          </button>
        </span>
      )}
    </FieldFrame>
  );
}
