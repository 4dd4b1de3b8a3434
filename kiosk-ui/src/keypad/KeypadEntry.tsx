import type { ComponentChildren } from 'preact';
import { Text } from '../../../ui-kit/i18n';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Keypad } from './Keypad';
import { deleteKey } from './ticket-number-entry';
import { Pictogram } from '../parts/Pictogram';

/**
 * What the resident types on the kiosk's keypad (a ticket number, a rating code): the prompt, the
 * entry so far, the keypad and the next-step button. The screens say only what may be typed and what
 * comes next.
 */
export function KeypadEntry(props: {
  entry: string;
  setEntry: (update: (entry: string) => string) => void;
  /** The entry after a key press; unchanged when the key is not accepted here. */
  press: (entry: string, key: string) => string;
  letters: string[];
  complete: boolean;
  onNext: () => void;
  prompt: UiKey;
  hint: UiKey;
  testId: string;
  /** The next-step button's words and the line under it (defaults: 下一步, rating by phone). */
  next?: UiKey;
  foot?: UiKey;
  /** How the entry is shown (e.g. grouped); as typed by default. */
  shown?: (entry: string) => string;
  children?: ComponentChildren;
}) {
  const { entry, setEntry, press } = props;
  return (
    <div class="entry-layout">
      <div class="entry-side">
        <p class="screen-prompt">
          <Text k={props.prompt} />
        </p>
        <p class={`entry-display ${entry ? '' : 'entry-empty'}`} data-testid={props.testId} aria-live="polite">
          {entry ? (props.shown ?? String)(entry) : <Text k="kiosk.rate.numberEmpty" />}
        </p>
        <p class="hint">
          <Text k={props.hint} />
        </p>
      </div>
      <Keypad
        letters={props.letters}
        accepts={(k) => press(entry, k) !== entry}
        onKey={(k) => setEntry((e) => press(e, k))}
        onDelete={() => setEntry(deleteKey)}
        canDelete={entry.length > 0}
      />
      <div class="entry-actions">
        <button type="button" class="big-button entry-submit" data-testid={`${props.testId}-submit`} disabled={!props.complete} onClick={props.onNext}>
          <Text k={props.next ?? 'kiosk.rate.numberNext'} />
          <Pictogram name="forward" size={48} strokeWidth={5} />
        </button>
        {props.children}
        <p class="hint">
          <Text k={props.foot ?? 'kiosk.rate.scanHint'} />
        </p>
      </div>
    </div>
  );
}
