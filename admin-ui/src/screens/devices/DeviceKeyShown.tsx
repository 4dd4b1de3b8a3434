/**
 * A device's new key, shown this once: the URL the device opens (its page with the key), large and
 * copyable, and the same URL as a QR code to scan with the device itself. Drawn in the browser from the
 * URL: the key never travels again.
 */
import type { DeviceWithKey } from '../../../../protocol/admin';
import { useLang } from '../../../../ui-kit/i18n';
import { QrCode } from '../../../../ui-kit/QrCode';
import { SecretBox } from '../../kit/SecretBox';

export function DeviceKeyShown(props: { intro: string; issued: DeviceWithKey; onDone: () => void }) {
  const { t } = useLang();
  return (
    <SecretBox intro={props.intro} secret={props.issued.url} onDone={props.onDone}>
      <div class="device-qr" data-testid="device-qr">
        <QrCode text={props.issued.url} label={t('admin.devices.qr')} size={240} />
      </div>
    </SecretBox>
  );
}
