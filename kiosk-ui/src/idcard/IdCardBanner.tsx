import { Text } from '../../../ui-kit/i18n';
import { useSource } from '../../../ui-kit/use-source';
import type { IdReadings } from './id-readings';

/**
 * While the kiosk holds a card reading: whose card it is (masked name only), that the next ticket is
 * taken in that name, and a way to say it is not theirs.
 */
export function IdCardBanner(props: { readings: IdReadings }) {
  const reading = useSource(props.readings);
  if (!reading) return null;
  return (
    <div class="idcard-banner" role="status" data-testid="idcard-banner">
      <div class="idcard-text">
        <p class="idcard-title">
          <Text k="kiosk.idcard.read" vars={{ name: reading.maskedName }} />
        </p>
        <p class="hint">
          <Text k="kiosk.idcard.hint" />
        </p>
      </div>
      <button type="button" class="big-button idcard-discard" data-testid="idcard-discard" onClick={() => props.readings.discard()}>
        <Text k="kiosk.idcard.discard" />
      </button>
    </div>
  );
}
