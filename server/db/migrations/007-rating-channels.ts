import type { Migration } from './migration';

export const m007RatingChannels: Migration = {
  version: 7,
  name: 'rating code on tickets, rating device',
  sql: `
-- Six digits printed on the slip beside the QR code: a kiosk rates a ticket by its number only together
-- with this code, so nobody rates a ticket they did not hold. Tickets from before have none and are
-- rated from the phone or the rating pad.
ALTER TABLE tickets ADD COLUMN rating_code TEXT;

-- Which pad or kiosk gave a rating (NULL for a phone): with 'source' (phone, kiosk, rating-pad) every
-- rating names its real channel.
ALTER TABLE ratings ADD COLUMN device_id INTEGER REFERENCES devices(id);
`,
};
