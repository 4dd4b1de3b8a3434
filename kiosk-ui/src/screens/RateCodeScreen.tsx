import { useState } from 'preact/hooks';
import { Text } from '../../../ui-kit/i18n';
import { Keypad } from '../keypad/Keypad';
import { deleteKey } from '../keypad/ticket-number-entry';
import { isCompleteCode, pressCodeKey } from '../keypad/rating-code-entry';
import { Pictogram } from '../parts/Pictogram';
import { ScreenTitle } from '../parts/ScreenTitle';
import type { Navigator } from '../route';

/**
 * 服务评价, step two: the six-digit rating code printed under the QR on the resident's slip. Only the
 * holder of the slip can read it, so nobody rates a ticket by guessing its number.
 */
export function RateCodeScreen(props: { number: string; initial: string; nav: Navigator }) {
  const { number, nav } = props;
  const [entry, setEntry] = useState(props.initial);
  const complete = isCompleteCode(entry);
  const next = (): void => {
    if (!complete) return;
    nav.replace({ screen: 'rate-code', number, code: entry });
    nav.push({ screen: 'rate-level', number, code: entry });
  };
  return (
    <section class="screen rate-screen" data-testid="rate-code-screen">
      <ScreenTitle icon="rate" kicker="kiosk.rate.title">
        <Text k="kiosk.rate.ticket" vars={{ number }} />
      </ScreenTitle>
      <div class="entry-layout">
        <div class="entry-side">
          <p class="screen-prompt">
            <Text k="kiosk.rate.codePrompt" />
          </p>
          <p class={`entry-display ${entry ? '' : 'entry-empty'}`} data-testid="rate-code" aria-live="polite">
            {entry || <Text k="kiosk.rate.numberEmpty" />}
          </p>
          <p class="hint">
            <Text k="kiosk.rate.codeHint" />
          </p>
        </div>
        <Keypad
          letters={[]}
          accepts={(k) => pressCodeKey(entry, k) !== entry}
          onKey={(k) => setEntry((e) => pressCodeKey(e, k))}
          onDelete={() => setEntry(deleteKey)}
          canDelete={entry.length > 0}
        />
        <div class="entry-actions">
          <button type="button" class="big-button entry-submit" data-testid="rate-code-submit" disabled={!complete} onClick={next}>
            <Text k="kiosk.rate.numberNext" />
            <Pictogram name="forward" size={48} strokeWidth={5} />
          </button>
          <p class="hint">
            <Text k="kiosk.rate.scanHint" />
          </p>
        </div>
      </div>
    </section>
  );
}
