/**
 * The hall's structure: centres, then their services (with hours and limits), then the counters serving
 * them. Matched by id (a counter's id is its window number); an existing one is updated, a new one made.
 * What the file does not name stays as it is: disable it in the console if it should no longer be used.
 */
import type { ConfigSection } from './section';
import { CENTRE_ICONS, isCentreIcon } from '../../protocol/structure';
import { centreCreate, centreList, centreUpdate } from '../commands/admin-centres';
import { serviceAdminList, serviceCreate, serviceUpdate } from '../commands/admin-services';
import { counterCreate, counterList, counterUpdate } from '../commands/admin-counters';

export const centresSection: ConfigSection<'centres'> = {
  key: 'centres',
  read: (ctx) => centreList.run(ctx, {}).map((c) => ({
    // Centres made before icons were checked may carry none (drawn as a neutral mark); the file, like the
    // console, needs one of the icons, so such a centre travels with the first.
    id: c.id, name: c.name, nameMn: c.nameMn, icon: isCentreIcon(c.icon) ? c.icon : CENTRE_ICONS[0], sortOrder: c.sortOrder,
    enabled: c.enabled,
  })),
  apply(ctx, centres, { runner }) {
    const known = new Set(centreList.run(ctx, {}).map((c) => c.id));
    return centres.filter((centre, i) => runner.run(`centres.${i}`, known.has(centre.id) ? centreUpdate : centreCreate, centre) !== null)
      .length;
  },
};

export const servicesSection: ConfigSection<'services'> = {
  key: 'services',
  read: (ctx) => serviceAdminList.run(ctx, {}).map((s) => ({
    id: s.id, centreId: s.centreId, name: s.name, nameMn: s.nameMn, prefix: s.prefix, enabled: s.enabled,
    priorityOffered: s.priorityOffered, defaultServiceMinutes: s.defaultServiceMinutes, sortOrder: s.sortOrder,
    hours: s.hours, dailyLimit: s.dailyLimit, morningLimit: s.morningLimit, afternoonLimit: s.afternoonLimit,
    waitYellowMinutes: s.waitYellowMinutes, waitRedMinutes: s.waitRedMinutes, serviceYellowMinutes: s.serviceYellowMinutes,
    serviceRedMinutes: s.serviceRedMinutes, idleAlertMinutes: s.idleAlertMinutes,
  })),
  apply(ctx, services, { runner }) {
    const known = new Set(serviceAdminList.run(ctx, {}).map((s) => s.id));
    return services.filter((service, i) => {
      const sharePrefix = services.some((other) => other.id !== service.id && other.prefix === service.prefix);
      const input = { ...service, sharePrefix };
      return runner.run(`services.${i}`, known.has(service.id) ? serviceUpdate : serviceCreate, input) !== null;
    }).length;
  },
};

export const countersSection: ConfigSection<'counters'> = {
  key: 'counters',
  read: (ctx) => counterList.run(ctx, {}).map((c) => ({
    id: c.id, name: c.name, centreId: c.centreId, serviceIds: c.serviceIds, callPolicy: c.callPolicy, enabled: c.enabled,
  })),
  apply(ctx, counters, { runner }) {
    const known = new Set(counterList.run(ctx, {}).map((c) => c.id));
    return counters.filter((counter, i) => runner.run(`counters.${i}`, known.has(counter.id) ? counterUpdate : counterCreate, counter) !== null)
      .length;
  },
};
