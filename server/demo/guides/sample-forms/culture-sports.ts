/** Sample forms of the 文体活动中心 services. */
import type { SampleForm } from '../sample-svg';
import { APPLICANT as P } from './applicant';

const CULTURE_CENTRE = '包头市青山区社会服务中心文体活动中心';
const INK_NOTE = '请使用黑色或蓝色签字笔填写，字迹工整，不得涂改。';
const TEAM = '青山区示例社区老年合唱队';

export const CULTURE_SPORTS_SAMPLES: SampleForm[] = [
  {
    id: 'venue-booking-1',
    serviceId: 'venue-booking',
    title: '文体场馆使用预约申请表',
    issuer: CULTURE_CENTRE,
    rows: [
      { kind: 'fields', cells: [{ label: '申请团队或个人', value: TEAM }] },
      { kind: 'fields', cells: [{ label: '负责人', value: P.name }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '预约场馆', value: { options: ['多功能排练厅', '乒乓球室', '羽毛球馆', '书画室'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '使用日期', value: '2026年3月21日（周六）' }, { label: '使用时段', value: '9:00-11:00' }] },
      { kind: 'fields', cells: [{ label: '参加人数', value: '25人' }, { label: '活动内容', value: '合唱排练' }] },
      { kind: 'fields', cells: [{ label: '设备需求', value: { options: ['音响', '钢琴', '投影', '不需要'], chosen: [0, 1] } }] },
      { kind: 'block', label: '安全责任', value: '负责人负责组织活动期间的人员安全和秩序，爱护场馆设施，活动结束后恢复场地原状。' },
    ],
    declaration: '本人已阅读场馆使用须知，承诺按预约时段使用，不转借他人；不能按时使用的，提前一天取消预约。',
    signature: [{ label: '负责人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['每次预约不超过2小时，可提前7天预约。', INK_NOTE],
  },
  {
    id: 'cultural-team-registration-1',
    serviceId: 'cultural-team-registration',
    title: '群众文体团队登记表',
    issuer: CULTURE_CENTRE,
    rows: [
      { kind: 'fields', cells: [{ label: '团队名称', value: TEAM }] },
      { kind: 'fields', cells: [{ label: '团队类别', value: { options: ['合唱', '舞蹈', '器乐', '戏曲', '健身', '其他'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '成立时间', value: '2019年9月' }, { label: '成员人数', value: '32人' }] },
      { kind: 'fields', cells: [{ label: '负责人', value: P.name }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '负责人身份证号码', value: P.idNumber }] },
      { kind: 'fields', cells: [{ label: '固定活动地点', value: '示例社区党群服务中心活动室' }] },
      { kind: 'fields', cells: [{ label: '活动时间', value: '每周二、周四上午9:00-11:00' }] },
      { kind: 'block', label: '团队简介', value: '由社区退休居民自发组成，以演唱民歌和红色歌曲为主，曾参加街道和区里组织的文艺汇演。' },
    ],
    declaration: '本团队承诺活动内容健康向上，遵守公共场所管理规定，不以团队名义从事营利活动，成员或负责人变动时及时报告。',
    signature: [{ label: '负责人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['请附成员名单（姓名、联系电话）。', INK_NOTE],
  },
  {
    id: 'fitness-event-signup-1',
    serviceId: 'fitness-event-signup',
    title: '全民健身活动报名表',
    issuer: CULTURE_CENTRE,
    rows: [
      { kind: 'fields', cells: [{ label: '活动名称', value: '2026年青山区全民健身健步走' }] },
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '参加组别', value: { options: ['青年组（18-39岁）', '中年组（40-59岁）', '老年组（60岁以上）'], chosen: [1] } }] },
      { kind: 'fields', cells: [{ label: '紧急联系人', value: P.spouse }, { label: '联系电话', value: P.agentPhone }] },
      { kind: 'fields', cells: [{ label: '服装尺码', value: { options: ['M', 'L', 'XL', 'XXL'], chosen: [2] } }] },
      { kind: 'fields', cells: [{ label: '健康状况', value: { options: ['良好，适合参加', '有慢性病，已咨询医生'], chosen: [0] } }] },
    ],
    declaration: '本人自愿参加本次活动，身体状况适合参加，遵守活动规则和工作人员安排，活动中量力而行。',
    signature: [{ label: '报名人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['未满18周岁的须由监护人在报名表上签字同意。', '60周岁以上报名人建议先进行健康检查。', INK_NOTE],
  },
];
