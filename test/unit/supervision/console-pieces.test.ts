/** The console's pure pieces of 电子监察: how a pushed alert joins the list, and when the alert sound is on, off or blocked. */
import { mergeAlert } from '../../../protocol/client/supervision-feed';
import type { SupervisionAlert } from '../../../protocol/supervision';
import { soundStatus } from '../../../admin-ui/src/screens/supervision/alert-sound';

const alert = (id: number, acknowledgedBy: string | null = null): SupervisionAlert => ({
  id, kind: 'printer_down', subject: 'printer:p', details: { printerId: 'p', printerName: '打印机', state: 'paper_out' },
  raisedAt: id, clearedAt: null, acknowledgedAt: acknowledgedBy ? id + 1 : null, acknowledgedBy,
});

describe('alerts pushed into the list', () => {
  it('keep the list newest first, and replace the alert with the same id', () => {
    const list = [alert(5), alert(3), alert(1)];
    expect(mergeAlert(list, alert(6)).map((a) => a.id)).toEqual([6, 5, 3, 1]);
    expect(mergeAlert(list, alert(2)).map((a) => a.id)).toEqual([5, 3, 2, 1]);
    expect(mergeAlert([], alert(2)).map((a) => a.id)).toEqual([2]);
    const acked = mergeAlert(list, alert(3, '赵敏'));
    expect(acked.map((a) => [a.id, a.acknowledgedBy])).toEqual([[5, null], [3, '赵敏'], [1, null]]);
  });
});

describe('the alert sound', () => {
  it('is off when chosen off, on when the browser lets it sound, blocked otherwise', () => {
    expect(soundStatus(false, 'running')).toBe('off');
    expect(soundStatus(true, 'running')).toBe('on');
    expect(soundStatus(true, 'suspended')).toBe('blocked');
    expect(soundStatus(true, null)).toBe('blocked');
  });
});
