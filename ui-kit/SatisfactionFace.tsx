/**
 * A face for each of the five 好差评 levels, drawn as SVG strokes (no emoji: fonts differ and some
 * phones show boxes). The mouth bends from a wide smile (5) to a deep frown (1), the worst level frowns
 * with knitted brows, so the level reads without colour; the level's words always stand beside it.
 */
import type { RatingLevel } from '../protocol/rating';

/** Mouth as a quadratic curve from (14,31) to (34,31); the control point's y sets the bend. */
const MOUTH_BEND: Record<RatingLevel, number> = { 5: 42, 4: 37, 3: 31, 2: 25, 1: 21 };

export function SatisfactionFace(props: { level: RatingLevel; size: number; class?: string }) {
  const { level, size } = props;
  const bend = MOUTH_BEND[level];
  const mouthY = level <= 2 ? 34 : 31;
  return (
    <svg
      class={props.class}
      width={size}
      height={size}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <circle cx="24" cy="24" r="21" />
      <circle cx="17" cy="19" r="1.2" fill="currentColor" stroke-width="2.5" />
      <circle cx="31" cy="19" r="1.2" fill="currentColor" stroke-width="2.5" />
      {level === 1 ? (
        <>
          <path d="M12 13l8 3" />
          <path d="M36 13l-8 3" />
        </>
      ) : null}
      <path d={`M14 ${mouthY}Q24 ${bend + (mouthY - 31)} 34 ${mouthY}`} />
    </svg>
  );
}
