/**
 * The demo hall: six centres (六大中心), three or more services each, fourteen counters. Names and
 * prefixes are realistic for a district hall; an admin replaces them with the real configuration.
 * Prefixes I and O are avoided (they read as 1 and 0 on a display).
 */
import type { OpeningHoursText } from '../../protocol/hours';

export interface DemoCentre { id: string; name: string; nameMn: string; icon: string }
export interface DemoService {
  id: string; centreId: string; name: string; nameMn: string; prefix: string;
  dailyLimit: number | null; minutes: number;
}
const WINTER_DAY = ['08:30-12:00', '14:30-17:30'];
const SUMMER_DAY = ['08:30-12:00', '15:00-18:00'];

/**
 * Every demo service keeps the office hours of an Inner Mongolian hall: Monday to Friday 8:30–12:00 and
 * 14:30–17:30 in winter (from 1 October), 15:00–18:00 in the afternoon in summer (from 1 May); closed at
 * weekends (a make-up Saturday keeps Monday's hours). The demo hall runs in demo mode, so these only
 * show; a real hall's admin sets each service's own hours with service.setHours.
 */
export const DEMO_HOURS: OpeningHoursText = { timetables: [
  { startsOn: '05-01', week: [SUMMER_DAY, SUMMER_DAY, SUMMER_DAY, SUMMER_DAY, SUMMER_DAY, [], []] },
  { startsOn: '10-01', week: [WINTER_DAY, WINTER_DAY, WINTER_DAY, WINTER_DAY, WINTER_DAY, [], []] },
] };

export interface DemoCounter { id: number; centreId: string; services: string[]; policy: 'oldest-first' | 'service-order' }

