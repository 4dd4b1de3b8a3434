import type { RatingLevel } from '../../protocol/rating';
import { tr } from '../../protocol/catalog/ui-lookup';
import { Text } from '../../ui-kit/i18n';
import { SatisfactionFace } from '../../ui-kit/SatisfactionFace';
import { asksReasons } from './pad-flow';

/** The thank-you after a rating; `level` null when the service had been rated before. */
export function ThanksPanel(props: { level: RatingLevel | null }) {
  const { level } = props;
  return (
    <section class="thanks" data-testid="rating-done" role="status">
      <span class="thanks-sign" aria-hidden="true" />
      <h1 class="thanks-word">
        <Text k="pad.thanks" bilingual />
      </h1>
      {level !== null ? (
        <p class="thanks-level">
          <SatisfactionFace level={level} size={64} class={`thanks-face level-tone-${level}`} />
          <Text k="pad.thanksLevel" varsOf={(lang) => ({ level: tr(`rating.level.${level}`, lang) })} />
        </p>
      ) : (
        <p class="thanks-level">
          <Text k="pad.thanksEarlier" />
        </p>
      )}
      {level !== null && asksReasons(level) ? (
        <p class="thanks-follow">
          <Text k="pad.followUp" />
        </p>
      ) : null}
    </section>
  );
}
