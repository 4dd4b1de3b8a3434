import type { HallSnapshot } from '../../../protocol/views';
import { CentreIcon } from '../../../ui-kit/CentreIcon';
import { centresInOrder } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { centreLoad } from '../centre-load';
import { waitWords, type WaitWords } from '../wait-words';
import { Pictogram, type PictogramName } from '../parts/Pictogram';
import type { Navigator, Route } from '../route';
import { NoticeStrip } from '../parts/NoticeStrip';

interface HomeFunction {
  testId: string;
  route: Route;
  icon: PictogramName;
  label: UiKey;
  hint: UiKey;
}

/** The other things a resident comes to the kiosk for, besides taking a ticket. */
const FUNCTIONS: HomeFunction[] = [
  { testId: 'home-check-in', route: { screen: 'check-in', code: '' }, icon: 'checkIn', label: 'kiosk.home.checkIn', hint: 'kiosk.home.checkInHint' },
  { testId: 'home-guides', route: { screen: 'guides' }, icon: 'guide', label: 'kiosk.home.guides', hint: 'kiosk.home.guidesHint' },
  { testId: 'home-boards', route: { screen: 'boards' }, icon: 'board', label: 'kiosk.home.boards', hint: 'kiosk.home.boardsHint' },
  { testId: 'home-rate', route: { screen: 'rate', number: '' }, icon: 'rate', label: 'kiosk.home.rate', hint: 'kiosk.home.rateHint' },
  { testId: 'home-complaint', route: { screen: 'complaint' }, icon: 'complaint', label: 'kiosk.home.complaint', hint: 'kiosk.home.complaintHint' },
];

export function HomeScreen(props: { snapshot: HallSnapshot; nav: Navigator }) {
  const { snapshot, nav } = props;
  return (
    <section class="screen home-screen">
      <div class="home-head">
        <NoticeStrip notices={snapshot.notices} />
        <h2 class="screen-prompt">
          <Text k="kiosk.home.prompt" />
        </h2>
      </div>
      <div class="centre-grid">
        {centresInOrder(snapshot).map((centre) => {
          const load = centreLoad(snapshot, centre.id);
          return (
            <button
              type="button"
              key={centre.id}
              class="centre-tile"
              data-testid={`centre-tile-${centre.id}`}
              onClick={() => nav.push({ screen: 'centre', centreId: centre.id })}
            >
              <span class={`centre-badge centre-badge-${centre.icon}`}>
                <CentreIcon icon={centre.icon} size={96} />
              </span>
              <Stacked {...namesOf(centre)} class="centre-name" />
              <span class="centre-load">
                <Text k="kiosk.home.centreWaiting" vars={{ n: load.waiting }} class="centre-waiting" />
                <CentreWait wait={waitWords(load.waiting, load.longestEstimateMinutes, load.windowsOpen)} />
              </span>
            </button>
          );
        })}
      </div>
      <div class="home-functions">
        {FUNCTIONS.map((f) => (
          <button type="button" key={f.testId} class="function-button" data-testid={f.testId} onClick={() => nav.push(f.route)}>
            <Pictogram name={f.icon} size={64} />
            <span class="function-words">
              <Text k={f.label} class="function-label" />
              <Text k={f.hint} class="function-hint" />
            </span>
          </button>
        ))}
      </div>
      {snapshot.hall.complaintPhone ? (
        <p class="home-footnote">
          <Text k="kiosk.home.complaintPhone" vars={{ phone: snapshot.hall.complaintPhone }} />
        </p>
      ) : null}
    </section>
  );
}

/** A centre tile's wait: the longest estimate, 无需等候 only while a window of the centre is open. */
function CentreWait(props: { wait: WaitWords }) {
  const { wait } = props;
  if (wait.kind === 'estimate') return <Text class="centre-estimate" k="kiosk.home.centreEstimate" vars={{ n: wait.minutes }} />;
  if (wait.kind === 'noWindow') return <Text class="centre-estimate" k="kiosk.service.noCounterOpen" />;
  return <Text class="centre-estimate" k="kiosk.home.centreNoWait" />;
}
