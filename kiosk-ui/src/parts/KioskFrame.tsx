import type { ComponentChildren } from 'preact';
import type { HallInfo } from '../../../protocol/views';
import { Stacked, Text, VerticalMongolian } from '../../../ui-kit/i18n';
import { LangToggle } from '../../../ui-kit/LangToggle';

/**
 * Every kiosk screen: the Mongolian hall name set vertically on the left (the local rule puts Mongolian
 * on the left in vertical layouts), the header, the screen, and the back/home bar at the bottom where a
 * seated or short resident reaches it.
 */
export function KioskFrame(props: {
  hall: HallInfo;
  onBack: (() => void) | null;
  onHome: (() => void) | null;
  children: ComponentChildren;
}) {
  return (
    <div class="kiosk">
      <aside class="side-band" aria-hidden="true">
        <VerticalMongolian text={props.hall.nameMn} />
      </aside>
      <div class="kiosk-main">
        <header class="kiosk-header">
          <h1 class="hall-name">
            <Stacked mn={props.hall.nameMn} zh={props.hall.name} />
          </h1>
          <LangToggle />
        </header>
        <main class="kiosk-body">{props.children}</main>
        {props.onBack || props.onHome ? (
          <nav class="kiosk-nav">
            {props.onBack ? (
              <button type="button" class="nav-button" onClick={props.onBack}>
                <span class="nav-sign" aria-hidden="true">‹</span>
                <Text k="nav.back" />
              </button>
            ) : null}
            {props.onHome ? (
              <button type="button" class="nav-button" onClick={props.onHome}>
                <span class="nav-sign" aria-hidden="true">⌂</span>
                <Text k="nav.home" />
              </button>
            ) : null}
          </nav>
        ) : null}
      </div>
    </div>
  );
}
