/** The binding rule of a review: an approval holds only for the very Chinese and Mongolian it approved. */
import { reviewedStatus, type MnReviewRecord } from '../../../protocol/catalog/mn-review';

const approved: MnReviewRecord = { zh: '其他服务', mn: 'ᠪᠤᠰᠤᠳ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ', status: 'approved' };

describe('reviewedStatus', () => {
  it('is approved while both texts are the approved ones', () => {
    expect(reviewedStatus({ zh: approved.zh, mn: approved.mn }, approved)).toBe('approved');
  });

  it('goes back to draft when the Mongolian is edited', () => {
    expect(reviewedStatus({ zh: approved.zh, mn: `${approved.mn} ᠪᠠ` }, approved)).toBe('draft');
  });

  it('goes back to draft when the Chinese changes (a new release, a renamed centre)', () => {
    expect(reviewedStatus({ zh: '其它服务', mn: approved.mn }, approved)).toBe('draft');
  });

  it('is a draft when never reviewed or saved as a draft, and missing without Mongolian whatever the record says', () => {
    expect(reviewedStatus({ zh: approved.zh, mn: approved.mn }, null)).toBe('draft');
    expect(reviewedStatus({ zh: approved.zh, mn: approved.mn }, { ...approved, status: 'draft' })).toBe('draft');
    expect(reviewedStatus({ zh: approved.zh, mn: '' }, null)).toBe('missing');
    expect(reviewedStatus({ zh: approved.zh, mn: '  ' }, approved)).toBe('missing');
  });
});
