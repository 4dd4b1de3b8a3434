/**
 * The address phones reach (publicAddress of hall.updateSettings), with what the QR codes carry now and,
 * loudly, why phones could not open it: the server's answer says so as data (`phones.warning`).
 */
import type { CommandName } from '../../../../protocol/commands';
import type { PhoneAddressView } from '../../../../protocol/structure';
import { useLang } from '../../../../ui-kit/i18n';
import { TextField } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';
import './public-address.css';

export function PublicAddressField<N extends CommandName>(props: { form: CommandForm<N>; phones: PhoneAddressView; readOnly: boolean }) {
  const { t } = useLang();
  const { phones } = props;
  return (
    <>
      <TextField form={props.form} name="publicAddress" label="admin.settings.publicAddress" hint="admin.settings.publicAddressHint"
        readOnly={props.readOnly} placeholder="http://192.168.1.10:3000" wide />
      <p class="phones-now muted" data-testid="phones-now">
        {t('admin.settings.phonesNow', { url: phones.url, source: t(`admin.settings.phonesSource.${phones.source}`) })}
      </p>
      {phones.warning ? (
        <p class="phones-warning" role="alert" data-testid="phones-warning">
          <span class="error-sign" aria-hidden="true">!</span>
          {t(`admin.settings.phones.${phones.warning}`)}
        </p>
      ) : null}
    </>
  );
}

/** An empty address means "the deployment's": null, not an empty text the schema would refuse. */
export function preparePublicAddress(values: Record<string, unknown>): Record<string, unknown> {
  const address = values.publicAddress;
  return typeof address === 'string' && address.trim() === '' ? { ...values, publicAddress: null } : values;
}
