/** The roll-up's catch-up timer: one catch-up for every change of a moment, none for changes without tickets. */
import { RollupCatchUp } from '../../../server/reports/catch-up-timer';
import { Outbox } from '../../../server/commands/outbox';

const DELAY_MS = 30;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function changed(ticketId: number): Outbox {
  const outbox = new Outbox();
  outbox.reportFiguresChanged(ticketId);
  return outbox;
}

function timer(fail = false): { catchUp: RollupCatchUp; runs: () => number; errors: unknown[] } {
  let runs = 0;
  const errors: unknown[] = [];
  const catchUp = new RollupCatchUp({
    catchUpReports: () => {
      runs += 1;
      if (fail) throw new Error('disk full');
      return 1;
    },
  }, (err) => errors.push(err), DELAY_MS);
  return { catchUp, runs: () => runs, errors };
}

it('changes within the delay share one catch-up, and a change after it sets the timer again', async () => {
  const { catchUp, runs } = timer();
  catchUp.committed(changed(1));
  catchUp.committed(changed(2));
  catchUp.committed(changed(1));
  expect(runs()).toBe(0);
  await pause(DELAY_MS * 4);
  expect(runs()).toBe(1);
  catchUp.committed(changed(3));
  await pause(DELAY_MS * 4);
  expect(runs()).toBe(2);
  catchUp.stop();
});

it('a change that moves no ticket sets no timer, and a stopped timer does not run', async () => {
  const { catchUp, runs } = timer();
  catchUp.committed(new Outbox());
  await pause(DELAY_MS * 4);
  expect(runs()).toBe(0);
  catchUp.committed(changed(1));
  catchUp.stop();
  await pause(DELAY_MS * 4);
  expect(runs()).toBe(0);
});

it('a failing catch-up is logged, and the next change tries again', async () => {
  const { catchUp, runs, errors } = timer(true);
  catchUp.committed(changed(1));
  await pause(DELAY_MS * 4);
  expect(errors).toHaveLength(1);
  catchUp.committed(changed(2));
  await pause(DELAY_MS * 4);
  expect(runs()).toBe(2);
  expect(errors).toHaveLength(2);
  catchUp.stop();
});
