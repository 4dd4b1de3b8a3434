/**
 * The opening hours and ticket limits (限号) of one service, saved with service.setHours. Embeddable:
 * the service form links or places `<HoursEditor serviceId=… />` beside itself (it is its own form, so
 * it must not sit inside another <form>). Ranges are checked with the command's schema before sending,
 * so an overlap or a range that ends before it starts is named on its own input.
 */
import { useState } from 'preact/hooks';
import { WEEKDAYS, type OpeningHoursText } from '../../../../protocol/hours';
import type { ServiceHoursView } from '../../../../protocol/hours';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { NumberField, ProblemText } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { hoursDayKey } from '../../kit/weekdays';
import { useCommandForm, type CommandForm } from '../../kit/use-command-form';
import { addRange, copyMonday, defaultHours, removeRange, setRange, setStartsOn, withSeasons, withoutSeasons } from './hours-model';
import { useFormFor } from '../../kit/use-form-for';

type Form = CommandForm<'service.setHours'>;

function valuesOf(view: ServiceHoursView) {
  return { serviceId: view.serviceId, hours: view.hours, dailyLimit: view.dailyLimit, morningLimit: view.morningLimit,
    afternoonLimit: view.afternoonLimit };
}

export function HoursEditor(props: { serviceId: string; onSaved?: (view: ServiceHoursView) => void }) {
  const { canEdit } = useConsole();
  const read = useCommand('service.hours', { serviceId: props.serviceId });
  const form = useCommandForm('service.setHours', { serviceId: props.serviceId });
  const [hours, setHoursState] = useState<OpeningHoursText | null>(null);
  const [saved, setSaved] = useState(false);
  const view = useFormFor(read.data, form, (v) => {
    setHoursState(v.hours);
    return valuesOf(v);
  });

  const change = (next: OpeningHoursText | null): void => {
    setHoursState(next);
    form.set('hours', next);
    setSaved(false);
  };

  if (!view) return <section class="hours-editor">{loadStatus(read)}</section>;
  return (
    <section class="hours-editor" data-testid={`hours-editor-${props.serviceId}`}>
      <FormShell form={form} readOnly={!canEdit} testid="hours-form"
        onDone={(answer) => {
          setSaved(true);
          props.onSaved?.(answer);
          read.reload();
        }}>
        <HoursPart form={form} hours={hours} readOnly={!canEdit} onChange={change} />
        <NumberField form={form} name="dailyLimit" label="admin.hours.dailyLimit" hint="admin.hours.noLimit" nullable readOnly={!canEdit} />
        <span />
        <NumberField form={form} name="morningLimit" label="admin.hours.morningLimit" hint="admin.hours.halfDayHint" nullable
          readOnly={!canEdit} />
        <NumberField form={form} name="afternoonLimit" label="admin.hours.afternoonLimit" hint="admin.hours.noLimit" nullable
          readOnly={!canEdit} />
      </FormShell>
      {saved && !form.problem ? <p class="ok-note" role="status" data-testid="hours-saved"><Text k="admin.hours.saved" /></p> : null}
    </section>
  );
}

