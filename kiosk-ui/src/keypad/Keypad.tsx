import { Text, useLang } from '../../../ui-kit/i18n';
import { Pictogram } from '../parts/Pictogram';

const DIGIT_ROWS = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']] as const;

/**
 * The kiosk's own keypad (the operating system's keyboard never appears on a kiosk): optional letter
 * keys, the digits as on a telephone, and a delete key. Keys that cannot follow what is typed are
 * greyed out, so a wrong tap does nothing rather than something surprising.
 */
export function Keypad(props: {
  letters: readonly string[];
  accepts: (key: string) => boolean;
  onKey: (key: string) => void;
  onDelete: () => void;
  canDelete: boolean;
}) {
  const { t } = useLang();
  const key = (k: string) => (
    <button
      type="button"
      key={k}
      class="key"
      data-testid={`keypad-${k}`}
      disabled={!props.accepts(k)}
      onClick={() => props.onKey(k)}
    >
      {k}
    </button>
  );
  return (
    <div class="keypad" role="group" aria-label={t('kiosk.keypad.label')}>
      {props.letters.length > 0 ? <div class="keypad-letters">{props.letters.map(key)}</div> : null}
      <div class="keypad-digits">
        {DIGIT_ROWS.map((row) => row.map(key))}
        <button type="button" class="key key-delete" data-testid="keypad-delete" disabled={!props.canDelete} onClick={props.onDelete}>
          <Pictogram name="keypadDelete" size={44} />
          <Text k="kiosk.keypad.delete" />
        </button>
        {key('0')}
      </div>
    </div>
  );
}
