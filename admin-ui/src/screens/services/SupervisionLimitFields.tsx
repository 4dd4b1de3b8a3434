/**
 * A service's 电子监察 limits, in minutes: when its waits and services turn the live board yellow and red,
 * and how long a counter may stand idle while someone waits for it before supervisors are alerted. Left
 * empty on a new service, the server's defaults apply.
 */
import type { CommandName } from '../../../../protocol/commands';
import { Text } from '../../../../ui-kit/i18n';
import { NumberField } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';

export function SupervisionLimitFields<N extends CommandName>(props: { form: CommandForm<N>; readOnly: boolean }) {
  const { form, readOnly } = props;
  return (
    <>
      <div class="form-field wide limits-head" data-testid="service-limits">
        <span class="form-label"><Text k="admin.services.limits" /></span>
        <span class="form-hint"><Text k="admin.services.limitsHint" /></span>
      </div>
      <NumberField form={form} name="waitYellowMinutes" label="admin.services.waitYellowMinutes" readOnly={readOnly} />
      <NumberField form={form} name="waitRedMinutes" label="admin.services.waitRedMinutes" readOnly={readOnly} />
      <NumberField form={form} name="serviceYellowMinutes" label="admin.services.serviceYellowMinutes" readOnly={readOnly} />
      <NumberField form={form} name="serviceRedMinutes" label="admin.services.serviceRedMinutes" readOnly={readOnly} />
      <NumberField form={form} name="idleAlertMinutes" label="admin.services.idleAlertMinutes" hint="admin.services.idleAlertHint"
        readOnly={readOnly} />
    </>
  );
}
