/**
 * Small signs drawn as SVG, for symbols that the hall's fonts may lack (a missing glyph would show as
 * an empty box). Always decorative: the words next to them carry the meaning.
 */
const SIGNS = {
  pause: ['M17 12v24', 'M31 12v24'],
  printer: ['M14 20V8h20v12', 'M8 20h32v14h-6', 'M14 34H8', 'M14 28h20v12H14z'],
} as const;

export type SignName = keyof typeof SIGNS;

export function Sign(props: { name: SignName; size: number; class?: string }) {
  return (
    <svg
      class={props.class}
      width={props.size}
      height={props.size}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      stroke-width="5"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      {SIGNS[props.name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
