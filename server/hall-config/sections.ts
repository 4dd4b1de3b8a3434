/**
 * Every section of the configuration file, in the order they are applied: what an item refers to is
 * applied before the item (centres before their services, services before the counters serving them).
 */
import type { ConfigFile } from '../../protocol/config-file';
import type { CommandContext } from '../commands/context';
import type { ConfigSection, ImportState, SectionKey } from './section';
import { hallSection } from './hall-section';
import { calendarSection } from './calendar-section';
import { staffSection } from './staff-section';
import { centresSection, countersSection, servicesSection } from './structure-sections';
import { guidesSection } from './guides-section';
import { devicesSection, printersSection } from './equipment-sections';
import { announcementsSection, boardsSection } from './public-info-sections';
import { bookingsSection } from './bookings-section';

type Sections = { [K in SectionKey]: ConfigSection<K> };

const SECTIONS: Sections = {
  hall: hallSection,
  calendar: calendarSection,
  centres: centresSection,
  services: servicesSection,
  bookings: bookingsSection,
  counters: countersSection,
  printers: printersSection,
  devices: devicesSection,
  staff: staffSection,
  guides: guidesSection,
  announcements: announcementsSection,
  boards: boardsSection,
};

const ORDER: readonly SectionKey[] = [
  'hall', 'calendar', 'centres', 'services', 'bookings', 'counters', 'printers', 'devices', 'staff', 'guides', 'announcements', 'boards',
];

function readOne<K extends SectionKey>(ctx: CommandContext, key: K): ConfigFile[K] {
  return SECTIONS[key].read(ctx);
}

function applyOne<K extends SectionKey>(ctx: CommandContext, file: ConfigFile, key: K, state: ImportState): number {
  return SECTIONS[key].apply(ctx, file[key], state);
}

export function readSections(ctx: CommandContext): Pick<ConfigFile, SectionKey> {
  return {
    hall: readOne(ctx, 'hall'), calendar: readOne(ctx, 'calendar'), centres: readOne(ctx, 'centres'), services: readOne(ctx, 'services'),
    bookings: readOne(ctx, 'bookings'),
    counters: readOne(ctx, 'counters'), printers: readOne(ctx, 'printers'), devices: readOne(ctx, 'devices'),
    staff: readOne(ctx, 'staff'), guides: readOne(ctx, 'guides'),
    announcements: readOne(ctx, 'announcements'), boards: readOne(ctx, 'boards'),
  };
}

export function applySections(ctx: CommandContext, file: ConfigFile, state: ImportState): Record<string, number> {
  const applied: Record<string, number> = {};
  for (const key of ORDER) applied[key] = applyOne(ctx, file, key, state);
  return applied;
}