export const DEMO_CENTRES: DemoCentre[] = [
  { id: 'admin-approval', name: '行政审批服务中心', nameMn: 'ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠢᠨᠠᠨ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', icon: 'stamp' },
  { id: 'social-services', name: '社会服务中心', nameMn: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', icon: 'heart' },
  { id: 'human-resources', name: '人力资源服务中心', nameMn: 'ᠬᠦᠮᠦᠨ ᠬᠦᠴᠦᠨ ᠦ ᠡᠬᠢ ᠪᠠᠶᠠᠯᠢᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', icon: 'briefcase' },
  { id: 'family-planning', name: '计生服务中心', nameMn: 'ᠲᠥᠷᠥᠯᠲᠡ ᠶᠢ ᠲᠥᠯᠥᠪᠯᠡᠬᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', icon: 'family' },
  { id: 'legal-aid', name: '法律援助中心', nameMn: 'ᠬᠠᠤᠯᠢ ᠴᠠᠭᠠᠵᠠ ᠶᠢᠨ ᠳᠡᠮᠵᠢᠯᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', icon: 'scale' },
  { id: 'culture-sports', name: '文体活动中心', nameMn: 'ᠰᠣᠶᠣᠯ ᠪᠡᠶ᠎ᠡ ᠲᠠᠮᠢᠷ ᠤᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭᠠᠨ ᠤ ᠲᠥᠪ', icon: 'ball' },
];

// Services sharing a prefix share one number sequence (e.g. both business registrations draw A-numbers).
export const DEMO_SERVICES: DemoService[] = [
  { id: 'company-registration', centreId: 'admin-approval', name: '企业设立登记', nameMn: 'ᠠᠵ ᠠᠬᠤᠢ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ ᠪᠦᠷᠲᠭᠡᠯ', prefix: 'A', dailyLimit: null, minutes: 15 },
  { id: 'individual-business', centreId: 'admin-approval', name: '个体工商户登记', nameMn: 'ᠬᠤᠪᠢ ᠶᠢᠨ ᠠᠵ ᠠᠬᠤᠢ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠪᠦᠷᠲᠭᠡᠯ', prefix: 'A', dailyLimit: null, minutes: 10 },
  { id: 'food-business-permit', centreId: 'admin-approval', name: '食品经营许可', nameMn: 'ᠬᠦᠨᠡᠰᠦᠨ ᠦ ᠠᠵ ᠠᠬᠤᠢ ᠡᠷᠬᠢᠯᠡᠬᠦ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ', prefix: 'B', dailyLimit: null, minutes: 12 },
  { id: 'minimum-living-allowance', centreId: 'social-services', name: '城乡最低生活保障申请', nameMn: 'ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ ᠶᠢᠨ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠬᠠᠮᠤᠭ ᠳᠣᠣᠷᠠᠳᠤ ᠪᠠᠲᠠᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠮᠠᠯᠲᠠᠭᠠᠯ', prefix: 'D', dailyLimit: null, minutes: 15 },
  { id: 'elderly-allowance', centreId: 'social-services', name: '高龄津贴申领', nameMn: 'ᠥᠨᠳᠦᠷ ᠨᠠᠰᠤᠲᠠᠨ ᠤ ᠲᠡᠳᠬᠦᠮᠵᠢ ᠮᠠᠯᠲᠠᠨ ᠠᠪᠬᠤ', prefix: 'E', dailyLimit: null, minutes: 8 },
  { id: 'disability-certificate', centreId: 'social-services', name: '残疾人证办理', nameMn: 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ', prefix: 'F', dailyLimit: 30, minutes: 20 },
  { id: 'employment-registration', centreId: 'human-resources', name: '就业失业登记', nameMn: 'ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠯᠲᠡ ᠪᠠ ᠠᠵᠢᠯ ᠦᠭᠡᠢᠳᠡᠯ ᠦᠨ ᠪᠦᠷᠲᠭᠡᠯ', prefix: 'G', dailyLimit: null, minutes: 8 },
  { id: 'social-insurance-enrolment', centreId: 'human-resources', name: '社会保险参保登记', nameMn: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠳᠠᠭᠠᠲᠭᠠᠯ ᠳᠤ ᠣᠷᠣᠬᠤ ᠪᠦᠷᠲᠭᠡᠯ', prefix: 'H', dailyLimit: null, minutes: 10 },
  { id: 'flexible-employment-insurance', centreId: 'human-resources', name: '灵活就业人员社保缴费', nameMn: 'ᠤᠶᠠᠨ ᠬᠠᠲᠠᠨ ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠳᠠᠭᠠᠲᠭᠠᠯ ᠤᠨ ᠲᠥᠯᠪᠦᠷᠢ ᠲᠥᠯᠥᠬᠦ', prefix: 'H', dailyLimit: null, minutes: 6 },
  { id: 'birth-registration', centreId: 'family-planning', name: '生育登记服务', nameMn: 'ᠲᠥᠷᠥᠯᠲᠡ ᠶᠢᠨ ᠪᠦᠷᠲᠭᠡᠯ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ', prefix: 'J', dailyLimit: null, minutes: 8 },
  { id: 'only-child-certificate', centreId: 'family-planning', name: '独生子女父母光荣证办理', nameMn: 'ᠭᠠᠭᠴᠠ ᠬᠡᠦᠬᠡᠳ ᠲᠡᠢ ᠡᠴᠢᠭᠡ ᠡᠬᠡ ᠶᠢᠨ ᠠᠯᠳᠠᠷ ᠤᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ', prefix: 'K', dailyLimit: null, minutes: 8 },
  { id: 'family-planning-reward', centreId: 'family-planning', name: '计划生育家庭奖励扶助', nameMn: 'ᠲᠥᠷᠥᠯᠲᠡ ᠶᠢ ᠲᠥᠯᠥᠪᠯᠡᠭᠰᠡᠨ ᠭᠡᠷ ᠪᠦᠯᠡ ᠶᠢᠨ ᠱᠠᠩᠨᠠᠯ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ', prefix: 'K', dailyLimit: null, minutes: 10 },
  { id: 'legal-aid-application', centreId: 'legal-aid', name: '法律援助申请', nameMn: 'ᠬᠠᠤᠯᠢ ᠴᠠᠭᠠᠵᠠ ᠶᠢᠨ ᠳᠡᠮᠵᠢᠯᠭᠡ ᠶᠢᠨ ᠮᠠᠯᠲᠠᠭᠠᠯ', prefix: 'L', dailyLimit: null, minutes: 20 },
  { id: 'legal-consultation', centreId: 'legal-aid', name: '法律咨询', nameMn: 'ᠬᠠᠤᠯᠢ ᠴᠠᠭᠠᠵᠠ ᠶᠢᠨ ᠯᠠᠪᠯᠠᠯᠭ᠎ᠠ', prefix: 'M', dailyLimit: null, minutes: 15 },
  { id: 'people-mediation', centreId: 'legal-aid', name: '人民调解申请', nameMn: 'ᠠᠷᠠᠳ ᠤᠨ ᠵᠣᠬᠢᠴᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠮᠠᠯᠲᠠᠭᠠᠯ', prefix: 'N', dailyLimit: null, minutes: 20 },
  { id: 'venue-booking', centreId: 'culture-sports', name: '文体场馆预约', nameMn: 'ᠰᠣᠶᠣᠯ ᠪᠡᠶ᠎ᠡ ᠲᠠᠮᠢᠷ ᠤᠨ ᠲᠠᠯᠪᠠᠢ ᠶᠢ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠬᠤ', prefix: 'P', dailyLimit: null, minutes: 5 },
  { id: 'cultural-team-registration', centreId: 'culture-sports', name: '群众文体团队登记', nameMn: 'ᠣᠯᠠᠨ ᠲᠦᠮᠡᠨ ᠦ ᠰᠣᠶᠣᠯ ᠪᠡᠶ᠎ᠡ ᠲᠠᠮᠢᠷ ᠤᠨ ᠪᠦᠯᠦᠭ ᠦᠨ ᠪᠦᠷᠲᠭᠡᠯ', prefix: 'Q', dailyLimit: null, minutes: 10 },
  { id: 'fitness-event-signup', centreId: 'culture-sports', name: '全民健身活动报名', nameMn: 'ᠪᠦᠬᠦ ᠠᠷᠠᠳ ᠤᠨ ᠪᠡᠶ᠎ᠡ ᠲᠠᠮᠢᠷᠵᠢᠭᠤᠯᠬᠤ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭᠠᠨ ᠳᠤ ᠨᠡᠷ᠎ᠡ ᠳᠡᠪᠰᠢᠬᠦ', prefix: 'R', dailyLimit: null, minutes: 5 },
];

export const DEMO_COUNTERS: DemoCounter[] = [
  { id: 1, centreId: 'admin-approval', services: ['company-registration', 'individual-business'], policy: 'oldest-first' },
  { id: 2, centreId: 'admin-approval', services: ['company-registration', 'individual-business'], policy: 'oldest-first' },
  { id: 3, centreId: 'admin-approval', services: ['food-business-permit', 'individual-business'], policy: 'service-order' },
  { id: 4, centreId: 'social-services', services: ['minimum-living-allowance', 'elderly-allowance'], policy: 'oldest-first' },
  { id: 5, centreId: 'social-services', services: ['elderly-allowance', 'disability-certificate'], policy: 'service-order' },
  { id: 6, centreId: 'social-services', services: ['disability-certificate', 'minimum-living-allowance'], policy: 'service-order' },
  { id: 7, centreId: 'human-resources', services: ['employment-registration', 'social-insurance-enrolment'], policy: 'oldest-first' },
  { id: 8, centreId: 'human-resources', services: ['social-insurance-enrolment', 'flexible-employment-insurance'], policy: 'oldest-first' },
  { id: 9, centreId: 'family-planning', services: ['birth-registration', 'only-child-certificate', 'family-planning-reward'], policy: 'oldest-first' },
  { id: 10, centreId: 'legal-aid', services: ['legal-aid-application', 'people-mediation'], policy: 'oldest-first' },
  { id: 11, centreId: 'legal-aid', services: ['legal-consultation', 'legal-aid-application'], policy: 'service-order' },
  { id: 12, centreId: 'culture-sports', services: ['venue-booking', 'cultural-team-registration', 'fitness-event-signup'], policy: 'oldest-first' },
  { id: 13, centreId: 'human-resources', services: ['flexible-employment-insurance', 'employment-registration'], policy: 'service-order' },
  { id: 14, centreId: 'admin-approval', services: ['company-registration', 'food-business-permit', 'minimum-living-allowance', 'social-insurance-enrolment'], policy: 'service-order' },
];
