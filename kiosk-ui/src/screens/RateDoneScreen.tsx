import { Text } from '../../../ui-kit/i18n';
import { SatisfactionFace } from '../../../ui-kit/SatisfactionFace';
import { Pictogram } from '../parts/Pictogram';

/** Thank-you after a rating; a bad one is told it will be looked into (the centre follows up every 差评). */
export function RateDoneScreen(props: { bad: boolean; onDone: () => void }) {
  return (
    <section class="screen done-screen" data-testid="rating-done">
      {props.bad ? (
        // A smile would read as mockery after a complaint: a plain tick says "received".
        <span class="done-badge">
          <Pictogram name="tick" size={120} strokeWidth={6} />
        </span>
      ) : (
        <SatisfactionFace level={5} size={180} class="done-face" />
      )}
      <h2 class="done-title">
        <Text k="kiosk.rate.done" />
      </h2>
      <p class="done-text">
        <Text k={props.bad ? 'kiosk.rate.doneBad' : 'kiosk.rate.doneGood'} />
      </p>
      <button type="button" class="big-button done-button" onClick={props.onDone}>
        <Text k="kiosk.ticket.done" />
      </button>
    </section>
  );
}
