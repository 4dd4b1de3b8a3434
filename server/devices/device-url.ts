import type { DeviceKind } from '../../protocol/views';

/** The page each kind of device opens. */
const PAGE: Record<DeviceKind, string> = { kiosk: 'kiosk', display: 'display', 'rating-pad': 'pad' };

/** The address a device opens with its key: the hall's public address, its page, the key. */
export function deviceUrl(publicUrl: string, kind: DeviceKind, key: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${PAGE[kind]}/?key=${encodeURIComponent(key)}`;
}
