/**
 * Text shared by every demo guide: the hall's name, opening hours, complaint channels, and the
 * "place and window" line, which is derived from the demo counters so a guide never names a window
 * that does not serve its service. Phone numbers are placeholders for the demo hall, not real lines.
 */
import type { GuideMaterial, GuideSample, MaterialForm, ServiceGuide } from '../../../protocol/guide';
import { DEMO_COUNTERS } from '../hall-data';
import { DEMO_SAMPLE_FORMS, sampleImageUrl } from './sample-forms';
import { DEMO_MATERIAL_NAMES_MN } from './material-names-mn';

export const HALL_NAME = '青山区社会服务中心';

export const OFFICE_HOURS = '周一至周五 上午8:30-12:00 下午14:30-17:30（5月1日至9月30日下午15:00-18:00，法定节假日除外）';

/** Placeholder consultation lines, one per centre (0472 is the Baotou area code). */
export const CENTRE_PHONES: Record<string, string> = {
  'admin-approval': '0472-5000101',
  'social-services': '0472-5000102',
  'human-resources': '0472-5000103',
  'family-planning': '0472-5000104',
  'legal-aid': '0472-5000105',
  'culture-sports': '0472-5000106',
};

export const SUPERVISION =
  '12345政务服务便民热线；中心效能监督电话 0472-5000100；大厅意见箱或取号机“投诉建议”栏目';

/** Floor of each demo counter; 14 is the ground-floor general window (综合受理窗口). */
const COUNTER_FLOOR: Record<number, string> = {
  1: '一楼', 2: '一楼', 3: '一楼', 4: '一楼', 5: '一楼', 6: '一楼', 14: '一楼',
  7: '二楼', 8: '二楼', 13: '二楼', 9: '二楼',
  10: '三楼', 11: '三楼', 12: '三楼',
};

const GENERAL_COUNTER = 14;

function phoneOf(centreId: string): string {
  const phone = CENTRE_PHONES[centreId];
  if (!phone) throw new Error(`no demo phone for centre ${centreId}`);
  return phone;
}

/**
 * The counters serving a service, grouped by floor, e.g.
 * "青山区社会服务中心一楼 4号、6号窗口，14号窗口（综合受理）".
 */
export function placeOf(serviceId: string): string {
  const counters = DEMO_COUNTERS.filter((c) => c.services.includes(serviceId));
  if (counters.length === 0) throw new Error(`no demo counter serves ${serviceId}`);
  const byFloor = new Map<string, number[]>();
  for (const c of counters) {
    const floor = COUNTER_FLOOR[c.id] ?? '一楼';
    byFloor.set(floor, [...(byFloor.get(floor) ?? []), c.id]);
  }
  const parts = [...byFloor].map(([floor, ids]) => {
    const regular = ids.filter((id) => id !== GENERAL_COUNTER);
    const windows = regular.length > 0 ? [`${regular.map((id) => `${id}号`).join('、')}窗口`] : [];
    if (ids.includes(GENERAL_COUNTER)) windows.push(`${GENERAL_COUNTER}号窗口（综合受理）`);
    return `${floor} ${windows.join('，')}`;
  });
  return `${HALL_NAME}${parts.join('；')}`;
}

type SharedGuideFields = Pick<ServiceGuide, 'serviceId' | 'place' | 'hours' | 'phone' | 'supervision' | 'samples' | 'sampleContent'>;

/** The sample forms drawn for a service, as the guide lists them. */
export function samplesOf(serviceId: string): GuideSample[] {
  return DEMO_SAMPLE_FORMS.filter((f) => f.serviceId === serviceId)
    .map((f) => ({ title: f.title, image: sampleImageUrl(f.id), format: 'image' }));
}

/** The fields every demo guide fills the same way, from the service's id and centre. */
export function sharedFields(serviceId: string, centreId: string): SharedGuideFields {
  return {
    serviceId,
    place: placeOf(serviceId),
    hours: OFFICE_HOURS,
    phone: phoneOf(centreId),
    supervision: SUPERVISION,
    samples: samplesOf(serviceId),
    sampleContent: true,
  };
}

export const COMMON_COMMITMENTS = [
  '一次性告知：申请材料一次讲清、一次列全',
  '材料齐全、符合法定形式的当场受理，不让群众跑第二趟',
  '首问负责、限时办结，超时主动说明原因',
];

export const COMMON_DISCIPLINE = [
  '挂牌上岗、文明用语，不推诿、不刁难',
  '不得索取或收受服务对象财物，不得吃拿卡要',
  '不得在工作时间离岗、串岗或办理私事',
  '不得要求提供清单以外的材料',
];

/** One line of the material list, with its Mongolian draft name; `issuer` '' when the applicant prepares it. */
export function material(name: string, form: MaterialForm, copies: number, issuer: string, note?: string): GuideMaterial {
  const nameMn = DEMO_MATERIAL_NAMES_MN[name];
  const named = nameMn === undefined ? { name } : { name, nameMn };
  return note === undefined ? { ...named, form, copies, issuer } : { ...named, form, copies, issuer, note };
}

/** The identity card line that nearly every service asks for. */
export const ID_CARD = material('居民身份证', 'original_and_copy', 1, '公安机关');
export const HOUSEHOLD_REGISTER = material('居民户口簿', 'original_and_copy', 1, '公安机关');
