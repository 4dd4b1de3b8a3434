import { useEffect, useState } from 'preact/hooks';
import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { bookingCodeFromScan } from '../../../protocol/booking';
import { localDateTime } from '../../../protocol/local-time';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import { KeypadEntry } from '../keypad/KeypadEntry';
import { CODE_LETTERS, isCompleteBookingCode, pressCodeKey, shownCode } from '../check-in/code-entry';
import { useCheckIn, type CheckInPhase } from '../check-in/use-check-in';
import { useScanner } from '../check-in/use-scanner';
import { ScreenTitle } from '../parts/ScreenTitle';
import type { Navigator } from '../route';

/**
 * 预约签到: the booking code typed on the kiosk's keypad (only the code's characters work) or its QR held
 * to the scanner. On time or late, the ticket screen follows (printed as any ticket); too early, this
 * screen says from when to come back.
 */
export function CheckInScreen(props: { snapshot: HallSnapshot; initial: string; sendAtOnce?: boolean; stream: HallStream; nav: Navigator }) {
  const { snapshot, nav } = props;
  const [entry, setEntryRaw] = useState(props.initial);
  const checkIn = useCheckIn(props.stream, (answer) =>
    nav.finish({ screen: 'ticket', issued: answer.issued, withNotice: false, checkIn: answer.outcome }));
  const setEntry = (update: (entry: string) => string): void => {
    checkIn.reset();
    setEntryRaw(update);
  };
  const send = (code: string): void => {
    nav.replace({ screen: 'check-in', code });
    checkIn.send(code);
  };
  useScanner((text) => {
    const code = bookingCodeFromScan(text);
    if (code === null) return checkIn.refuse('BOOKING_NOT_FOUND');
    setEntryRaw(code);
    send(code);
  });
  const complete = isCompleteBookingCode(entry);
  // A code from the resident's ID card (their booking today) needs no typing: checked in as the screen opens.
  useEffect(() => {
    if (props.sendAtOnce && isCompleteBookingCode(props.initial)) checkIn.send(props.initial);
  }, []);
  return (
    <section class="screen check-in-screen" data-testid="check-in-screen">
      <ScreenTitle icon="checkIn" kicker="kiosk.home.checkIn">
        <Text k="kiosk.checkIn.lead" />
      </ScreenTitle>
      <KeypadEntry entry={entry} setEntry={setEntry} press={pressCodeKey} letters={CODE_LETTERS} complete={complete}
        onNext={() => complete && send(entry)} prompt="kiosk.checkIn.prompt" hint="kiosk.checkIn.hint" testId="check-in-code"
        next="kiosk.checkIn.submit" foot="kiosk.checkIn.scanHint" shown={shownCode}>
        <CheckInState state={checkIn.state} timezone={snapshot.hall.timezone} />
      </KeypadEntry>
    </section>
  );
}

function clock(at: number, timezone: string): string {
  return localDateTime(at, timezone).slice(11);
}

function CheckInState(props: { state: CheckInPhase; timezone: string }) {
  const { state, timezone } = props;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'sending':
      return (
        <p class="issue-progress" role="status">
          <Text k="kiosk.checkIn.sending" />
        </p>
      );
    case 'unanswered':
      return (
        <p class="issue-progress issue-unanswered" role="alert">
          <Text k="kiosk.checkIn.unanswered" />
        </p>
      );
    case 'refused':
      return <ErrorNote code={state.code} class="check-in-error" />;
    case 'early': {
      const { booking, comeBackAt } = state.answer;
      return (
        <div class="check-in-early" role="alert" data-testid="check-in-early">
          <p class="check-in-early-title">
            <Text k="kiosk.checkIn.earlyTitle" />
          </p>
          <p>
            <Text k="kiosk.checkIn.early" vars={{ date: booking.date, start: booking.start, end: booking.end, time: clock(comeBackAt, timezone) }} />
          </p>
        </div>
      );
    }
  }
}
