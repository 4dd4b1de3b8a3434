/**
 * Kiosks and displays are opened once by an admin with `?key=<deviceKey>`: the key is kept in
 * localStorage and removed from the address bar, so it is not left on screen or in a screenshot.
 */
const STORAGE_KEY = 'hall.deviceKey';

export function takeDeviceKey(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('key');
  if (fromUrl) {
    safeStore(fromUrl);
    url.searchParams.delete('key');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return safeRead();
}

function safeStore(key: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Storage disabled: the key still works for this page load.
  }
}

function safeRead(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
