/**
 * Moving between the portal's pages: real links (they open in a new tab, a screen reader lists them)
 * whose plain clicks change the page without a reload, and the browser's back and forward buttons.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { pathOf, routeOf, type PortalRoute } from './routes';

export type LinkableRoute = Exclude<PortalRoute, { page: 'not-found' }>;

export interface PortalNavigation {
  route: PortalRoute;
  /** Counts moves to another page (0 on arrival), so the page can take the focus after each move. */
  moves: number;
  go(route: LinkableRoute): void;
}

const NavigationContext = createContext<PortalNavigation>({ route: { page: 'home' }, moves: 0, go: () => undefined });

export function NavigationProvider(props: { children: ComponentChildren }) {
  const [state, setState] = useState({ route: routeOf(window.location.pathname), moves: 0 });
  useEffect(() => {
    const follow = (): void => {
      const route = routeOf(window.location.pathname);
      // A jump within the page (the skip link's #main) is no move to another page.
      setState((s) => (pathKey(s.route) === pathKey(route) ? s : { route, moves: s.moves + 1 }));
    };
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);
  const go = useCallback((route: LinkableRoute) => {
    window.history.pushState(null, '', pathOf(route));
    setState((s) => ({ route, moves: s.moves + 1 }));
  }, []);
  const value = useMemo(() => ({ ...state, go }), [state, go]);
  return <NavigationContext.Provider value={value}>{props.children}</NavigationContext.Provider>;
}

function pathKey(route: PortalRoute): string {
  return route.page === 'not-found' ? 'not-found' : pathOf(route);
}

export function useNavigation(): PortalNavigation {
  return useContext(NavigationContext);
}

/** A link to a page of the portal. */
export function PortalLink(props: { to: LinkableRoute; class?: string; testId?: string; current?: boolean; children: ComponentChildren }) {
  const { go } = useNavigation();
  const href = pathOf(props.to);
  const onClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(props.to);
  };
  return (
    <a href={href} class={props.class} data-testid={props.testId} aria-current={props.current ? 'page' : undefined} onClick={onClick}>
      {props.children}
    </a>
  );
}
