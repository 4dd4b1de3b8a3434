/**
 * What the server prints at start for the hall's technician, in words from the catalog: where the hall
 * listens and which address the QR codes carry (and where that address came from), the data directory,
 * the counter page, the admin console and how to log in to it, and the demo devices. A QR address that no phone can open is
 * framed as a loud warning, because every ticket printed with it is useless to its resident.
 */
import type { AddressInfo } from 'node:net';
import { t } from '../protocol/catalog';
import type { Config } from './config';
import type { AdminBootstrap } from './hall/bootstrap';
import { unreachableByPhones } from './public-url';
import type { PublicAddressSource } from '../protocol/structure';
import type { HallSettings } from './hall/settings';

const ALARM = '!'.repeat(72);

export function publicUrlWarning(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string | null {
  const problem = unreachableByPhones(config.publicUrl, config.host);
  if (problem === 'loopback-url') return t('server.phonesCannotReachUrl', 'zh', { url: config.publicUrl, port: config.port });
  if (problem === 'loopback-listen') return t('server.phonesCannotReachHost', 'zh', { host: config.host });
  return null;
}

/** The configuration as the start log tells it: the QR address is the hall settings' when an admin set one. */
export type ShownConfig = Omit<Config, 'publicUrlSource'> & { publicUrlSource: PublicAddressSource };

export function shownConfig(config: Config, settings: Pick<HallSettings, 'publicAddress' | 'publicUrl'>): ShownConfig {
  return settings.publicAddress === null ? config : { ...config, publicUrl: settings.publicUrl, publicUrlSource: 'settings' };
}

/**
 * `hallEmpty`: nothing is set up yet (SEED_DEMO=0 on a new machine): the text then says first of all
 * where the console is and how to begin.
 */
export function startupText(config: ShownConfig, address: AddressInfo, admin: AdminBootstrap, demoLines: string[],
  hallEmpty = false): string {
  const consoleUrl = `${config.publicUrl}/admin/`;
  const lines = [
    t('server.listening', 'zh', { address: `http://${address.address}:${address.port}`, publicUrl: config.publicUrl }),
  ];
  if (config.publicUrlSource === 'lan') {
    lines.push(t('server.publicUrlFromLan', 'zh', { url: config.publicUrl, iface: config.publicUrlInterface ?? '' }));
  } else if (config.publicUrlSource === 'settings') {
    lines.push(t('server.publicUrlFromSettings', 'zh', { url: config.publicUrl }));
  } else if (config.publicUrlSource === 'none') {
    lines.push(t('server.publicUrlNoLan', 'zh', { url: config.publicUrl }));
  }
  const warning = publicUrlWarning(config);
  if (warning) lines.push(ALARM, warning, ALARM);
  lines.push(
    t('server.dataDir', 'zh', { dir: config.dataDir }),
    t('server.counterPage', 'zh', { url: `${config.publicUrl}/counter/` }),
  );
  lines.push(t('server.adminConsole', 'zh', { url: consoleUrl }));
  if (admin.generatedPassword) {
    lines.push(t('server.adminGenerated', 'zh', { password: admin.generatedPassword }));
  } else if (admin.created) {
    lines.push(t('server.adminFromEnv'));
  } else {
    lines.push(t('server.adminExisting'));
  }
  if (hallEmpty) lines.push(ALARM, t('server.emptyHall', 'zh', { url: consoleUrl }), ALARM);
  lines.push(...demoLines);
  return lines.join('\n');
}
