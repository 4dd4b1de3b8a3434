/**
 * Pictographs for the centres, drawn here as plain SVG strokes (no icon font, nothing fetched). The
 * configuration names an icon by key; an unknown key gets a neutral mark.
 */
const ICONS: Record<string, string[]> = {
  // a seal: handle, neck, base and the stamped line
  stamp: ['M24 6a6 6 0 1 1 0 12a6 6 0 1 1 0-12', 'M21 18v8h6v-8', 'M10 26h28v8H10z', 'M8 40h32'],
  heart: ['M24 40S8 30 8 18a8 8 0 0 1 16-3a8 8 0 0 1 16 3c0 12-16 22-16 22z'],
  briefcase: ['M6 16h36v22H6z', 'M17 16v-5h14v5', 'M6 25h36'],
  family: ['M15 10a5 5 0 1 1 0 10a5 5 0 1 1 0-10', 'M33 10a5 5 0 1 1 0 10a5 5 0 1 1 0-10', 'M6 40v-8a9 9 0 0 1 18 0v8', 'M24 40v-8a9 9 0 0 1 18 0v8'],
  scale: ['M24 6v34', 'M14 40h20', 'M8 12h32', 'M8 12l-5 14h10z', 'M40 12l-5 14h10z'],
  ball: ['M24 6a18 18 0 1 1 0 36a18 18 0 1 1 0-36', 'M6 24h36', 'M24 6c-8 10-8 26 0 36', 'M24 6c8 10 8 26 0 36'],
};

const FALLBACK = ['M24 8l16 16l-16 16l-16-16z'];

export function CentreIcon(props: { icon: string; size: number }) {
  const paths = ICONS[props.icon] ?? FALLBACK;
  return (
    <svg
      class="centre-icon"
      width={props.size}
      height={props.size}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
