import { useState } from 'preact/hooks';
import type { CommandInput } from '../../protocol/commands';
import type { ErrorCode } from '../../protocol/errors';
import { RATING_LEVELS, RATING_REASONS, type RatingLevel, type RatingView } from '../../protocol/rating';
import type { TicketTrack } from '../../protocol/views';
import { tr } from '../../protocol/catalog/ui-lookup';
import type { Outcome } from '../../ui-kit/command-outcome';
import { ErrorNote } from '../../ui-kit/ErrorNote';
import { Text } from '../../ui-kit/i18n';
import { SatisfactionFace } from '../../ui-kit/SatisfactionFace';
import { asksReasons, chooseLevel, EMPTY_DRAFT, phoneIsWrong, rateInput, toggleReason, typePhone, type RatingDraft } from './rating-draft';

export type SendRating = (input: CommandInput<'ticket.rate'>) => Promise<Outcome<RatingView>>;

type Phase =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | { kind: 'failed'; problem: ErrorCode | 'unanswered' }
  /** `level` is null when the ticket was rated elsewhere (or before this page was opened). */
  | { kind: 'done'; level: RatingLevel | null };

/**
 * 服务评议 of a finished ticket: the five levels as big face-and-word buttons, reasons for the two bad
 * levels, one submission. A ticket already rated shows the thank-you instead of the form.
 */
export function RatingPanel(props: { ticket: TicketTrack; send: SendRating }) {
  const [draft, setDraft] = useState<RatingDraft>(EMPTY_DRAFT);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });

  if (phase.kind === 'done') return <RatingDone level={phase.level} />;
  if (props.ticket.rated) return <RatingDone level={null} />;

  const sending = phase.kind === 'sending';
  const submit = async (): Promise<void> => {
    const input = rateInput(props.ticket.token, draft);
    if (!input || sending) return;
    setPhase({ kind: 'sending' });
    const outcome = await props.send(input);
    if (outcome.kind === 'ok') setPhase({ kind: 'done', level: outcome.data.level });
    else if (outcome.kind === 'error' && outcome.code === 'ALREADY_RATED') setPhase({ kind: 'done', level: null });
    else setPhase({ kind: 'failed', problem: outcome.kind === 'error' ? outcome.code : 'unanswered' });
  };

  return (
    <section class="rate" aria-labelledby="rate-title">
      <h2 class="rate-title" id="rate-title">
        <Text k="phone.rate.title" />
      </h2>
      <div class="rate-levels" role="group" aria-labelledby="rate-title">
        {RATING_LEVELS.map((level) => (
          <button
            type="button"
            key={level}
            class={`rate-level rate-level-${level}`}
            data-testid={`rating-level-${level}`}
            aria-pressed={draft.level === level}
            disabled={sending}
            onClick={() => setDraft(chooseLevel(draft, level))}
          >
            <SatisfactionFace level={level} size={48} class="rate-face" />
            <Text k={`rating.level.${level}`} class="rate-level-word" />
            <span class="rate-check" aria-hidden="true" />
          </button>
        ))}
      </div>
      {asksReasons(draft.level) ? (
        <div class="rate-reasons" role="group" aria-labelledby="rate-reasons-title">
          <p class="rate-reasons-title" id="rate-reasons-title">
            <Text k="phone.rate.reasons" />
          </p>
          {RATING_REASONS.map((reason) => (
            <button
              type="button"
              key={reason}
              class="rate-reason"
              data-testid={`rating-reason-${reason}`}
              aria-pressed={draft.reasons.includes(reason)}
              disabled={sending}
              onClick={() => setDraft(toggleReason(draft, reason))}
            >
              <span class="rate-box" aria-hidden="true" />
              <Text k={`rating.reason.${reason}`} />
            </button>
          ))}
        </div>
      ) : null}
      {asksReasons(draft.level) ? (
        <div class="rate-phone">
          <label class="rate-phone-label" for="rate-phone">
            <Text k="phone.rate.phone" />
          </label>
          <input id="rate-phone" class="rate-phone-input" data-testid="rating-phone" type="tel" inputMode="tel"
            autoComplete="tel" maxLength={24} value={draft.phone} disabled={sending}
            aria-invalid={phoneIsWrong(draft) ? true : undefined} aria-describedby="rate-phone-note"
            onInput={(e) => setDraft(typePhone(draft, e.currentTarget.value))} />
          {phoneIsWrong(draft) ? (
            <p class="error-note" id="rate-phone-note" role="alert" data-testid="rating-phone-wrong">
              <span class="error-sign" aria-hidden="true">!</span>
              <Text k="phone.rate.phoneWrong" />
            </p>
          ) : (
            <p class="rate-hint" id="rate-phone-note">
              <Text k="phone.rate.phoneHint" />
            </p>
          )}
        </div>
      ) : null}
      {phase.kind === 'failed' ? (
        phase.problem === 'unanswered' ? (
          <p class="error-note" role="alert">
            <span class="error-sign" aria-hidden="true">!</span>
            <Text k="phone.rate.noAnswer" />
          </p>
        ) : (
          <ErrorNote code={phase.problem} />
        )
      ) : null}
      <button
        type="button"
        class="rate-submit"
        data-testid="rating-submit"
        disabled={draft.level === null || phoneIsWrong(draft) || sending}
        onClick={() => void submit()}
      >
        <Text k={sending ? 'phone.rate.sending' : 'phone.rate.submit'} />
      </button>
      {draft.level === null ? (
        <p class="rate-hint">
          <Text k="phone.rate.pickLevel" />
        </p>
      ) : null}
    </section>
  );
}

function RatingDone(props: { level: RatingLevel | null }) {
  const { level } = props;
  return (
    <div class="rate-done" data-testid="rating-done" role="status">
      <p class="rate-done-thanks">
        <span class="rate-done-sign" aria-hidden="true" />
        <Text k="phone.rate.thanks" />
      </p>
      <p class="rate-done-state">
        {level !== null ? (
          <Text k="phone.rate.yourLevel" varsOf={(lang) => ({ level: tr(`rating.level.${level}`, lang) })} />
        ) : (
          <Text k="phone.rate.done" />
        )}
      </p>
      {level !== null && asksReasons(level) ? (
        <p class="rate-done-follow">
          <Text k="phone.rate.followUp" />
        </p>
      ) : null}
    </div>
  );
}
