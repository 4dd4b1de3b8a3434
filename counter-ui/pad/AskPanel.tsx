import { RATING_LEVELS, RATING_REASONS, type RatingLevel, type RatingReason } from '../../protocol/rating';
import { ErrorNote } from '../../ui-kit/ErrorNote';
import { Text } from '../../ui-kit/i18n';
import { SatisfactionFace } from '../../ui-kit/SatisfactionFace';
import { asksReasons, type PadScreen } from './pad-flow';

type AskScreen = Extract<PadScreen, { kind: 'asking' | 'sending' }>;

/**
 * The five 好差评 levels as large face-and-word buttons (a tick marks the chosen one, so no level is
 * told by colour alone), reasons for the two bad levels, and one submit.
 */
export function AskPanel(props: {
  screen: AskScreen;
  onLevel: (level: RatingLevel) => void;
  onReason: (reason: RatingReason) => void;
  onSubmit: () => void;
}) {
  const { screen } = props;
  const sending = screen.kind === 'sending';
  const problem = screen.kind === 'asking' ? screen.problem : null;
  return (
    <section class="ask" data-testid="pad-ask" aria-labelledby="ask-title">
      <div class="ask-head">
        <h1 class="ask-title" id="ask-title">
          <Text k="pad.ask" bilingual />
        </h1>
        <p class="ask-number" data-testid="pad-ticket">
          <Text k="pad.ticket" vars={{ number: screen.number }} />
        </p>
      </div>
      <div class="levels" role="group" aria-labelledby="ask-title">
        {RATING_LEVELS.map((level) => (
          <button
            type="button"
            key={level}
            class={`level level-tone-${level}`}
            data-testid={`rating-level-${level}`}
            aria-pressed={screen.level === level}
            disabled={sending}
            onClick={() => props.onLevel(level)}
          >
            <SatisfactionFace level={level} size={96} class="level-face" />
            <Text k={`rating.level.${level}`} class="level-word" bilingual />
            <span class="level-check" aria-hidden="true" />
          </button>
        ))}
      </div>
      {asksReasons(screen.level) ? (
        <div class="reasons" role="group" aria-labelledby="reasons-title">
          <p class="reasons-title" id="reasons-title">
            <Text k="pad.reasons" bilingual />
          </p>
          <div class="reasons-grid">
            {RATING_REASONS.map((reason) => (
              <button
                type="button"
                key={reason}
                class="reason"
                data-testid={`rating-reason-${reason}`}
                aria-pressed={screen.reasons.includes(reason)}
                disabled={sending}
                onClick={() => props.onReason(reason)}
              >
                <span class="reason-box" aria-hidden="true" />
                <Text k={`rating.reason.${reason}`} bilingual />
              </button>
            ))}
          </div>
        </div>
      ) : (
        <p class="ask-hint">
          <Text k={screen.level === null ? 'pad.pickLevel' : 'pad.skipHint'} bilingual />
        </p>
      )}
      {problem === 'unanswered' ? (
        <p class="error-note ask-problem" role="alert" data-testid="pad-problem">
          <span class="error-sign" aria-hidden="true">!</span>
          <Text k="pad.noAnswer" />
        </p>
      ) : problem !== null ? (
        <ErrorNote code={problem} class="ask-problem" />
      ) : null}
      <button
        type="button"
        class="submit"
        data-testid="rating-submit"
        disabled={screen.level === null || sending}
        onClick={props.onSubmit}
      >
        <Text k={sending ? 'pad.sending' : 'pad.submit'} bilingual />
      </button>
    </section>
  );
}
