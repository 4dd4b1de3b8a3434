/**
 * The demo guides' fields of the national guide standard that the first demo guides lacked: 实施主体,
 * 事项编码, 事项类型, 到现场次数, 办理结果, and the 告知单 notes. Illustrative values for the demo hall in
 * 包头市青山区 (the codes are made up in the demo's own pattern, not codes of the real catalogue).
 */
import type { ItemType, ServiceGuide } from '../../../protocol/guide';

type StandardKeys = 'authority' | 'itemCode' | 'itemType' | 'visits' | 'result' | 'resultSample' | 'noticeNotes';

/** A demo guide as the centre files write it; the standard fields below complete it. */
export type DemoGuide = Omit<ServiceGuide, StandardKeys>;

type Standard = Pick<ServiceGuide, 'authority' | 'itemType' | 'visits' | 'result'>;

const DISTRICT = '包头市青山区';
const MARKET = `${DISTRICT}市场监督管理局`;
const CIVIL = `${DISTRICT}民政局`;
const HRSS = `${DISTRICT}人力资源和社会保障局`;
const HEALTH = `${DISTRICT}卫生健康委员会`;
const JUSTICE = `${DISTRICT}司法局`;
const CULTURE = `${DISTRICT}文化旅游体育局`;

function std(authority: string, itemType: ItemType, result: string, visits = 1): Standard {
  return { authority, itemType, result, visits };
}

const STANDARD: Record<string, Standard> = {
  'company-registration': std(MARKET, 'licensing', '营业执照（纸质及电子营业执照）'),
  'individual-business': std(MARKET, 'licensing', '营业执照（个体工商户）'),
  'food-business-permit': std(MARKET, 'licensing', '食品经营许可证'),
  'minimum-living-allowance': std(CIVIL, 'benefit', '最低生活保障金，按月发放至本人账户'),
  'elderly-allowance': std(CIVIL, 'benefit', '高龄津贴，按月发放至本人账户'),
  'disability-certificate': std(`${DISTRICT}残疾人联合会`, 'confirmation', '中华人民共和国残疾人证', 2),
  'employment-registration': std(HRSS, 'public-service', '就业创业证（就业或失业登记记录）'),
  'social-insurance-enrolment': std(`${DISTRICT}社会保险事业服务中心`, 'public-service', '社会保险参保登记记录'),
  'flexible-employment-insurance': std(`${DISTRICT}社会保险事业服务中心`, 'public-service', '社会保险费缴费凭证'),
  'birth-registration': std(HEALTH, 'public-service', '生育登记服务单', 0),
  'only-child-certificate': std(HEALTH, 'confirmation', '独生子女父母光荣证'),
  'family-planning-reward': std(HEALTH, 'benefit', '计划生育家庭奖励扶助金，按年发放'),
  'legal-aid-application': std(`${JUSTICE}（${DISTRICT}法律援助中心）`, 'public-service', '给予法律援助决定书或不予法律援助决定书'),
  'legal-consultation': std(`${DISTRICT}法律援助中心`, 'public-service', '法律咨询意见（当场口头解答，需要时出具书面意见）'),
  'people-mediation': std(`${DISTRICT}人民调解委员会`, 'public-service', '人民调解协议书', 2),
  'venue-booking': std(`${DISTRICT}文体活动中心`, 'public-service', '场馆预约确认单', 0),
  'cultural-team-registration': std(CULTURE, 'public-service', '群众文体团队登记凭证'),
  'fitness-event-signup': std(CULTURE, 'public-service', '活动报名确认单', 0),
};

/** 告知单 notes every demo guide prints below its materials. */
const NOTICE_NOTES = [
  '材料不齐全或不符合法定形式的，窗口工作人员将一次性告知需要补正的全部内容',
  '委托他人办理的，请携带授权委托书和代理人身份证件',
];

/** The demo guide completed with the standard's fields; its code is the demo's running number. */
export function withStandardFields(guide: DemoGuide, index: number): ServiceGuide {
  const standard = STANDARD[guide.serviceId];
  if (!standard) throw new Error(`no standard fields for demo service ${guide.serviceId}`);
  return {
    ...guide,
    ...standard,
    itemCode: `QS-150204-${String(index + 1).padStart(4, '0')}`,
    resultSample: null,
    noticeNotes: NOTICE_NOTES,
  };
}
