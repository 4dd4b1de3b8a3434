import { useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { BAD_RATING_MAX, RATING_LEVELS, RATING_REASONS, type RatingLevel, type RatingReason } from '../../../protocol/rating';
import { Text } from '../../../ui-kit/i18n';
import { SatisfactionFace } from '../../../ui-kit/SatisfactionFace';
import { rateErrorKey } from '../feedback/rate-errors';
import { useRate } from '../feedback/use-rate';
import { Pictogram } from '../parts/Pictogram';
import type { Navigator } from '../route';
import { ScreenTitle } from '../parts/ScreenTitle';

/**
 * 服务评价, step three: the five national levels as faces with words; for the two 差评 levels, the
 * reasons (at least one, so the centre's follow-up knows where to start); then one submit button.
 */
export function RateLevelScreen(props: { number: string; code: string; stream: HallStream; nav: Navigator }) {
  const { number, code, nav } = props;
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [reasons, setReasons] = useState<RatingReason[]>([]);
  const rate = useRate(props.stream, { number, ratingCode: code }, (rated) => nav.finish({ screen: 'rate-done', bad: rated <= BAD_RATING_MAX }));
  const bad = level !== null && level <= BAD_RATING_MAX;
  // Reasons are asked for, not required (as on the phone and the rating pad): a resident who only taps
  // 不满意 is still heard, and the centre follows up every bad rating either way.
  const ready = level !== null;
  const hint = level === null ? 'kiosk.rate.levelNeeded' : bad && reasons.length === 0 ? 'kiosk.rate.reasonHint' : null;
  const sending = rate.state.phase === 'sending';
  const toggle = (reason: RatingReason): void =>
    setReasons((rs) => (rs.includes(reason) ? rs.filter((r) => r !== reason) : [...rs, reason]));
  return (
    <section class="screen rate-screen rate-level-screen" data-testid="rate-screen">
      <ScreenTitle icon="rate" kicker="kiosk.rate.title">
        <Text k="kiosk.rate.ticket" vars={{ number }} />
      </ScreenTitle>
      <p class="screen-prompt">
        <Text k="kiosk.rate.levelPrompt" />
      </p>
      <div class="level-grid">
        {RATING_LEVELS.map((l) => (
          <button
            type="button"
            key={l}
            class={`level-button level-${l}`}
            data-testid={`rating-level-${l}`}
            aria-pressed={level === l}
            disabled={sending}
            onClick={() => setLevel(l)}
          >
            <SatisfactionFace level={l} size={96} class="level-face" />
            <Text k={`rating.level.${l}`} class="level-words" />
            <span class="level-check" aria-hidden="true">
              {level === l ? <Pictogram name="tick" size={40} strokeWidth={6} /> : null}
            </span>
          </button>
        ))}
      </div>
      {bad ? (
        <div class="reason-block">
          <p class="screen-prompt">
            <Text k="kiosk.rate.reasonPrompt" />
          </p>
          <div class="choice-grid">
            {RATING_REASONS.map((r) => (
              <button
                type="button"
                key={r}
                class="choice-button"
                data-testid={`rating-reason-${r}`}
                aria-pressed={reasons.includes(r)}
                disabled={sending}
                onClick={() => toggle(r)}
              >
                <span class="choice-box" aria-hidden="true">
                  {reasons.includes(r) ? <Pictogram name="tick" size={36} strokeWidth={6} /> : null}
                </span>
                <Text k={`rating.reason.${r}`} />
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <div class="submit-row">
        {hint ? (
          <p class="hint" role="status">
            <Text k={hint} />
          </p>
        ) : null}
        <button
          type="button"
          class="big-button submit-button"
          data-testid="rating-submit"
          disabled={!ready || sending}
          onClick={() => level !== null && rate.submit(level, bad ? reasons : [])}
        >
          <Text k="kiosk.rate.submit" />
        </button>
        <RateProblem state={rate.state} onReenter={nav.back} />
      </div>
    </section>
  );
}

function RateProblem(props: { state: ReturnType<typeof useRate>['state']; onReenter: () => void }) {
  const { state } = props;
  if (state.phase === 'sending') {
    return (
      <p class="issue-progress" role="status">
        <span class="spinner" aria-hidden="true" />
        <Text k="kiosk.rate.sending" />
      </p>
    );
  }
  if (state.phase === 'unanswered') {
    return (
      <p class="issue-progress issue-unanswered" role="alert">
        <Text k="kiosk.rate.unanswered" />
      </p>
    );
  }
  if (state.phase !== 'refused') return null;
  return (
    <div class="issue-progress issue-failed" role="alert" data-testid="rating-error" data-code={state.code}>
      <p class="error-note">
        <span class="error-sign" aria-hidden="true">!</span>
        <Text k={rateErrorKey(state.code)} />
      </p>
      {state.code === 'TICKET_NOT_FOUND' ? (
        <button type="button" class="big-button" data-testid="rate-reenter" onClick={props.onReenter}>
          <Text k="kiosk.rate.reenter" />
        </button>
      ) : null}
    </div>
  );
}
