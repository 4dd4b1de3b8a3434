import { useState } from 'preact/hooks';
import type { HallSnapshot } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';
import { Keypad } from '../keypad/Keypad';
import { deleteKey, isCompleteNumber, keypadLetters, pressKey } from '../keypad/ticket-number-entry';
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
      <div class="entry-layout">
        <div class="entry-side">
          <p class="screen-prompt">
            <Text k="kiosk.rate.numberPrompt" />
          </p>
          <p class={`entry-display ${entry ? '' : 'entry-empty'}`} data-testid="rate-number" aria-live="polite">
            {entry || <Text k="kiosk.rate.numberEmpty" />}
          </p>
          <p class="hint">
            <Text k="kiosk.rate.numberHint" />
          </p>
        </div>
        <Keypad
          letters={keypadLetters(prefixes)}
          accepts={(k) => pressKey(entry, k, prefixes) !== entry}
          onKey={(k) => setEntry((e) => pressKey(e, k, prefixes))}
          onDelete={() => setEntry(deleteKey)}
          canDelete={entry.length > 0}
        />
        <div class="entry-actions">
          <button type="button" class="big-button entry-submit" data-testid="rate-number-submit" disabled={!complete} onClick={next}>
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
