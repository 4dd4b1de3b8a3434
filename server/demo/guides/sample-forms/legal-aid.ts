/** Sample forms of the 法律援助中心 services. */
import type { SampleForm } from '../sample-svg';
import { APPLICANT as P } from './applicant';

const LEGAL_AID = '包头市青山区法律援助中心';
const INK_NOTE = '请使用黑色或蓝色签字笔填写，字迹工整，不得涂改。';

export const LEGAL_AID_SAMPLES: SampleForm[] = [
  {
    id: 'legal-aid-application-1',
    serviceId: 'legal-aid-application',
    title: '法律援助申请表',
    issuer: LEGAL_AID,
    rows: [
      { kind: 'fields', cells: [{ label: '申请人姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '住所', value: P.address }] },
      { kind: 'fields', cells: [{ label: '申请事项', value: { options: ['请求支付劳动报酬', '工伤赔偿', '给付赡养费', '其他'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '对方当事人', value: '包头市示例建筑劳务有限公司' }] },
      { kind: 'fields', cells: [{ label: '涉案金额', value: '18600元' }, { label: '案件阶段', value: '劳动仲裁前' }] },
      { kind: 'block', label: '案情及申请理由', value: '本人于2025年4月至11月在对方承建的青山区某工地务工，对方拖欠工资共计18600元，多次催要未果。本人家庭经济困难，无力委托律师，申请法律援助。' },
    ],
    declaration: '本人承诺所填事实和提交材料真实。如以欺骗方式获得法律援助，愿承担由此产生的法律责任和费用。',
    signature: [{ label: '申请人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['请同时填写《经济困难状况说明表》（个人诚信承诺）。', '证据材料（如考勤记录、欠条、聊天记录）请附复印件。', INK_NOTE],
  },
  {
    id: 'legal-aid-application-2',
    serviceId: 'legal-aid-application',
    title: '法律援助经济困难状况说明表',
    issuer: LEGAL_AID,
    rows: [
      { kind: 'fields', cells: [{ label: '申请人姓名', value: P.name }, { label: '身份证号码', value: P.idNumber }] },
      { kind: 'fields', cells: [{ label: '家庭人口', value: '3人' }, { label: '就业状况', value: '无固定工作' }] },
      { kind: 'fields', cells: [{ label: '家庭月总收入', value: '2100元' }, { label: '人均月收入', value: '700元' }] },
      { kind: 'fields', cells: [{ label: '属于以下情形', value: { options: ['低保家庭', '特困人员', '残疾人', '以上均不是'], chosen: [3] } }] },
      { kind: 'block', label: '家庭主要财产', value: '自有住房一套（建筑面积58平方米，自住），无机动车，无其他大额存款或投资。' },
      { kind: 'block', label: '其他需说明情况', value: '配偶身体不好，孩子在读书，家庭开支依靠配偶零工收入。' },
    ],
    declaration: '本人承诺以上内容真实，同意法律援助机构进行核查。如有虚假，愿承担终止法律援助、支付已发生费用等责任。',
    signature: [{ label: '申请人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['属于低保、特困等情形的，附相关证件复印件即可，无需详填收入。', INK_NOTE],
  },
  {
    id: 'legal-consultation-1',
    serviceId: 'legal-consultation',
    title: '法律咨询登记表',
    issuer: LEGAL_AID,
    rows: [
      { kind: 'fields', cells: [{ label: '咨询人', value: P.name }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '咨询方式', value: { options: ['来访', '电话', '网络'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '咨询类别', value: { options: ['婚姻家庭', '劳动争议', '房产物业', '合同债务', '其他'], chosen: [2] } }] },
      { kind: 'block', label: '咨询问题', value: '所住小区物业公司以业主欠缴物业费为由，限制业主车辆进出小区。想了解这种做法是否合法，以及如何维护自身权益。' },
      { kind: 'block', label: '解答要点', value: '物业服务企业不得以停水停电、限制出入等方式催交物业费；可先与物业协商，协商不成可申请人民调解或向住建部门反映。' },
      { kind: 'fields', cells: [{ label: '解答人', value: '值班律师 赵律师' }, { label: '是否需转办', value: { options: ['否', '是'], chosen: [0] } }] },
    ],
    declaration: '以上解答根据咨询人陈述的情况作出，仅供参考；事实有变化的，请另行咨询。',
    signature: [{ label: '咨询人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['“解答要点”“解答人”由值班律师填写。', INK_NOTE],
  },
  {
    id: 'people-mediation-1',
    serviceId: 'people-mediation',
    title: '人民调解申请书',
    issuer: '包头市青山区人民调解委员会',
    rows: [
      { kind: 'section', title: '当事人' },
      { kind: 'fields', cells: [{ label: '申请人', value: P.name }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '申请人住址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '被申请人', value: P.agent }, { label: '联系电话', value: P.agentPhone }] },
      { kind: 'fields', cells: [{ label: '被申请人住址', value: '包头市青山区幸福路街道示例小区8栋2单元401室' }] },
      { kind: 'fields', cells: [{ label: '纠纷类型', value: { options: ['邻里纠纷', '婚姻家庭', '损害赔偿', '物业纠纷', '其他'], chosen: [0] } }] },
      { kind: 'block', label: '纠纷事实', value: '被申请人家卫生间防水损坏长期漏水，导致申请人家卫生间顶棚和墙面受潮脱落，双方多次协商维修和赔偿未果。' },
      { kind: 'block', label: '调解请求', value: '请求被申请人修复漏水点，并赔偿顶棚和墙面修复费用约3000元。' },
    ],
    declaration: '本人自愿申请人民调解，知晓人民调解不收取任何费用；调解不成的，可依法申请仲裁或提起诉讼。',
    signature: [{ label: '申请人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['请附能证明纠纷事实的照片、维修报价等材料。', '已经人民法院、仲裁机构受理的纠纷不予受理。', INK_NOTE],
  },
];
