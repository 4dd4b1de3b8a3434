/**
 * Hash routing: `#/staff/12` is the screen `staff` with the path ['12']. A hash survives a reload and
 * needs nothing from the server (every console URL is /admin/).
 */
import { useEffect, useState } from 'preact/hooks';

export function currentPath(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
}

export function navigate(path: string): void {
  window.location.hash = `#/${path}`;
}

export function useHashPath(): string[] {
  const [path, setPath] = useState<string[]>(currentPath);
  useEffect(() => {
    const changed = (): void => {
      const next = currentPath();
      setPath((shown) => (shown.length === next.length && shown.every((part, i) => part === next[i]) ? shown : next));
    };
    window.addEventListener('hashchange', changed);
    // The effect runs a moment after the first render: a hash that changed in between (a link followed
    // while the console was appearing after login) fired its event before anyone listened.
    changed();
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return path;
}
