/**
 * The address phones reach, which every ticket's QR code carries. PUBLIC_URL wins; without it the hall
 * takes the machine's LAN address (the first IPv4 address of a real network interface) and says so at
 * start. A QR code pointing at localhost or a loopback address, or a server listening on loopback only,
 * works on the server itself and on no phone: start-up warns loudly about that.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import type { PublicAddressSource } from '../protocol/structure';

/** Where the deployment's address comes from (an admin may set another in the hall settings: source 'settings'). */
export type PublicUrlSource = Exclude<PublicAddressSource, 'settings'>;

export interface PublicUrlChoice {
  url: string;
  source: PublicUrlSource;
  /** The network interface the LAN address was taken from (source 'lan'). */
  iface: string | null;
}

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Link-local (169.254.x.x) means the machine got no address from the hall's network: not for phones. */
function isLanIPv4(info: NetworkInterfaceInfo): boolean {
  return info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.');
}

export function choosePublicUrl(fromEnv: string | undefined, port: number, interfaces: Interfaces): PublicUrlChoice {
  if (fromEnv) return { url: fromEnv.replace(/\/+$/, ''), source: 'env', iface: null };
  for (const [iface, infos] of Object.entries(interfaces)) {
    const lan = (infos ?? []).find(isLanIPv4);
    if (lan) return { url: `http://${lan.address}:${port}`, source: 'lan', iface };
  }
  return { url: `http://localhost:${port}`, source: 'none', iface: null };
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare.endsWith('.localhost') || bare === '::1' || /^127\./.test(bare)
    || bare === '0.0.0.0' || bare === '::';
}

/** Why phones could not open what the QR codes carry, or null when nothing stands in the way. */
export function unreachableByPhones(publicUrl: string, listenHost: string): 'loopback-url' | 'loopback-listen' | null {
  let host: string;
  try {
    host = new URL(publicUrl).hostname;
  } catch {
    return 'loopback-url';
  }
  if (isLoopbackHost(host)) return 'loopback-url';
  if (isLoopbackHost(listenHost) && listenHost !== '0.0.0.0' && listenHost !== '::') return 'loopback-listen';
  return null;
}
