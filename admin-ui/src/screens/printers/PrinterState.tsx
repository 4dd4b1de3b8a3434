/**
 * A printer's state as the hall stream has it now (it changes without a reload): a filled dot for a
 * printer that prints, an open one otherwise, always with the words (colour is never the only signal).
 */
import type { PrinterStateView } from '../../../../protocol/printing';
import { useLang } from '../../../../ui-kit/i18n';
import { useHall } from '../../kit/console';

const PRINTS = new Set<PrinterStateView['state']>(['ok', 'paper_near_end']);

export function usePrinterState(printerId: string, fallback: PrinterStateView | null): PrinterStateView | null {
  return useHall().snapshot?.printers.find((p) => p.printerId === printerId) ?? fallback;
}

export function PrinterState(props: { state: PrinterStateView | null; testid?: string }) {
  const { t } = useLang();
  const { state } = props;
  if (!state || state.checkedAt === 0) return <span class="state-off" data-testid={props.testid}>{t('admin.printers.notChecked')}</span>;
  return (
    <span class={PRINTS.has(state.state) ? 'state-ok' : 'state-off'} data-testid={props.testid} data-state={state.state}>
      {t(`print.state.${state.state}`)}
    </span>
  );
}
