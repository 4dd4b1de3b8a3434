import type { ComponentType } from 'preact';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import type { Role } from '../../../protocol/views';

/** What the shell hands a screen: the rest of the route after its id (#/staff/12 → ['12']). */
export interface ScreenProps {
  path: string[];
}

export interface ScreenDef {
  /** The route and navigation id: #/<id>. */
  id: string;
  /** Its name in the navigation and the page title. */
  title: UiKey;
  /** Who sees it; admins should see every screen. */
  roles: readonly Role[];
  /**
   * Who changes things on it besides admins (whose screens are writable everywhere). Elsewhere
   * supervisors only read; a screen whose commands supervisors may send (the follow-up cases) names them.
   */
  writers?: readonly Role[];
  component: ComponentType<ScreenProps>;
}
