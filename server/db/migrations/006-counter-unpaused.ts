import type { Migration } from './migration';

export const m006CounterUnpaused: Migration = {
  version: 6,
  name: 'a counter taken out of pause is logged as unpaused',
  sql: `
-- 'resumed' belongs to a held ticket that is served again; a counter's end of pause is 'unpaused'.
UPDATE counter_events SET type = 'unpaused' WHERE type = 'resumed';
`,
};