function HoursPart(props: { form: Form; hours: OpeningHoursText | null; readOnly: boolean; onChange: (h: OpeningHoursText | null) => void }) {
  const { t } = useLang();
  const { hours, onChange, readOnly } = props;
  props.form.claim('hours');
  return (
    <div class="form-field wide hours-part">
      <div class="choice-row" role="radiogroup" aria-label={t('admin.hours.title')}>
        <label class="check">
          <input type="radio" name="hours-mode" data-testid="hours-all-day" checked={hours === null} disabled={readOnly}
            onChange={() => onChange(null)} />
          {t('admin.hours.allDay')}
        </label>
        <label class="check">
          <input type="radio" name="hours-mode" data-testid="hours-set" checked={hours !== null} disabled={readOnly}
            onChange={() => onChange(hours ?? defaultHours())} />
          {t('admin.hours.setHours')}
        </label>
        {hours ? (
          <>
            <span class="choice-gap" />
            <label class="check">
              <input type="radio" name="hours-seasons" data-testid="hours-single" checked={hours.timetables.length === 1}
                disabled={readOnly} onChange={() => onChange(withoutSeasons(hours))} />
              {t('admin.hours.single')}
            </label>
            <label class="check">
              <input type="radio" name="hours-seasons" data-testid="hours-seasons" checked={hours.timetables.length === 2}
                disabled={readOnly} onChange={() => onChange(withSeasons(hours))} />
              {t('admin.hours.seasons')}
            </label>
          </>
        ) : null}
      </div>
      <ProblemText problem={props.form.problemAt('hours')} testid="problem-hours" />
      {hours?.timetables.length === 2 ? <p class="form-hint">{t('admin.hours.seasonsHint')}</p> : null}
      {hours?.timetables.map((table, ti) => (
        <fieldset class="timetable" key={ti} data-testid={`timetable-${ti}`}>
          <legend>
            {hours.timetables.length === 2 ? t('admin.hours.timetableFrom', { n: ti + 1, from: table.startsOn }) : t('admin.hours.single')}
          </legend>
          {hours.timetables.length === 2 ? (
            <StartsOn form={props.form} table={ti} value={table.startsOn} readOnly={readOnly}
              onInput={(v) => onChange(setStartsOn(hours, ti, v))} />
          ) : null}
          <table class="week-table">
            <tbody>
              {WEEKDAYS.map((dayName, d) => (
                <tr key={dayName}>
                  <th scope="row">{t(hoursDayKey(d))}</th>
                  <td>
                    <div class="ranges">
                      {(table.week[d] ?? []).length === 0 ? <span class="closed-word">{t('admin.hours.closed')}</span> : null}
                      {(table.week[d] ?? []).map((range, ri) => {
                        const path = `hours.timetables.${ti}.week.${d}.${ri}`;
                        props.form.claim(path);
                        const problem = props.form.problemAt(path);
                        return (
                          <span class={`range ${problem ? 'has-problem' : ''}`} key={ri}>
                            <input value={range} data-testid={`range-${ti}-${d}-${ri}`} readOnly={readOnly} size={11}
                              aria-label={`${t(hoursDayKey(d))} ${ri + 1}`} aria-invalid={problem ? true : undefined}
                              onInput={(e) => onChange(setRange(hours, ti, d, ri, e.currentTarget.value))} />
                            {readOnly ? null : (
                              <button type="button" class="link-button" onClick={() => onChange(removeRange(hours, ti, d, ri))}>
                                {t('admin.hours.removeRange')}
                              </button>
                            )}
                            <ProblemText problem={problem} testid={`problem-${path}`} />
                          </span>
                        );
                      })}
                      {readOnly ? null : (
                        <button type="button" class="plain-button small" data-testid={`add-range-${ti}-${d}`}
                          onClick={() => onChange(addRange(hours, ti, d))}>
                          {t('admin.hours.addRange')}
                        </button>
                      )}
                      {d === 0 && !readOnly ? (
                        <button type="button" class="plain-button small" onClick={() => onChange(copyMonday(hours, ti))}>
                          {t('admin.hours.copyMonday')}
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="form-hint">{t('admin.hours.rangeHint')}</p>
        </fieldset>
      ))}
    </div>
  );
}

function StartsOn(props: { form: Form; table: number; value: string; readOnly: boolean; onInput: (v: string) => void }) {
  const { t } = useLang();
  const path = `hours.timetables.${props.table}.startsOn`;
  props.form.claim(path);
  return (
    <label class="starts-on">
      <span class="form-label">{t('admin.hours.startsOn')}</span>
      <input value={props.value} size={6} readOnly={props.readOnly} data-testid={`starts-on-${props.table}`}
        onInput={(e) => props.onInput(e.currentTarget.value)} />
      <ProblemText problem={props.form.problemAt(path)} />
    </label>
  );
}
