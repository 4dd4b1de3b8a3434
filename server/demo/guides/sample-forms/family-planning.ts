/** Sample forms of the 计生服务中心 services. */
import type { SampleForm } from '../sample-svg';
import { APPLICANT as P } from './applicant';

const HEALTH_BUREAU = '包头市青山区卫生健康委员会';
const INK_NOTE = '请使用黑色或蓝色签字笔填写，字迹工整，不得涂改。';

export const FAMILY_PLANNING_SAMPLES: SampleForm[] = [
  {
    id: 'birth-registration-1',
    serviceId: 'birth-registration',
    title: '生育登记表',
    issuer: HEALTH_BUREAU,
    rows: [
      { kind: 'section', title: '夫妻双方信息' },
      { kind: 'fields', cells: [{ label: '女方姓名', value: P.spouse }, { label: '身份证号码', value: P.spouseId }] },
      { kind: 'fields', cells: [{ label: '男方姓名', value: P.name }, { label: '身份证号码', value: P.idNumber }] },
      { kind: 'fields', cells: [{ label: '结婚登记日期', value: '2015年6月18日' }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '现居住地址', value: P.address }] },
      { kind: 'section', title: '生育信息' },
      { kind: 'fields', cells: [{ label: '本次登记', value: { options: ['第一个子女', '第二个子女', '第三个子女'], chosen: [1] } }] },
      { kind: 'fields', cells: [{ label: '现有子女', value: '张小明，男，2010年出生' }] },
      { kind: 'fields', cells: [{ label: '预产期', value: '2026年8月' }, { label: '孕检医院', value: '青山区示例医院' }] },
    ],
    declaration: '夫妻双方承诺所填信息真实，知晓生育登记用于提供孕产期保健等服务，不作为入户、入学的前置条件。',
    signature: [{ label: '登记人（签字）：', value: P.spouse }, { label: '日期：', value: P.date }],
    notes: ['夫妻任意一方均可办理，另一方无需到场。', '也可通过线上政务服务平台自助登记。', INK_NOTE],
  },
  {
    id: 'only-child-certificate-1',
    serviceId: 'only-child-certificate',
    title: '独生子女父母光荣证申请表',
    issuer: HEALTH_BUREAU,
    rows: [
      { kind: 'fields', cells: [{ label: '男方姓名', value: P.name }, { label: '身份证号码', value: P.idNumber }] },
      { kind: 'fields', cells: [{ label: '女方姓名', value: P.spouse }, { label: '身份证号码', value: P.spouseId }] },
      { kind: 'fields', cells: [{ label: '结婚日期', value: '2005年10月1日' }, { label: '婚姻状况', value: { options: ['初婚', '再婚'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '子女姓名', value: '张小明' }, { label: '子女出生日期', value: '2007年3月9日' }] },
      { kind: 'fields', cells: [{ label: '家庭住址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '申请事项', value: { options: ['新办', '补办', '换发'], chosen: [1] } }] },
      { kind: 'block', label: '补办或换发原因', value: '原证件于2023年搬家时遗失，现申请补办。' },
      { kind: 'block', label: '社区意见', value: '经核实，该夫妻只生育一个子女，情况属实，同意上报。' },
    ],
    declaration: '夫妻双方承诺只生育一个子女，所填信息真实。如有不实，愿退还已领取的奖励并承担相应责任。',
    signature: [{ label: '申请人（签字）：', value: `${P.name}  ${P.spouse}` }, { label: '日期：', value: P.date }],
    notes: ['须附夫妻双方1寸近期合影照片1张。', '“社区意见”一栏由社区工作人员填写。', INK_NOTE],
  },
  {
    id: 'family-planning-reward-1',
    serviceId: 'family-planning-reward',
    title: '计划生育家庭奖励扶助对象申报表',
    issuer: HEALTH_BUREAU,
    rows: [
      { kind: 'fields', cells: [{ label: '申报人姓名', value: P.name }, { label: '出生日期', value: '1965年4月20日' }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: '1502041965****1238' }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '配偶姓名', value: P.spouse }, { label: '配偶出生日期', value: '1966年9月2日' }] },
      { kind: 'fields', cells: [{ label: '户籍地址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '扶助类别', value: { options: ['奖励扶助', '特别扶助（伤残）', '特别扶助（死亡）'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '子女情况', value: '独生子张小明，1990年出生' }] },
      { kind: 'fields', cells: [{ label: '光荣证编号', value: '青计字第****号' }, { label: '发放卡号', value: '6217****5678' }] },
      { kind: 'block', label: '社区初审意见', value: '经入户核实，申报人符合奖励扶助条件，已在社区公示7日无异议，同意上报。' },
    ],
    declaration: '本人承诺所填信息真实，如情况发生变化（如再生育、户籍迁出等）将及时报告，并退还不应领取的资金。',
    signature: [{ label: '申报人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['夫妻双方符合条件的，各填一份。', '“社区初审意见”由社区工作人员填写。', INK_NOTE],
  },
];
