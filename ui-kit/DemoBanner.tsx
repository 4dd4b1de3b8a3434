import type { HallInfo } from '../protocol/views';
import { Text } from './i18n';

/**
 * 演示模式: on every screen of the demo hall, so nobody takes its open-at-any-hour services, its numbers
 * or its sample data for a real hall's. Fixed at the top and transparent to taps, it moves no layout and
 * blocks no button. A real hall (SEED_DEMO=0) never sends demoMode, so it never shows.
 */
export function DemoBanner(props: { hall: Pick<HallInfo, 'demoMode'> | null | undefined }) {
  if (props.hall?.demoMode !== true) return null;
  return (
    <div class="demo-banner" role="status" data-testid="demo-banner">
      <Text k="demo.banner" />
    </div>
  );
}
