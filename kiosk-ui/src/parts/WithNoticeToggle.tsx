import { Text } from '../../../ui-kit/i18n';
import { Pictogram } from './Pictogram';

/**
 * "同时打印告知单": one large switch-like button (not a native checkbox: too small to touch). Its state
 * is said in words as well as by the tick.
 */
export function WithNoticeToggle(props: { on: boolean; onChange: (on: boolean) => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      class="notice-toggle"
      data-testid="with-notice"
      aria-pressed={props.on}
      disabled={props.disabled}
      onClick={() => props.onChange(!props.on)}
    >
      <span class="notice-toggle-box" aria-hidden="true">
        {props.on ? <Pictogram name="tick" size={48} strokeWidth={6} /> : null}
      </span>
      <span class="notice-toggle-words">
        <Text k="kiosk.take.withNotice" class="notice-toggle-label" />
        <Text k="kiosk.take.withNoticeHint" class="notice-toggle-hint" />
      </span>
      <Text k={props.on ? 'kiosk.take.withNoticeOn' : 'kiosk.take.withNoticeOff'} class="notice-toggle-state" />
    </button>
  );
}
