/**
 * Each service's booking settings (网上预约). Applied after the services they belong to; a service the
 * file does not name keeps its settings, and a file written before bookings existed changes none.
 */
import type { ConfigSection } from './section';
import { bookingConfigure, bookingSettingsList } from '../commands/booking-admin';

export const bookingsSection: ConfigSection<'bookings'> = {
  key: 'bookings',
  read: (ctx) => bookingSettingsList.run(ctx, {}),
  apply(_ctx, settings, { runner }) {
    return (settings ?? []).filter((item, i) => runner.run(`bookings.${i}`, bookingConfigure, item) !== null).length;
  },
};
