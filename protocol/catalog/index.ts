/**
 * The one message catalog: every string a person reads comes from here, in Chinese with traditional
 * Mongolian beside it. Each area of the product keeps its entries in its own file.
 */
import type { Message } from './message';
import { errorMessages } from './errors';
import { commonMessages } from './common';
import { kioskMessages } from './kiosk';
import { displayMessages } from './display';
import { counterMessages } from './counter';
import { phoneMessages } from './phone';
import { printMessages } from './print';
import { ratingMessages } from './rating';
import { serverMessages } from './server';
import { padMessages } from './pad';
import { publicInfoMessages } from './public-info';
import { adminMessages } from './admin';
import { adminDeviceMessages } from './admin-devices';
import { accountMessages } from './account';
import { adminStructureMessages } from './admin-structure';
import { adminConfigMessages } from './admin-config';
import { adminPublicInfoMessages } from './admin-public-info';
import { haochapingMessages } from './haochaping';
import { adminCaseMessages } from './admin-cases';
import { adminPushMessages } from './admin-push';
import { voiceMessages } from './voice';
import { deskFiguresMessages } from './desk-figures';
import { adminReportMessages } from './admin-reports';
import { adminSupervisionMessages } from './admin-supervision';
import { deviceSetupMessages } from './device-setup';
import { adminMnTextMessages } from './admin-mn-texts';
import { matterDeskMessages, matterPhoneMessages } from './matters';
import { portalMessages } from './portal';
import { portalBookingMessages } from './portal-booking';
import { adminBookingMessages } from './admin-bookings';

export type { Message } from './message';

export const catalog = {
  ...errorMessages,
  ...commonMessages,
  ...kioskMessages,
  ...displayMessages,
  ...counterMessages,
  ...phoneMessages,
  ...printMessages,
  ...ratingMessages,
  ...serverMessages,
  ...padMessages,
  ...publicInfoMessages,
  ...adminMessages,
  ...adminDeviceMessages,
  ...accountMessages,
  ...adminStructureMessages,
  ...adminConfigMessages,
  ...adminPublicInfoMessages,
  ...haochapingMessages,
  ...adminCaseMessages,
  ...adminPushMessages,
  ...voiceMessages,
  ...deskFiguresMessages,
  ...adminReportMessages,
  ...adminSupervisionMessages,
  ...deviceSetupMessages,
  ...portalMessages,
  ...portalBookingMessages,
  ...adminMnTextMessages,
  ...matterDeskMessages,
  ...matterPhoneMessages,
  ...adminBookingMessages,
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof catalog;
export type Lang = 'zh' | 'mn';
export type Vars = Record<string, string | number>;

/** `text` with its `{name}` placeholders filled from `vars` (an unknown one stays as it is). */
export function fill(text: string, vars: Vars | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The text of `key` in `lang`; Mongolian falls back to Chinese while no translation exists. */
export function t(key: MessageKey, lang: Lang = 'zh', vars?: Vars): string {
  const entry: Message = catalog[key];
  const text = lang === 'mn' && entry.mn ? entry.mn : entry.zh;
  return fill(text, vars);
}

/** Both languages of `key`, for bilingual layouts (Mongolian first, per the local rule). */
export function both(key: MessageKey, vars?: Vars): { mn: string; zh: string } {
  const entry: Message = catalog[key];
  return { mn: fill(entry.mn, vars), zh: fill(entry.zh, vars) };
}
