/** The words of a call, from the catalog: "请A001号到3号窗口办理" on screen, digits spelled for the voice. */
import type { CallView } from '../../../protocol/views';
import { tr, trBoth } from '../../../protocol/catalog/ui-lookup';
import type { Announcement } from './announcer';

/** One key per call event: a recall of the same ticket is announced again. */
export function callKey(call: CallView): string {
  return `${call.ticketId}@${call.at}${call.recall ? 'r' : ''}`;
}

export function callText(call: CallView): { zh: string; mn: string } {
  return trBoth('call.phrase', { number: call.number, counter: call.counterId });
}

/** "A001" → "A零零一": read digit by digit, as halls do, rather than as "one". */
export function spellTicketNumber(number: string): string {
  const digits = Array.from(tr('display.voice.digits', 'zh'));
  return Array.from(number, (ch) => (ch >= '0' && ch <= '9' ? (digits[Number(ch)] ?? ch) : ch)).join('');
}

export function announcementOf(call: CallView): Announcement {
  return {
    key: callKey(call),
    call,
    text: callText(call),
    speech: tr('call.phrase', 'zh', { number: spellTicketNumber(call.number), counter: call.counterId }),
  };
}
