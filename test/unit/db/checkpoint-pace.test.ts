/** When the checkpoint worker is asked to copy the WAL back (server/db/wal/pace.ts). */
import { BUSY_PAGES, QUIET_MS, checkpointDue } from '../../../server/db/wal/pace';

it('copies a large backlog at once and a small one only after a quiet second', () => {
  expect(checkpointDue(BUSY_PAGES, 0)).toBe(true);
  expect(checkpointDue(BUSY_PAGES * 10, 0)).toBe(true);
  expect(checkpointDue(BUSY_PAGES - 1, 0)).toBe(false);
  expect(checkpointDue(12, QUIET_MS - 1)).toBe(false);
  expect(checkpointDue(12, QUIET_MS)).toBe(true);
});

it('never checkpoints an empty backlog, and checkpoints when the backlog cannot be read', () => {
  expect(checkpointDue(0, QUIET_MS * 100)).toBe(false);
  expect(checkpointDue(null, 0)).toBe(true);
});
