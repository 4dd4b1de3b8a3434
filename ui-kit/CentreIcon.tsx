/**
 * Pictographs for the centres, drawn here as plain SVG strokes (no icon font, nothing fetched). The
 * configuration names an icon by key; an unknown key gets a neutral mark.
 */
import { isCentreIcon, type CentreIconName } from '../protocol/structure';

/** One drawing per icon name an admin can choose (protocol/hall-config.ts CENTRE_ICONS). */
const ICONS: Record<CentreIconName, string[]> = {
  // a seal: handle, neck, base and the stamped line
  stamp: ['M24 6a6 6 0 1 1 0 12a6 6 0 1 1 0-12', 'M21 18v8h6v-8', 'M10 26h28v8H10z', 'M8 40h32'],
  heart: ['M24 40S8 30 8 18a8 8 0 0 1 16-3a8 8 0 0 1 16 3c0 12-16 22-16 22z'],
  briefcase: ['M6 16h36v22H6z', 'M17 16v-5h14v5', 'M6 25h36'],
  scale: ['M24 6v34', 'M14 40h20', 'M8 12h32', 'M8 12l-5 14h10z', 'M40 12l-5 14h10z'],
  // a football: the centre patch and the seams running out to the rim (a globe would say "travel")
  ball: [
    'M24 6a18 18 0 1 1 0 36a18 18 0 1 1 0-36',
    'M24 17l6.7 4.9-2.6 7.9h-8.2l-2.6-7.9z',
    'M24 17V7', 'M30.7 21.9l9.3-3', 'M28.1 29.8l5.7 8', 'M19.9 29.8l-5.7 8', 'M17.3 21.9l-9.3-3',
  ],
  // two grown-ups and a child between them
  family: [
    'M13 9a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9', 'M35 9a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9',
    'M5 40v-9a8 8 0 0 1 16 0v9', 'M27 40v-9a8 8 0 0 1 16 0v9',
    'M24 22a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7', 'M19.5 40v-3.5a4.5 4.5 0 0 1 9 0V40',
  ],
};

const FALLBACK = ['M24 8l16 16l-16 16l-16-16z'];

export function CentreIcon(props: { icon: string; size: number }) {
  const paths = isCentreIcon(props.icon) ? ICONS[props.icon] : FALLBACK;
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
