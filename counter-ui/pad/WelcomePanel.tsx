import type { CounterView } from '../../protocol/views';
import { Text } from '../../ui-kit/i18n';

/** The calm screen between residents: a welcome, and what the window is doing in words. */
export function WelcomePanel(props: { counter: CounterView | null }) {
  const { counter } = props;
  return (
    <section class="welcome" data-testid="pad-idle">
      <h1 class="welcome-word">
        <Text k="pad.welcome" bilingual />
      </h1>
      <p class="welcome-line">
        {counter === null ? (
          <Text k="pad.connecting" />
        ) : counter.status !== 'open' ? (
          <span class={`welcome-status welcome-status-${counter.status}`}>
            <Text k={`counter.status.${counter.status}`} bilingual />
          </span>
        ) : counter.currentNumber !== null ? (
          <span data-testid="pad-now-serving">
            <Text k="pad.nowServing" vars={{ number: counter.currentNumber }} />
          </span>
        ) : (
          <Text k="pad.welcomeHint" />
        )}
      </p>
    </section>
  );
}
