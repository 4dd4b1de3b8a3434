import type { CallView } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';
import { callKey } from '../announcer/phrase';

export function RecentCalls(props: { calls: CallView[] }) {
  return (
    <div class="recent-calls">
      <h2 class="board-title">
        <Text k="display.recentCalls" bilingual />
      </h2>
      <ol class="recent-list" data-testid="call-history">
        {props.calls.map((call) => (
          <li key={callKey(call)}>
            <RecentCallLine call={call} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** One earlier call: the number, its window, and 重呼 in words when it was a recall. */
export function RecentCallLine(props: { call: CallView }) {
  const { call } = props;
  return (
    <div class="recent-item" data-number={call.number} data-counter={call.counterId}>
      <span class="recent-number">{call.number}</span>
      <span class="recent-counter">
        <Text k="counter.name" vars={{ n: call.counterId }} />
      </span>
      {call.recall ? (
        <span class="recent-recall">
          <Text k="display.recall" />
        </span>
      ) : null}
    </div>
  );
}
