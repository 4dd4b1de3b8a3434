/**
 * Which address the QR codes carry when PUBLIC_URL is not set, and when phones could not open it.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import { choosePublicUrl, unreachableByPhones, type Interfaces } from '../../server/public-url';
import { loadConfig } from '../../server/config';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}
function v6(address: string): NetworkInterfaceInfo {
  return { address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:00:00:00:00:00', internal: false, cidr: `${address}/64`, scopeid: 0 };
}

const LAN: Interfaces = { lo: [v4('127.0.0.1', true)], wlan0: [v6('fe80::1'), v4('192.168.10.5')], eth1: [v4('10.0.0.7')] };

describe('the public URL', () => {
  it('is PUBLIC_URL when set, without a trailing slash', () => {
    expect(choosePublicUrl('http://hall.lan:8080/', 3000, LAN)).toEqual({ url: 'http://hall.lan:8080', source: 'env', iface: null });
  });

  it('is the first LAN IPv4 address with the port when PUBLIC_URL is not set', () => {
    expect(choosePublicUrl(undefined, 3000, LAN)).toEqual({ url: 'http://192.168.10.5:3000', source: 'lan', iface: 'wlan0' });
    expect(choosePublicUrl('', 80, LAN).url).toBe('http://192.168.10.5:80');
  });

  it('skips loopback, IPv6-only and link-local interfaces, and falls back to localhost with no LAN at all', () => {
    const none: Interfaces = { lo: [v4('127.0.0.1', true)], eth0: [v6('fd00::2'), v4('169.254.3.4')] };
    expect(choosePublicUrl(undefined, 3000, none)).toEqual({ url: 'http://localhost:3000', source: 'none', iface: null });
    expect(choosePublicUrl(undefined, 3000, {})).toMatchObject({ source: 'none' });
  });

  it('is what loadConfig uses', () => {
    const config = loadConfig({ PORT: '3100' }, '/srv/hall', LAN);
    expect(config).toMatchObject({ publicUrl: 'http://192.168.10.5:3100', publicUrlSource: 'lan', publicUrlInterface: 'wlan0' });
  });

  it.each([
    ['http://localhost:3000', '0.0.0.0', 'loopback-url'],
    ['http://127.0.0.1:3000', '0.0.0.0', 'loopback-url'],
    ['http://127.8.0.1', '0.0.0.0', 'loopback-url'],
    ['http://[::1]:3000', '0.0.0.0', 'loopback-url'],
    ['http://kiosk.localhost:3000', '0.0.0.0', 'loopback-url'],
    ['http://0.0.0.0:3000', '0.0.0.0', 'loopback-url'],
    ['http://192.168.10.5:3000', '127.0.0.1', 'loopback-listen'],
    ['http://192.168.10.5:3000', 'localhost', 'loopback-listen'],
    ['http://192.168.10.5:3000', '0.0.0.0', null],
    ['http://192.168.10.5:3000', '192.168.10.5', null],
    ['https://hall.example.cn', '::', null],
  ])('%s served on %s: %s', (url, host, verdict) => {
    expect(unreachableByPhones(url, host)).toBe(verdict);
  });
});
