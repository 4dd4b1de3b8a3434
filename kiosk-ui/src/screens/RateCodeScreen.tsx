import { useState } from 'preact/hooks';
import { Text } from '../../../ui-kit/i18n';
import { KeypadEntry } from '../keypad/KeypadEntry';
import { isCompleteCode, pressCodeKey } from '../keypad/rating-code-entry';
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
      <KeypadEntry entry={entry} setEntry={setEntry} press={pressCodeKey} letters={[]} complete={complete} onNext={next}
        prompt="kiosk.rate.codePrompt" hint="kiosk.rate.codeHint" testId="rate-code" />
    </section>
  );
}
