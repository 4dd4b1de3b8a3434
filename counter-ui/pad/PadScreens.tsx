import type { CounterView } from '../../protocol/views';
import { Text } from '../../ui-kit/i18n';
import { usePadFlow, type SendRating } from './use-pad-flow';
import { AskPanel } from './AskPanel';
import { ThanksPanel } from './ThanksPanel';
import { WelcomePanel } from './WelcomePanel';
import { StaffBadge } from './StaffBadge';

/** The window bar on top, and below it whichever of welcome, rating or thank-you the flow is at. */
export function PadScreens(props: { counterId: number | null; counter: CounterView | null; online: boolean; send: SendRating }) {
  const { counter, counterId } = props;
  const pad = usePadFlow(counter, props.send);
  const screen = pad.flow.screen;
  return (
    <div class="pad">
      <header class="pad-bar">
        {counterId !== null ? (
          <span class="pad-window" data-testid="pad-window">
            <Text k="counter.name" vars={{ n: counterId }} bilingual />
          </span>
        ) : null}
        {/* The welcome shows the large card with the photo; every other screen keeps them in the bar. */}
        {counter?.staffName && (screen.kind !== 'idle' || !counter.staffPhoto) ? (
          <StaffBadge name={counter.staffName} number={counter.staffNumber} photo={counter.staffPhoto} />
        ) : null}
        {!props.online ? (
          <span class="pad-offline" role="status" data-testid="pad-offline">
            <span class="pad-offline-sign" aria-hidden="true">!</span>
            <Text k="conn.offline" />
          </span>
        ) : null}
      </header>
      <main class="pad-main">
        {screen.kind === 'asking' || screen.kind === 'sending' ? (
          <AskPanel screen={screen} onLevel={pad.choose} onReason={pad.toggle} onSubmit={pad.submit} />
        ) : screen.kind === 'thanks' ? (
          <ThanksPanel level={screen.level} />
        ) : (
          <WelcomePanel counter={counter} />
        )}
      </main>
    </div>
  );
}
