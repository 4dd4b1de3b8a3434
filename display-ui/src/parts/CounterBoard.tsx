import type { CounterView } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';
import { PagedList } from './PagedList';

/** Every open or paused window with the number it holds; closed windows are left out. Pages take turns when they do not all fit. */
export function CounterBoard(props: { counters: CounterView[]; now: number; columns: number }) {
  const shown = props.counters.filter((c) => c.status !== 'closed').sort((a, b) => a.id - b.id);
  return (
    <PagedList
      class="counter-board"
      title={<h2 class="board-title counter-board-title"><Text k="display.counters.title" bilingual /></h2>}
      items={shown}
      keyOf={(c) => c.id}
      render={(counter) => <CounterCell counter={counter} />}
      rowPx={52}
      gapPx={8}
      columns={props.columns}
      rotate
      now={props.now}
      testid="counter-board"
    />
  );
}

function CounterCell(props: { counter: CounterView }) {
  const { counter } = props;
  return (
    <div class={`counter-cell counter-${counter.status}`} data-counter={counter.id}>
      <span class="counter-cell-name">
        <Text k="counter.name" vars={{ n: counter.id }} />
      </span>
      <span class="counter-cell-state">
        {counter.status === 'paused' ? (
          <Text k="display.counters.paused" />
        ) : counter.currentNumber ? (
          <span class="counter-cell-number">{counter.currentNumber}</span>
        ) : (
          <Text k="display.counters.idle" />
        )}
      </span>
    </div>
  );
}
