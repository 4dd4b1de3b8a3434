import type { CallView } from '../../../protocol/views';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { callKey, callText } from '../announcer/phrase';

/** The call being announced (or the last one) in very large type; a new call flashes and says so. */
export function LatestCall(props: { call: CallView | null; highlighted: boolean }) {
  const { call, highlighted } = props;
  if (!call) {
    return (
      <div class="latest-call latest-empty">
        <Text k="display.noCalls" bilingual />
      </div>
    );
  }
  return (
    <div key={callKey(call)} class={`latest-call ${highlighted ? 'latest-highlight' : ''}`} aria-live="assertive">
      <div class="latest-heading">
        <Text k="display.nowCalling" bilingual />
        {highlighted ? (
          <span class="call-badge">
            <span aria-hidden="true">● </span>
            <Text k={call.recall ? 'display.recall' : 'display.newCall'} />
          </span>
        ) : null}
      </div>
      <div class="latest-main">
        <span class="latest-number" data-testid="latest-call-number">
          {call.number}
        </span>
        <span class="latest-arrow" aria-hidden="true">→</span>
        <span class="latest-counter" data-testid="latest-call-counter" data-counter={call.counterId}>
          <Text k="counter.name" vars={{ n: call.counterId }} />
        </span>
      </div>
      <p class="latest-phrase">
        <Stacked {...callText(call)} bilingual />
      </p>
    </div>
  );
}
