/** 办理指南 of the 文体活动中心 (venue booking, cultural teams, fitness events). */
import type { DemoGuide } from './standard-fields';
import { COMMON_COMMITMENTS, COMMON_DISCIPLINE, material, sharedFields } from './common';

const CENTRE = 'culture-sports';
const FITNESS_REGULATION = '《全民健身条例》';
const PUBLIC_CULTURE_LAW = '《中华人民共和国公共文化服务保障法》';
const ID_FOR_CHECK = material('居民身份证', 'original', 1, '公安机关', '核验后当场退还');

export const CULTURE_SPORTS_GUIDES: DemoGuide[] = [
  {
    ...sharedFields('venue-booking', CENTRE),
    summary: '个人和群众文体团队预约中心的排练厅、乒乓球室、羽毛球馆、书画室等文体场馆。',
    basis: ['《公共文化体育设施条例》', FITNESS_REGULATION, PUBLIC_CULTURE_LAW],
    conditions: ['活动内容健康、合法', '遵守场馆使用须知，服从管理人员安排'],
    materials: [
      ID_FOR_CHECK,
      material('文体场馆使用预约申请表', 'original', 1, ''),
      material('群众文体团队登记证明或单位介绍信', 'original', 1, '本中心或所在单位', '以团队名义预约的提交'),
    ],
    process: ['查询场馆空闲时段', '填写预约申请表', '窗口确认并发放预约凭证', '按预约时段使用场馆'],
    legalTimeLimit: '即时办结',
    promisedTimeLimit: '即时办结',
    fees: '公益开放时段免费；其他时段按区价格主管部门核定的标准收费，收费标准在场馆公示',
    commitments: [...COMMON_COMMITMENTS, '老年人、残疾人团队优先安排公益时段'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '可以提前多久预约？', a: '可以预约7天内的时段，每次不超过2小时。' },
      { q: '预约了去不了怎么办？', a: '请至少提前一天到窗口或电话取消。无故不到的，按场馆须知暂停预约资格一段时间。' },
    ],
  },
  {
    ...sharedFields('cultural-team-registration', CENTRE),
    summary: '社区合唱、舞蹈、器乐、健身等群众自发组织的文体团队，在中心登记备案，享受场地、培训和展演服务。',
    basis: [PUBLIC_CULTURE_LAW, FITNESS_REGULATION],
    conditions: ['有固定成员10人以上和明确的负责人', '活动内容健康向上，不以营利为目的', '有相对固定的活动时间和地点'],
    materials: [
      material('群众文体团队登记表', 'original', 1, ''),
      material('负责人居民身份证', 'original_and_copy', 1, '公安机关'),
      material('团队成员名单', 'original', 1, '', '含姓名和联系电话'),
      material('团队活动公约', 'original', 1, ''),
    ],
    process: ['提交登记材料', '中心审核', '登记入册并发放团队登记证明', '纳入中心服务：场馆优先预约、培训辅导、展演机会'],
    legalTimeLimit: '法律未规定期限（公共文化服务事项）',
    promisedTimeLimit: '5个工作日',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '每年至少为登记团队组织一次免费培训或展演'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '在这里登记等于注册社会组织吗？', a: '不是。这里是中心的服务登记；需要成立社会团体的，应依法到民政部门申请登记。' },
      { q: '登记有什么好处？', a: '登记团队可以优先预约公益时段场馆，参加免费培训辅导，并有机会参加区里组织的文艺展演和体育比赛。' },
    ],
  },
  {
    ...sharedFields('fitness-event-signup', CENTRE),
    summary: '报名参加中心组织的健步走、广场舞展示、乒乓球比赛等全民健身活动。',
    basis: ['《中华人民共和国体育法》', FITNESS_REGULATION],
    conditions: ['身体状况适合参加所报项目', '年龄符合所报组别要求', '未成年人须经监护人同意'],
    materials: [
      ID_FOR_CHECK,
      material('全民健身活动报名表', 'original', 1, ''),
      material('健康承诺书', 'original', 1, ''),
      material('监护人同意书', 'original', 1, '', '未满18周岁的提交'),
    ],
    process: ['查看活动通知', '填写报名表和健康承诺书', '窗口确认报名并告知集合时间地点', '按时参加活动'],
    legalTimeLimit: '即时办结',
    promisedTimeLimit: '即时办结',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '活动时间、地点变更的，提前一天短信通知报名人'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '名额满了还能报名吗？', a: '可以登记为候补，有人退出时按登记顺序依次通知。' },
      { q: '遇到大风、降雨等天气怎么办？', a: '活动会视天气情况调整或延期，中心将提前通知报名人。' },
    ],
  },
];
