import type { UiKey } from '../../protocol/catalog/ui-lookup';
import { tr } from '../../protocol/catalog/ui-lookup';
import type { Lang } from '../../protocol/catalog';
import type { DeviceKind } from '../../protocol/views';
import { Text } from '../i18n';
import type { DeviceProblem } from './device-problem';

const TITLE: Record<DeviceProblem['kind'], UiKey> = {
  'no-key': 'setup.noKey.title',
  'key-unknown': 'setup.keyUnknown.title',
  'key-revoked': 'setup.keyRevoked.title',
  'wrong-kind': 'setup.wrongKind.title',
};
const FIX: Record<DeviceProblem['kind'], UiKey> = {
  'no-key': 'setup.noKey.fix',
  'key-unknown': 'setup.keyUnknown.fix',
  'key-revoked': 'setup.keyRevoked.fix',
  'wrong-kind': 'setup.wrongKind.fix',
};
const KIND: Record<DeviceKind, UiKey> = {
  kiosk: 'setup.kind.kiosk',
  display: 'setup.kind.display',
  'rating-pad': 'setup.kind.rating-pad',
};

/**
 * The whole screen of a device that cannot work as set up: what is wrong, in plain words in both
 * scripts, a line for residents (ask the staff), and for the technician the steps on the console's
 * 「设备」screen and the console's address on this very server.
 */
export function SetupNotice(props: { page: DeviceKind; problem: DeviceProblem }) {
  const { page, problem } = props;
  const kinds = (lang: Lang) => ({
    kind: tr(KIND[page], lang),
    actual: problem.kind === 'wrong-kind' ? tr(KIND[problem.actual], lang) : '',
  });
  return (
    <main class="setup-notice" role="alert" data-testid="setup-notice" data-problem={problem.kind}>
      <p class="setup-sign" aria-hidden="true">!</p>
      <h1 class="setup-title">
        <Text k={TITLE[problem.kind]} bilingual />
      </h1>
      <p class="setup-resident">
        <Text k="setup.resident" bilingual />
      </p>
      <section class="setup-technician">
        <h2 class="setup-technician-head">
          <Text k="setup.forTechnician" bilingual />
        </h2>
        <p class="setup-fix" data-testid="setup-fix">
          <Text k={FIX[problem.kind]} varsOf={kinds} bilingual />
        </p>
        <p class="setup-console">
          <Text k="setup.console" vars={{ url: `${window.location.origin}/admin/#/devices` }} bilingual />
        </p>
      </section>
    </main>
  );
}
