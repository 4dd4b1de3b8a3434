import { useEffect, useState } from 'preact/hooks';
import type { PrinterStateView } from '../../../protocol/events';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { dismissAlert, EMPTY_ALERT_BOOK, receiveAlert, visibleAlerts, type AlertBook, type StaffAlert } from './staff-alerts';

/** Staff alerts from the hall stream (see staff-alerts for the rules). */
export function useStaffAlerts(stream: HallStream, printers: PrinterStateView[]): { alerts: StaffAlert[]; dismiss(key: string): void } {
  const [book, setBook] = useState<AlertBook>(EMPTY_ALERT_BOOK);
  useEffect(
    () =>
      stream.onEvent((event) => {
        const alert = event.alert;
        if (alert) setBook((current) => receiveAlert(current, alert));
      }),
    [stream],
  );
  return {
    alerts: visibleAlerts(book, printers),
    dismiss: (key) => setBook((current) => dismissAlert(current, key)),
  };
}
