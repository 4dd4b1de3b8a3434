/**
 * The state of a matter with what it needs: a choice among the states allowed (radio buttons: arrows move,
 * Space picks), the guide's materials to tick for a 补正 and a box for others, the reason of a 不予受理.
 */
import type { MatterState } from '../../../../protocol/matters';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { togglePicked, type StateForm } from './matter-form';

export function StateFields(props: {
  idPrefix: string;
  states: readonly MatterState[];
  form: StateForm;
  guideMaterials: string[];
  problem: 'materials' | 'reason' | null;
  disabled: boolean;
  onChange: (form: StateForm) => void;
}) {
  const { t } = useLang();
  const { form, idPrefix } = props;
  return (
    <>
      <fieldset class="matter-states" disabled={props.disabled}>
        <legend><Text k="desk.matter.state" /></legend>
        {props.states.map((state) => (
          <label key={state} class="matter-state-choice">
            <input type="radio" name={`${idPrefix}-state`} value={state} checked={form.state === state}
              data-testid={`${idPrefix}-state-${state}`} onChange={() => props.onChange({ ...form, state })} />
            {t(`phone.matter.state.${state}`)}
          </label>
        ))}
      </fieldset>
      {form.state === 'correction' ? (
        <fieldset class="matter-materials-pick" disabled={props.disabled} aria-invalid={props.problem === 'materials'}>
          <legend><Text k="desk.matter.materials" /></legend>
          {props.guideMaterials.length === 0 ? <p class="panel-empty"><Text k="desk.matter.noGuideMaterials" /></p> : null}
          {props.guideMaterials.map((name, i) => (
            <label key={name} class="matter-material-choice">
              <input type="checkbox" checked={form.picked.includes(name)} data-testid={`${idPrefix}-material-${i}`}
                onChange={() => props.onChange(togglePicked(form, name))} />
              {name}
            </label>
          ))}
          <label class="field">
            <span><Text k="desk.matter.materialsOther" /></span>
            <textarea rows={3} value={form.other} data-testid={`${idPrefix}-materials-other`}
              onInput={(e) => props.onChange({ ...form, other: e.currentTarget.value })} />
          </label>
          {props.problem === 'materials' ? <p class="error-note" role="alert"><Text k="desk.matter.materialsNeeded" /></p> : null}
        </fieldset>
      ) : null}
      {form.state === 'rejected' ? (
        <label class="field">
          <span><Text k="desk.matter.reason" /></span>
          <textarea rows={3} maxLength={300} value={form.reason} data-testid={`${idPrefix}-reason`} disabled={props.disabled}
            aria-invalid={props.problem === 'reason'} onInput={(e) => props.onChange({ ...form, reason: e.currentTarget.value })} />
          {props.problem === 'reason' ? <p class="error-note" role="alert"><Text k="desk.matter.reasonNeeded" /></p> : null}
        </label>
      ) : null}
    </>
  );
}
