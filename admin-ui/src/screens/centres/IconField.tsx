/** The centre's icon, picked by its picture (the ones ui-kit/CentreIcon draws), bound to the form's `icon`. */
import type { CommandName } from '../../../../protocol/commands';
import { CENTRE_ICONS } from '../../../../protocol/structure';
import { CentreIcon } from '../../../../ui-kit/CentreIcon';
import { useLang } from '../../../../ui-kit/i18n';
import { FieldFrame } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';

export function IconField<N extends CommandName>(props: { form: CommandForm<N>; readOnly: boolean }) {
  const { t } = useLang();
  const { form } = props;
  return (
    <FieldFrame form={form} path="icon" label="admin.centres.icon" group wide>
      <span class="icon-choices">
        {CENTRE_ICONS.map((icon) => (
          <button key={icon} type="button" class={`icon-choice ${form.values.icon === icon ? 'chosen' : ''}`}
            data-testid={`icon-${icon}`} aria-pressed={form.values.icon === icon} disabled={props.readOnly}
            onClick={() => form.set('icon', icon)}>
            <CentreIcon icon={icon} size={36} />
            {t(`admin.centres.icon.${icon}`)}
          </button>
        ))}
      </span>
    </FieldFrame>
  );
}
