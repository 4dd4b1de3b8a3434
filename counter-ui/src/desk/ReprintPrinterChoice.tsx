/**
 * 打印到: the printer a desk's reprint goes to — the issuing kiosk's (the default) or any of the hall's
 * printers by the name staff know it by, with its state now, so a window can send the slip to the kiosk
 * nearest to it. The server still refuses a printer that cannot print (PRINTER_UNAVAILABLE).
 */
import { useLang } from '../../../ui-kit/i18n';
import type { ReprintTo } from './use-reprint-printer';

export function ReprintPrinterChoice(props: { to: ReprintTo }) {
  const { t } = useLang();
  const { printers, choice } = props.to;
  if (printers.length === 0) return null;
  return (
    <label class="field reprint-printer">
      <span>{t('desk.reprint.printer')}</span>
      <select
        data-testid="reprint-printer"
        value={choice.printerId ?? ''}
        onChange={(e) => choice.choose(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      >
        <option value="">{t('desk.reprint.printerIssuing')}</option>
        {printers.map((p) => (
          <option key={p.printerId} value={p.printerId}>
            {t('desk.reprint.printerNamed', { name: p.name, state: t(`print.state.${p.state}`) })}
          </option>
        ))}
      </select>
    </label>
  );
}
