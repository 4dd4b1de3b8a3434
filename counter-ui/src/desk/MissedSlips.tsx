import { tr } from '../../../protocol/catalog/ui-lookup';
import type { MissedSlipView } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';

/**
 * In the alerts area: tickets of today without a paper slip, by number — the resident was told to
 * note the number, or the slip failed or may not have printed — each with its reprint.
 */
export function MissedSlips(props: { slips: MissedSlipView[]; busy: boolean; onReprint: (slip: MissedSlipView) => void }) {
  if (props.slips.length === 0) return null;
  return (
    <section class="missed-slips" data-testid="missed-slips" aria-labelledby="missed-slips-title">
      <h2 id="missed-slips-title" class="missed-slips-title">
        <Text k="desk.missedSlips.title" vars={{ n: props.slips.length }} />
      </h2>
      <ul class="missed-slips-list">
        {props.slips.map((slip) => (
          <li key={slip.ticketId} class="missed-slip" data-testid="missed-slip" data-number={slip.number}>
            <span class="missed-slip-number">{slip.number}</span>
            <span class="missed-slip-why">
              <Text
                k={slip.uncertain ? 'desk.missedSlips.uncertain' : slip.reason === 'unavailable' ? 'desk.missedSlips.unavailable' : 'desk.missedSlips.failed'}
                varsOf={(lang) => ({
                  printer: slip.printerName ?? '',
                  state: slip.printerState ? tr(`print.state.${slip.printerState}`, lang) : '',
                })}
              />
            </span>
            <button type="button" class="alert-button" data-testid="missed-slip-reprint" disabled={props.busy} onClick={() => props.onReprint(slip)}>
              <Text k="desk.alert.reprint" vars={{ number: slip.number }} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
