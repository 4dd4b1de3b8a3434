/** Sample forms of the 人力资源服务中心 services. */
import type { SampleForm } from '../sample-svg';
import { APPLICANT as P, DEMO_COMPANY as C } from './applicant';

const HR_BUREAU = '包头市青山区人力资源和社会保障局';
const INK_NOTE = '请使用黑色或蓝色签字笔填写，字迹工整，不得涂改。';
const INSURANCES = ['养老', '医疗', '失业', '工伤', '生育'];

export const HUMAN_RESOURCES_SAMPLES: SampleForm[] = [
  {
    id: 'employment-registration-1',
    serviceId: 'employment-registration',
    title: '失业登记表',
    issuer: HR_BUREAU,
    rows: [
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '文化程度', value: { options: ['初中及以下', '高中或中专', '大专', '本科及以上'], chosen: [1] } }] },
      { kind: 'fields', cells: [{ label: '常住地址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '原工作单位', value: '包头市示例机械制造有限公司' }] },
      { kind: 'fields', cells: [{ label: '合同终止日期', value: '2026年2月28日' }, { label: '原从事工种', value: '设备维修' }] },
      { kind: 'fields', cells: [{ label: '失业原因', value: { options: ['劳动合同期满', '单位裁员', '个人原因离职', '其他'], chosen: [0] } }] },
      { kind: 'block', label: '求职意向', value: '希望从事机械维修或仓储管理工作，期望月薪4000元左右，愿意参加电工职业技能培训。' },
    ],
    declaration: '本人承诺目前处于无业状态，有劳动能力和就业要求，所填信息真实。就业后将及时办理就业登记。',
    signature: [{ label: '登记人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['办理失业登记后请按约定时间参加就业指导和岗位推荐。', INK_NOTE],
  },
  {
    id: 'social-insurance-enrolment-1',
    serviceId: 'social-insurance-enrolment',
    title: '社会保险参保登记表（单位）',
    issuer: HR_BUREAU,
    rows: [
      { kind: 'fields', cells: [{ label: '单位名称', value: C.name }] },
      { kind: 'fields', cells: [{ label: '统一社会信用代码', value: C.creditCode }] },
      { kind: 'fields', cells: [{ label: '单位类型', value: { options: ['企业', '个体工商户', '民办非企业单位', '其他'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '法定代表人', value: P.name }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '单位地址', value: C.address }] },
      { kind: 'fields', cells: [{ label: '开户银行', value: '示例银行青山支行' }, { label: '银行账号', value: '6222****1234' }] },
      { kind: 'fields', cells: [{ label: '参保险种', value: { options: INSURANCES, chosen: [0, 1, 2, 3, 4] } }] },
      { kind: 'fields', cells: [{ label: '首次参保人数', value: '5人' }, { label: '参保年月', value: '2026年3月' }] },
      { kind: 'fields', cells: [{ label: '经办人', value: P.agent }, { label: '经办人电话', value: P.agentPhone }] },
    ],
    declaration: '本单位承诺所填信息真实，依法为全部职工参加社会保险并按时足额缴费，信息变更时30日内办理变更登记。',
    signature: [{ label: '单位负责人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    seal: '示例专用',
    notes: ['单位应自成立之日起30日内办理社会保险登记。', '职工名单请另填《参保人员增员表》。', INK_NOTE],
  },
  {
    id: 'social-insurance-enrolment-2',
    serviceId: 'social-insurance-enrolment',
    title: '参保人员增员表',
    issuer: HR_BUREAU,
    rows: [
      { kind: 'section', title: '单位信息' },
      { kind: 'fields', cells: [{ label: '单位名称', value: C.name }] },
      { kind: 'fields', cells: [{ label: '单位编号', value: '1502040****' }, { label: '经办人', value: P.agent }] },
      { kind: 'section', title: '增员人员' },
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '身份证号码', value: P.idNumber }] },
      { kind: 'fields', cells: [{ label: '用工形式', value: { options: ['劳动合同制', '劳务派遣', '非全日制'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '参加工作时间', value: '2003年7月' }, { label: '本单位入职', value: '2026年3月2日' }] },
      { kind: 'fields', cells: [{ label: '月缴费工资', value: '4500元' }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '参保险种', value: { options: INSURANCES, chosen: [0, 1, 2, 3, 4] } }] },
    ],
    declaration: '本单位承诺增员人员与本单位存在劳动关系，缴费工资按本人上年度月平均工资如实申报。',
    signature: [{ label: '经办人（签字）：', value: P.agent }, { label: '日期：', value: P.date }],
    notes: ['用工之日起30日内为职工办理增员。', '一人一行；人数较多的可使用电子表格批量办理。', INK_NOTE],
  },
  {
    id: 'flexible-employment-insurance-1',
    serviceId: 'flexible-employment-insurance',
    title: '灵活就业人员参保登记表',
    issuer: HR_BUREAU,
    rows: [
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '常住地址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '就业形式', value: { options: ['无雇工的个体工商户', '非全日制从业人员', '其他灵活就业'], chosen: [2] } }] },
      { kind: 'fields', cells: [{ label: '参保险种', value: { options: ['企业职工基本养老保险', '职工基本医疗保险'], chosen: [0, 1] } }] },
      { kind: 'fields', cells: [{ label: '缴费基数档次', value: { options: ['60%', '80%', '100%', '150%', '200%', '300%'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '缴费方式', value: { options: ['按月', '按季', '按年'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '扣款账户', value: '6217****5678' }, { label: '开户银行', value: '示例银行青山支行' }] },
    ],
    declaration: '本人承诺未在用人单位参加职工基本养老保险，所填信息真实，按所选档次按时缴费，逾期未缴的后果自行承担。',
    signature: [{ label: '参保人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['缴费档次以上年度全口径城镇单位就业人员平均工资为基数，每年可调整一次。', '签订委托扣款协议后按月自动扣缴。', INK_NOTE],
  },
];
