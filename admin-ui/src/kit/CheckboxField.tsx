/** A yes/no field (enabled, offered): a checkbox with its label, a hint and the field's problem below. */
import type { CommandName } from '../../../protocol/commands';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { useLang } from '../../../ui-kit/i18n';
import { ProblemText } from './fields';
import type { CommandForm } from './use-command-form';
import './CheckboxField.css';

export function CheckboxField<N extends CommandName>(props: { form: CommandForm<N>; name: string; label: UiKey; hint?: UiKey;
  readOnly?: boolean }) {
  const { t } = useLang();
  const { form, name } = props;
  form.claim(name);
  const problem = form.problemAt(name);
  return (
    <div class={`form-field checkbox-field ${problem ? 'has-problem' : ''}`} data-field={name}>
      <label class="check">
        <input type="checkbox" name={name} data-testid={`field-${name}`} checked={form.values[name] === true}
          disabled={props.readOnly} onChange={(e) => form.set(name, e.currentTarget.checked)} />
        <span class="form-label">{t(props.label)}</span>
      </label>
      {props.hint ? <span class="form-hint">{t(props.hint)}</span> : null}
      <ProblemText problem={problem} testid={`problem-${name}`} />
    </div>
  );
}
