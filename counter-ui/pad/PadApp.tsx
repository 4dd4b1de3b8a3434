import { useEffect } from 'preact/hooks';
import { DemoBanner } from '../../ui-kit/DemoBanner';
import type { HallStream } from '../../protocol/client/hall-stream';
import type { UiKey } from '../../protocol/catalog/ui-lookup';
import { outcomeOf } from '../../ui-kit/command-outcome';
import { Text, useLang } from '../../ui-kit/i18n';
import { useSource } from '../../ui-kit/use-source';
import { usePadIdentity } from './use-pad-identity';
import { SetupNotice } from '../../ui-kit/device-setup/SetupNotice';
import { deviceProblemOf, refusalProblem } from '../../ui-kit/device-setup/device-problem';
import { PadScreens } from './PadScreens';
import { OfflineSince } from '../../ui-kit/device-setup/OfflineSince';

/**
 * The rating pad: a device key (from ?key= once, then kept), the hall stream opened with it, and the
 * counter the key is bound to. Anything wrong with the key is said on screen for the admin to fix.
 */
export function PadApp(props: { deviceKey: string | null; stream: HallStream | null }) {
  const { t } = useLang();
  useEffect(() => {
    document.title = t('pad.title');
  }, [t]);
  if (!props.deviceKey || !props.stream) return <SetupNotice page="rating-pad" problem={{ kind: 'no-key' }} />;
  return <PadWithKey deviceKey={props.deviceKey} stream={props.stream} />;
}

function PadWithKey(props: { deviceKey: string; stream: HallStream }) {
  const { stream } = props;
  const hall = useSource(stream);
  const identity = usePadIdentity(props.deviceKey);
  // The key is judged twice (its identity over HTTP, its stream's handshake): either refusal is shown.
  const problem = refusalProblem(identity?.kind === 'refused' ? identity.code : null) ?? deviceProblemOf('rating-pad', hall);
  if (problem) return <SetupNotice page="rating-pad" problem={problem} />;
  if (identity?.kind === 'other-device') return <SetupNotice page="rating-pad" problem={{ kind: 'wrong-kind', actual: identity.deviceKind }} />;
  if (identity?.kind === 'not-bound') return <SetupProblem k="pad.setup.notBound" />;
  const counterId = identity?.kind === 'pad' ? identity.counterId : null;
  const counter = counterId !== null ? (hall.snapshot?.counters.find((c) => c.id === counterId) ?? null) : null;
  return (
    <>
      <DemoBanner hall={hall.snapshot?.hall} />
      <OfflineSince status={hall.status} class="offline-since-banner" />
      <PadScreens
        counterId={counterId}
        counter={counter}
        online={hall.status === 'online'}
        send={(input) => outcomeOf(stream.send('ticket.rate', input))}
      />
    </>
  );
}

function SetupProblem(props: { k: UiKey }) {
  return (
    <main class="pad-setup" data-testid="pad-setup">
      <p class="error-note" role="alert">
        <span class="error-sign" aria-hidden="true">!</span>
        <Text k={props.k} bilingual />
      </p>
    </main>
  );
}
