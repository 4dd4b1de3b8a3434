import { tr } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';
import { Sign } from '../../../ui-kit/Sign';
import type { StaffAlert } from './staff-alerts';

/**
 * Alerts across the top of the desk: a sign and words (never colour alone), a reprint for a slip that
 * did not print, and 知道了 to put the alert away.
 */
export function AlertBanners(props: {
  alerts: StaffAlert[];
  busy: boolean;
  onDismiss: (key: string) => void;
  onReprint: (alert: StaffAlert) => void;
}) {
  if (props.alerts.length === 0) return null;
  return (
    <div class="alert-stack">
      {props.alerts.map((alert) => (
        <div
          key={alert.key}
          class={`alert-banner alert-${alert.kind} ${alert.state === 'paper_near_end' ? 'alert-mild' : ''}`}
          data-testid="alert-banner"
          data-kind={alert.kind}
          role="alert"
        >
          <Sign name="printer" size={36} class="alert-sign" />
          <p class="alert-text">
            <AlertText alert={alert} />
          </p>
          {alert.kind === 'print_failed' && alert.ticketNumber ? (
            <button
              type="button"
              class="alert-button"
              data-testid="alert-reprint"
              disabled={props.busy}
              onClick={() => props.onReprint(alert)}
            >
              <Text k="desk.alert.reprint" vars={{ number: alert.ticketNumber }} />
            </button>
          ) : null}
          <button type="button" class="alert-button" data-testid="alert-dismiss" onClick={() => props.onDismiss(alert.key)}>
            <Text k="desk.alert.dismiss" />
          </button>
        </div>
      ))}
    </div>
  );
}

function AlertText(props: { alert: StaffAlert }) {
  const { alert } = props;
  if (alert.kind === 'printer_state') {
    return (
      <Text
        k="desk.alert.printerState"
        varsOf={(lang) => ({ printer: alert.printerName, state: alert.state ? tr(`print.state.${alert.state}`, lang) : '' })}
      />
    );
  }
  if (!alert.ticketNumber) return <Text k="desk.alert.noticeFailed" vars={{ printer: alert.printerName }} />;
  if (alert.failure === 'unconfirmed') {
    return <Text k="desk.alert.printUncertain" vars={{ number: alert.ticketNumber, printer: alert.printerName }} />;
  }
  const state = alert.state;
  if (alert.failure === 'cut_short') {
    return (
      <Text
        k="desk.alert.printCutShort"
        varsOf={(lang) => ({ number: alert.ticketNumber ?? '', printer: alert.printerName, state: state ? tr(`print.state.${state}`, lang) : '' })}
      />
    );
  }
  if (state === null || state === 'ok') return <Text k="desk.alert.printFailedPlain" vars={{ number: alert.ticketNumber }} />;
  return (
    <Text
      k="desk.alert.printFailed"
      varsOf={(lang) => ({ number: alert.ticketNumber ?? '', state: tr(`print.state.${state}`, lang) })}
    />
  );
}
