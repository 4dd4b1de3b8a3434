import { useState } from 'preact/hooks';
import type { HallSnapshot } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';
import { KeypadEntry } from '../keypad/KeypadEntry';
import { isCompleteNumber, keypadLetters, pressKey } from '../keypad/ticket-number-entry';
import { Pictogram } from '../parts/Pictogram';
import type { Navigator } from '../route';

/** 服务评价, step one: the number on the resident's slip, typed on the kiosk's keypad. */
export function RateNumberScreen(props: { snapshot: HallSnapshot; initial: string; nav: Navigator }) {
  const { snapshot, nav } = props;
  const prefixes = [...new Set(snapshot.services.map((s) => s.prefix.toUpperCase()))];
  const [entry, setEntry] = useState(props.initial);
  const complete = isCompleteNumber(entry, prefixes);
  const next = (): void => {
    if (!complete) return;
    nav.replace({ screen: 'rate', number: entry });
    nav.push({ screen: 'rate-code', number: entry, code: '' });
  };
  return (
    <section class="screen rate-screen" data-testid="rate-screen">
      <h2 class="screen-title with-icon">
        <Pictogram name="rate" size={60} />
        <Text k="kiosk.rate.title" />
      </h2>
      <KeypadEntry entry={entry} setEntry={setEntry} press={(e, k) => pressKey(e, k, prefixes)} letters={keypadLetters(prefixes)}
        complete={complete} onNext={next} prompt="kiosk.rate.numberPrompt" hint="kiosk.rate.numberHint" testId="rate-number" />
    </section>
  );
}
