import { useState } from 'preact/hooks';
import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { ComplaintCategory } from '../../../protocol/rating';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import { COMPLAINT_PHRASES, composeComplaintText, togglePhrase } from '../feedback/complaint-phrases';
import { useComplaint } from '../feedback/use-complaint';
import { Keypad } from '../keypad/Keypad';
import { PHONE_MAX_DIGITS, deleteKey, isAcceptablePhone, pressPhoneKey } from '../keypad/ticket-number-entry';
import { Pictogram } from '../parts/Pictogram';
import type { Navigator } from '../route';
import { ScreenTitle } from '../parts/ScreenTitle';

/**
 * 投诉建议, step two: the text composed by tapping preset phrases (no keyboard on a kiosk), an optional
 * phone number on the kiosk's keypad, one submit button.
 */
export function ComplaintComposeScreen(props: {
  snapshot: HallSnapshot;
  category: ComplaintCategory;
  stream: HallStream;
  nav: Navigator;
}) {
  const { category, nav } = props;
  const [chosen, setChosen] = useState<number[]>([]);
  const [phone, setPhone] = useState('');
  const complaint = useComplaint(props.stream, () => nav.finish({ screen: 'complaint-done', withPhone: phone.length > 0 }));
  const phrases = COMPLAINT_PHRASES[category];
  const phoneOk = isAcceptablePhone(phone);
  const ready = chosen.length > 0 && phoneOk;
  const sending = complaint.state.phase === 'sending';
  const submit = (): void => {
    if (!ready) return;
    const text = composeComplaintText(category, chosen);
    complaint.submit(phone ? { category, text, phone } : { category, text });
  };
  return (
    <section class="screen complaint-screen complaint-compose" data-testid="complaint-screen">
      <ScreenTitle icon="complaint" kicker="kiosk.complaint.title">
        <Text k={`complaint.category.${category}`} />
      </ScreenTitle>
      <div class="compose-layout">
        <div class="compose-phrases">
          <p class="screen-prompt">
            <Text k="kiosk.complaint.phrasePrompt" />
          </p>
          <div class="choice-grid">
            {phrases.map((key, index) => (
              <button
                type="button"
                key={key}
                class="choice-button"
                data-testid={`complaint-phrase-${index + 1}`}
                aria-pressed={chosen.includes(index)}
                disabled={sending}
                onClick={() => setChosen((c) => togglePhrase(c, index))}
              >
                <span class="choice-box" aria-hidden="true">
                  {chosen.includes(index) ? <Pictogram name="tick" size={36} strokeWidth={6} /> : null}
                </span>
                <Text k={key} />
              </button>
            ))}
          </div>
          <div class="compose-preview">
            <p class="compose-preview-title">
              <Text k="kiosk.complaint.preview" />
            </p>
            <p class="compose-preview-text" data-testid="complaint-text">
              {chosen.length > 0 ? composeComplaintText(category, chosen) : <Text k="kiosk.complaint.previewEmpty" />}
            </p>
          </div>
        </div>
        <div class="compose-phone">
          <p class="screen-prompt">
            <Text k="kiosk.complaint.phoneTitle" />
          </p>
          <p class={`entry-display entry-phone ${phone ? '' : 'entry-empty'}`} data-testid="complaint-phone" aria-live="polite">
            {phone || <Text k="kiosk.complaint.phoneEmpty" />}
          </p>
          {phoneOk ? (
            <p class="hint">
              <Text k="kiosk.complaint.phoneHint" />
            </p>
          ) : (
            <p class="hint hint-problem" role="status">
              <Text k="kiosk.complaint.phoneInvalid" />
            </p>
          )}
          <Keypad
            letters={[]}
            accepts={(k) => !sending && phone.length < PHONE_MAX_DIGITS && /^[0-9]$/.test(k)}
            onKey={(k) => setPhone((p) => pressPhoneKey(p, k))}
            onDelete={() => setPhone(deleteKey)}
            canDelete={!sending && phone.length > 0}
          />
        </div>
      </div>
      <div class="submit-row">
        <button type="button" class="big-button submit-button" data-testid="complaint-submit" disabled={!ready || sending} onClick={submit}>
          <Text k="kiosk.complaint.submit" />
        </button>
        {complaint.state.phase === 'sending' ? (
          <p class="issue-progress" role="status">
            <span class="spinner" aria-hidden="true" />
            <Text k="kiosk.complaint.sending" />
          </p>
        ) : null}
        {complaint.state.phase === 'unanswered' ? (
          <p class="issue-progress issue-unanswered" role="alert">
            <Text k="kiosk.complaint.unanswered" />
          </p>
        ) : null}
        {complaint.state.phase === 'refused' ? <ErrorNote code={complaint.state.code} class="issue-progress issue-failed" /> : null}
      </div>
    </section>
  );
}
