import { useEffect, useRef, useState } from 'preact/hooks';
import { Text, useLang } from '../../../ui-kit/i18n';
import { canonicalNumber, findByNumber, matchingTickets, type KnownTicket } from './reprint-lookup';
import type { ReprintRef } from './use-ticket-care';
import { DeskDialog } from './DeskDialog';
import { ReprintPrinterChoice } from './ReprintPrinterChoice';
import type { ReprintTo } from './use-reprint-printer';

/**
 * 按号码补打: staff type a number (or pick one of the tickets this desk knows) and reprint its slip, on
 * the printer chosen here (kept for this desk's later reprints). Enter reprints the typed number, Escape closes.
 */
export function ReprintDialog(props: {
  known: KnownTicket[];
  reprintTo: ReprintTo;
  initial: string;
  busy: boolean;
  onReprint: (ticket: ReprintRef) => void;
  onCancel: () => void;
}) {
  const { t } = useLang();
  const [typed, setTyped] = useState(props.initial);
  // Opened from an alert for a ticket this desk does not know: say so at once.
  const [missing, setMissing] = useState<string | null>(() => missingNumber(props.known, props.initial));
  const input = useRef<HTMLInputElement>(null);
  const onCancel = useRef(props.onCancel);
  onCancel.current = props.onCancel;
  // Once on opening: the desk re-renders on every hall event and must not re-select what is typed.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onCancel.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: Event): void => {
    event.preventDefault();
    // A number this desk has not seen is still today's ticket somewhere in the hall: the server finds it.
    const ticket = findByNumber(props.known, typed);
    const number = canonicalNumber(typed);
    if (ticket) props.onReprint(ticket);
    else if (number) props.onReprint({ id: null, number });
    else setMissing(missingNumber(props.known, typed));
  };
  const shown = matchingTickets(props.known, typed);

  return (
    <DeskDialog id="reprint" title={<Text k="desk.reprint.title" />} leave="close" onLeave={props.onCancel} narrow>
      <form class="reprint-form" onSubmit={submit}>
        <label class="field reprint-field">
          <span>{t('desk.reprint.number')}</span>
          <input
            ref={input}
            name="number"
            data-testid="reprint-number-input"
            autocomplete="off"
            spellcheck={false}
            maxLength={8}
            value={typed}
            onInput={(e) => {
              setTyped(e.currentTarget.value);
              setMissing(null);
            }}
          />
        </label>
        <ReprintPrinterChoice to={props.reprintTo} />
        <button type="submit" class="primary-button" data-testid="reprint-submit" disabled={props.busy || typed.trim() === ''}>
          <Text k="desk.reprint.submit" />
        </button>
      </form>
      {missing !== null ? (
        <p class="error-note" role="alert">
          <span class="error-sign" aria-hidden="true">!</span>
          <Text k="desk.reprint.notKnown" vars={{ number: missing }} />
        </p>
      ) : null}
      <section>
        <h3 class="panel-title">
          <Text k="desk.reprint.known" />
        </h3>
        {shown.length === 0 ? (
          <p class="panel-empty">
            <Text k="desk.reprint.noneKnown" />
          </p>
        ) : (
          <div class="transfer-options">
            {shown.map((ticket) => (
              <button
                type="button"
                key={ticket.id}
                class="option-button reprint-option"
                data-testid={`reprint-pick-${ticket.number}`}
                disabled={props.busy}
                onClick={() => props.onReprint(ticket)}
              >
                {ticket.number}
              </button>
            ))}
          </div>
        )}
      </section>
    </DeskDialog>
  );
}

/** The typed number when no known ticket has it (null for an empty field or a known number). */
function missingNumber(known: KnownTicket[], typed: string): string | null {
  if (typed.trim() === '' || findByNumber(known, typed)) return null;
  return canonicalNumber(typed) ?? typed.trim();
}
