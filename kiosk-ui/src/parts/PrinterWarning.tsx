import { Text } from '../../../ui-kit/i18n';
import { Pictogram } from './Pictogram';

/** Said before the resident takes a ticket: no slip will come out, so the number must be noted. */
export function PrinterWarning() {
  return (
    <p class="printer-warning" role="status" data-testid="printer-warning">
      <Pictogram name="warning" size={56} class="printer-warning-sign" />
      <Text k="kiosk.printer.warning" />
    </p>
  );
}
