import { Text } from '../../../ui-kit/i18n';

/**
 * The warning before the kiosk starts over: large, with the seconds left and one big button to stay.
 * Any touch also counts as staying (the idle guard hears it), so a resident cannot miss the button.
 */
export function IdleOverlay(props: { secondsLeft: number; onKeepUsing: () => void }) {
  return (
    <div class="overlay idle-overlay" role="alertdialog" aria-modal="true" data-testid="idle-countdown">
      <div class="idle-box">
        <p class="idle-title">
          <Text k="kiosk.idle.title" />
        </p>
        <p class="idle-seconds" aria-live="assertive">
          <Text k="kiosk.idle.seconds" vars={{ n: props.secondsLeft }} />
        </p>
        <button type="button" class="big-button idle-continue" data-testid="idle-continue" onClick={props.onKeepUsing}>
          <Text k="kiosk.idle.continue" />
        </button>
      </div>
    </div>
  );
}
