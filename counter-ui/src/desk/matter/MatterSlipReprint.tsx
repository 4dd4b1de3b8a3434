/**
 * 补打号票（印有受理编号）: the ticket's slip again, now with the 受理编号 on it (printers/layout/ticket.ts),
 * from the printer of the kiosk that issued it or the one this desk chose (../ReprintPrinterChoice.tsx) —
 * something the resident takes home. Only for today's tickets (a slip is reprinted the day it was
 * taken); the server says why when it cannot print.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HallStream } from '../../../../protocol/client/hall-stream';
import type { MatterView } from '../../../../protocol/matters';
import { outcomeOf } from '../../../../ui-kit/command-outcome';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { ProblemNote, type Problem } from '../../parts/Problem';
import { ReprintPrinterChoice } from '../ReprintPrinterChoice';
import { reprintTargetName, type ReprintTo } from '../use-reprint-printer';

export function MatterSlipReprint(props: { stream: HallStream; matter: MatterView; reprintTo: ReprintTo }) {
  const { t } = useLang();
  const [busy, setBusy] = useState(false);
  /** Where the slip went, once the server took it. */
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const reprint = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setDone(null);
    setProblem(null);
    const { printerId } = props.reprintTo.choice;
    const outcome = await outcomeOf(props.stream.send('ticket.reprint',
      { number: props.matter.ticketNumber, ...(printerId !== null ? { printerId } : {}) }));
    setBusy(false);
    if (outcome.kind === 'ok') setDone(reprintTargetName(props.reprintTo, t));
    else setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
  };
  // The outcome lands below the button; in a dialog that already scrolls (a short desk screen) it would
  // sit out of sight and staff would press 补打 again.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done !== null || problem !== null) outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [done, problem]);
  return (
    <>
      <ReprintPrinterChoice to={props.reprintTo} />
      <button type="button" class="primary-button" data-testid="matter-reprint" disabled={busy} onClick={() => void reprint()}>
        <Text k="desk.matter.reprint" />
      </button>
      <div ref={outcomeRef}>
        {done !== null ? (
          <p class="done-note" role="status" data-testid="matter-reprinted">
            <span class="done-sign" aria-hidden="true">✓</span>
            <Text k="desk.matter.reprinted" vars={{ number: props.matter.ticketNumber, printer: done }} />
          </p>
        ) : null}
        <ProblemNote problem={problem} />
      </div>
    </>
  );
}
