import type { HallSnapshot } from '../../../protocol/views';
import { Text } from '../../../ui-kit/i18n';
import { Pictogram } from '../parts/Pictogram';

/** Thank-you after a complaint or suggestion, with the supervision phone for anything urgent. */
export function ComplaintDoneScreen(props: { snapshot: HallSnapshot; withPhone: boolean; onDone: () => void }) {
  const phone = props.snapshot.hall.complaintPhone;
  return (
    <section class="screen done-screen" data-testid="complaint-done">
      <span class="done-badge">
        <Pictogram name="tick" size={120} strokeWidth={6} />
      </span>
      <h2 class="done-title">
        <Text k="kiosk.complaint.done" />
      </h2>
      <p class="done-text">
        <Text k={props.withPhone ? 'kiosk.complaint.donePhone' : 'kiosk.complaint.doneHint'} />
      </p>
      {phone ? (
        <p class="done-text">
          <Text k="kiosk.complaint.phoneLine" vars={{ phone }} />
        </p>
      ) : null}
      <button type="button" class="big-button done-button" onClick={props.onDone}>
        <Text k="kiosk.ticket.done" />
      </button>
    </section>
  );
}
