import type { ComponentChildren } from 'preact';
import type { HallInfo } from '../../../protocol/views';
import { Stacked, Text, VerticalMongolian } from '../../../ui-kit/i18n';
import { LangToggle } from '../../../ui-kit/LangToggle';
import { DemoBanner } from '../../../ui-kit/DemoBanner';
import type { ScreenName } from '../route';
import { Pictogram } from './Pictogram';

/**
 * Every kiosk screen: the Mongolian hall name set vertically on the left (the local rule puts Mongolian
 * on the left in vertical layouts), the header with the text-size and language buttons, the screen,
 * and the back/home bar at the bottom where a seated or short resident reaches it.
 */
export function KioskFrame(props: {
  hall: HallInfo;
  screen: ScreenName;
  largeText: boolean;
  onToggleLargeText: () => void;
  onBack: (() => void) | null;
  onHome: (() => void) | null;
  children: ComponentChildren;
}) {
  return (
    <div class={`kiosk kiosk-${props.screen}`}>
      <DemoBanner hall={props.hall} />
      <aside class="side-band" aria-hidden="true">
        <VerticalMongolian text={props.hall.nameMn} />
      </aside>
      <div class="kiosk-main">
        <header class="kiosk-header">
          <h1 class="hall-name">
            <Stacked mn={props.hall.nameMn} zh={props.hall.name} />
          </h1>
          <div class="header-tools">
            <button
              type="button"
              class="tool-button"
              data-testid="large-text-toggle"
              aria-pressed={props.largeText}
              onClick={props.onToggleLargeText}
            >
              <Pictogram name="textSize" size={40} />
              <Text k="kiosk.largeText" />
            </button>
            <LangToggle />
          </div>
        </header>
        <main class="kiosk-body">{props.children}</main>
        {props.onBack || props.onHome ? (
          <nav class="kiosk-nav">
            {props.onBack ? (
              <button type="button" class="nav-button" data-testid="nav-back" onClick={props.onBack}>
                <Pictogram name="back" size={44} class="nav-sign" strokeWidth={5} />
                <Text k="nav.back" />
              </button>
            ) : null}
            {props.onHome ? (
              <button type="button" class="nav-button" data-testid="nav-home" onClick={props.onHome}>
                <Pictogram name="home" size={44} class="nav-sign" strokeWidth={4} />
                <Text k="nav.home" />
              </button>
            ) : null}
          </nav>
        ) : null}
      </div>
    </div>
  );
}
