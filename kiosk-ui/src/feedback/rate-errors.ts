import type { ErrorCode } from '../../../protocol/errors';
import { errorKey, type UiKey } from '../../../protocol/catalog/ui-lookup';

/** The kiosk's own, plainer words for the refusals a resident can meet when rating; else the general text. */
export function rateErrorKey(code: ErrorCode): UiKey {
  switch (code) {
    case 'TICKET_NOT_FOUND':
      return 'kiosk.rate.error.TICKET_NOT_FOUND';
    case 'RATING_NOT_ALLOWED':
      return 'kiosk.rate.error.RATING_NOT_ALLOWED';
    case 'ALREADY_RATED':
      return 'kiosk.rate.error.ALREADY_RATED';
    case 'RATING_CODE_WRONG':
      return 'kiosk.rate.error.RATING_CODE_WRONG';
    case 'RATE_LIMITED':
      return 'kiosk.rate.error.RATE_LIMITED';
    default:
      return errorKey(code);
  }
}
