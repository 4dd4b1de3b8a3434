import type { CounterView } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';

/** Every open or paused window with what it is doing; closed windows are left out to save room. */
export function CounterBoard(props: { counters: CounterView[] }) {
  const shown = props.counters.filter((c) => c.status !== 'closed').sort((a, b) => a.id - b.id);
  return (
    <div class="counter-board">
      <h2 class="board-title counter-board-title">
        <Text k="display.counters.title" bilingual />
      </h2>
      <ul class="counter-cells">
        {shown.map((counter) => (
          <li key={counter.id} class={`counter-cell counter-${counter.status}`}>
            <span class="counter-cell-name">
              <Text k="counter.name" vars={{ n: counter.id }} />
            </span>
            <span class="counter-cell-state">
              {counter.status === 'paused' ? (
                <Text k="counter.status.paused" />
              ) : counter.currentNumber ? (
                <>
                  <span class="counter-cell-number">{counter.currentNumber}</span>{' '}
                  <Text k={counter.currentStatus === 'serving' ? 'status.serving' : 'status.called'} />
                </>
              ) : (
                <Text k="display.counters.idle" />
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
