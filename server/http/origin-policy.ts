/**
 * Which web pages may talk to the hall: only its own. A browser names the page behind every request in
 * the Origin header; a page from another site (or a DNS name rebound to the hall's address) must not
 * drive the API or open a socket with a kiosk's or a staff member's credentials. The hall's own origins
 * are its PUBLIC_URL, its listen address, this machine's interface addresses and localhost, on the port
 * it listens on. Requests without an Origin (devices' native clients, curl, server-side tools) carry no
 * page and are let through; `Origin: null` (a sandboxed or file page) is not.
 */
import os from 'node:os';
import type { Config } from '../config';

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

export class OriginPolicy {
  private readonly hosts = new Set<string>(['localhost', '127.0.0.1', '[::1]']);
  private readonly ports = new Set<string>();

  constructor(config: Pick<Config, 'host' | 'port' | 'publicUrl'>) {
    if (!ANY_ADDRESS.has(config.host)) this.hosts.add(bracketed(config.host.toLowerCase()));
    for (const list of Object.values(os.networkInterfaces())) {
      for (const entry of list ?? []) this.hosts.add(bracketed(entry.address.toLowerCase()));
    }
    this.admitPublicUrl(config.publicUrl);
    if (config.port !== 0) this.ports.add(String(config.port));
  }

  /** The address phones reach (PUBLIC_URL, or the one an admin sets in the hall settings) is the hall's own. */
  admitPublicUrl(publicUrl: string): void {
    try {
      const pub = new URL(publicUrl);
      this.hosts.add(pub.hostname.toLowerCase());
      this.ports.add(pub.port || (pub.protocol === 'https:' ? '443' : '80'));
    } catch {
      // An unreadable PUBLIC_URL is reported at start-up; it simply adds no origin here.
    }
  }

  /** The port the server really listens on (known after listen; tests listen on port 0). */
  listening(port: number): void {
    this.ports.add(String(port));
  }

  /** Whether a request with this Origin header (undefined: none) may reach the hall. */
  allows(origin: string | undefined): boolean {
    if (origin === undefined) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return this.hosts.has(url.hostname.toLowerCase()) && this.ports.has(port);
  }
}
