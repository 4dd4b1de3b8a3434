/**
 * 补打号票（印有受理编号）: the ticket's slip again, now with the 受理编号 on it (printers/layout/ticket.ts),
 * from the printer of the kiosk that issued it — something the resident takes home. Only for today's
 * tickets (a slip is reprinted the day it was taken); the server says why when it cannot print.
 */
import { useState } from 'preact/hooks';
import type { HallStream } from '../../../../protocol/client/hall-stream';
import type { MatterView } from '../../../../protocol/matters';
import { outcomeOf } from '../../../../ui-kit/command-outcome';
import { Text } from '../../../../ui-kit/i18n';
import { ProblemNote, type Problem } from '../../parts/Problem';

export function MatterSlipReprint(props: { stream: HallStream; matter: MatterView }) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const reprint = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setDone(false);
    setProblem(null);
    const outcome = await outcomeOf(props.stream.send('ticket.reprint', { number: props.matter.ticketNumber }));
    setBusy(false);
    if (outcome.kind === 'ok') setDone(true);
    else setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
  };
  return (
    <>
      <button type="button" class="primary-button" data-testid="matter-reprint" disabled={busy} onClick={() => void reprint()}>
        <Text k="desk.matter.reprint" />
      </button>
      {done ? (
        <p class="done-note" role="status" data-testid="matter-reprinted">
          <span class="done-sign" aria-hidden="true">✓</span><Text k="desk.matter.reprinted" vars={{ number: props.matter.ticketNumber }} />
        </p>
      ) : null}
      <ProblemNote problem={problem} />
    </>
  );
}
