/** Slip times are hall-zone wall-clock times; the formatting is shared with the rest of the product. */
export { localDate, localDateTime } from '../../protocol/local-time';
