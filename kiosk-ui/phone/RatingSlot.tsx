import type { TicketTrack } from '../../protocol/views';

/**
 * Where the 好差评 rating of a finished ticket goes (five levels, see the design guide). Rating arrives in
 * a later issue; the page already renders this slot after the thank-you so the layout will not move.
 */
export function RatingSlot(_props: { ticket: TicketTrack }) {
  return null;
}
