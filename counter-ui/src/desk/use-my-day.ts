/**
 * The staff member's own day beside the desk: their figures today (desk.figures) and the 差评 cases about
 * their service still open (case.list, which shows staff only their own). Asked when the desk comes
 * online and again after each finish (`refresh`), never on a timer: the figures change when a ticket
 * is finished, and a rating or a case step elsewhere shows at the next finish or reconnect.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { CaseStatus, CaseSummary } from '../../../protocol/cases';
import type { DeskFigures } from '../../../protocol/desk-figures';
import { outcomeOf } from '../../../ui-kit/command-outcome';

/** The statuses of a case not yet closed, each asked for on its own (case.list filters by one status). */
const OPEN_STATUSES: readonly CaseStatus[] = ['open', 'assigned', 'rectified'];

export interface MyDay {
  figures: DeskFigures | null;
  /** Open cases, oldest deadline first. */
  cases: CaseSummary[];
  refresh(): void;
}

function byDeadline(a: CaseSummary, b: CaseSummary): number {
  return (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') || a.id - b.id;
}

export function useMyDay(stream: HallStream, online: boolean): MyDay {
  const [figures, setFigures] = useState<DeskFigures | null>(null);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const refresh = useCallback(() => {
    void outcomeOf(stream.send('desk.figures', {})).then((outcome) => {
      if (outcome.kind === 'ok') setFigures(outcome.data);
    });
    void Promise.all(OPEN_STATUSES.map((status) => outcomeOf(stream.send('case.list', { status })))).then((outcomes) => {
      if (outcomes.every((o) => o.kind === 'ok')) setCases(outcomes.flatMap((o) => (o.kind === 'ok' ? o.data : [])).sort(byDeadline));
    });
  }, [stream]);
  useEffect(() => {
    if (online) refresh();
  }, [online, refresh]);
  return { figures, cases, refresh };
}
