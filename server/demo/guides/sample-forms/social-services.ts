/** Sample forms of the 社会服务中心 services (minimum living allowance, elderly allowance, disability card). */
import type { SampleForm } from '../sample-svg';
import { APPLICANT as P } from './applicant';

const CIVIL_AFFAIRS = '包头市青山区民政局';
const INK_NOTE = '请使用黑色或蓝色签字笔填写，字迹工整，不得涂改。';

export const SOCIAL_SERVICES_SAMPLES: SampleForm[] = [
  {
    id: 'minimum-living-allowance-1',
    serviceId: 'minimum-living-allowance',
    title: '最低生活保障申请书',
    issuer: CIVIL_AFFAIRS,
    rows: [
      { kind: 'fields', cells: [{ label: '申请人姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '家庭住址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '申请类别', value: { options: ['城市最低生活保障', '农村最低生活保障'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '共同生活人数', value: '3人' }, { label: '家庭月收入', value: '2100元' }] },
      { kind: 'section', title: '共同生活家庭成员' },
      { kind: 'fields', cells: [{ label: '配偶', value: P.spouse }, { label: '身份证号码', value: P.spouseId }] },
      { kind: 'fields', cells: [{ label: '子女', value: '张小明（在校学生）' }, { label: '身份证号码', value: '1502042010****3218' }] },
      { kind: 'block', label: '申请理由', value: '本人自2025年起因病失去劳动能力，配偶打零工收入不稳定，孩子在校读书，家庭人均月收入低于本市城市低保标准，特申请最低生活保障。' },
    ],
    declaration: '本人承诺以上填报的家庭成员、收入和财产情况真实完整，同意民政部门核对家庭经济状况。如有隐瞒或虚报，愿退还所领保障金并承担相应责任。',
    signature: [{ label: '申请人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: [
      '共同生活的家庭成员须全部填写，包括未成年子女。',
      '家庭收入按申请前6个月的月平均收入填写。',
      '须同时提交全体家庭成员签字的家庭经济状况核对授权书。',
    ],
  },
  {
    id: 'minimum-living-allowance-2',
    serviceId: 'minimum-living-allowance',
    title: '家庭经济状况核对授权书',
    issuer: CIVIL_AFFAIRS,
    rows: [
      { kind: 'fields', cells: [{ label: '申请事项', value: '城市最低生活保障' }] },
      { kind: 'section', title: '授权人（全体共同生活家庭成员）' },
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '与申请人关系', value: '本人' }] },
      { kind: 'fields', cells: [{ label: '姓名', value: P.spouse }, { label: '与申请人关系', value: '配偶' }] },
      { kind: 'fields', cells: [{ label: '姓名', value: '张小明' }, { label: '与申请人关系', value: '子女（监护人代签）' }] },
      { kind: 'block', label: '授权内容', value: '同意并授权民政部门及其委托的核对机构，向有关部门和金融机构查询、核对本家庭成员的户籍、车辆、房产、存款、证券、市场主体登记、社会保险等信息，仅用于本次社会救助审核确认。' },
    ],
    declaration: '授权人已知悉授权内容。核对结果可作为审核确认的依据，授权在享受救助期间持续有效。',
    signature: [{ label: '授权人（签字）：', value: `${P.name}  ${P.spouse}` }, { label: '日期：', value: P.date }],
    notes: ['每位成年家庭成员须本人签字；未成年人由监护人代签并注明。', INK_NOTE],
  },
  {
    id: 'elderly-allowance-1',
    serviceId: 'elderly-allowance',
    title: '高龄津贴申领登记表',
    issuer: CIVIL_AFFAIRS,
    rows: [
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '出生日期', value: '1944年5月12日' }, { label: '年龄', value: '81周岁' }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: '1502041944****1236' }] },
      { kind: 'fields', cells: [{ label: '户籍地址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '所在社区', value: '示例社区居委会' }, { label: '民族', value: '汉族' }] },
      { kind: 'fields', cells: [{ label: '代办人', value: '张小红（女儿）' }, { label: '代办人电话', value: P.agentPhone }] },
      { kind: 'fields', cells: [{ label: '发放方式', value: { options: ['社会保障卡', '银行卡'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '卡号', value: '6217****5678' }, { label: '开户银行', value: '示例银行青山支行' }] },
      { kind: 'block', label: '社区意见', value: '经核实，申请人户籍在本社区，年龄符合条件，同意上报。' },
    ],
    declaration: '本人（代办人）承诺所填信息真实。如老人去世或户籍迁出，家属将及时告知社区，停发并退回多领的津贴。',
    signature: [{ label: '申请人或代办人（签字）：', value: '张小红' }, { label: '日期：', value: P.date }],
    notes: ['代办的须同时出示代办人居民身份证。', '“社区意见”一栏由社区工作人员填写。', INK_NOTE],
  },
  {
    id: 'disability-certificate-1',
    serviceId: 'disability-certificate',
    title: '残疾人证申请表',
    issuer: '包头市青山区残疾人联合会',
    rows: [
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '出生日期', value: '1980年6月8日' }, { label: '民族', value: '汉族' }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '户籍地址', value: P.address }] },
      { kind: 'fields', cells: [{ label: '监护人或联系人', value: `${P.spouse}（配偶）` }, { label: '联系电话', value: P.agentPhone }] },
      { kind: 'fields', cells: [{ label: '申请事项', value: { options: ['新办', '换领', '补办', '迁移'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '申请评定类别', value: { options: ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'], chosen: [3] } }] },
      { kind: 'block', label: '致残原因及经过', value: '2024年因工作受伤致左下肢功能障碍，已完成治疗和康复，申请评定残疾类别和等级并办理残疾人证。' },
    ],
    declaration: '本人承诺所提供的信息和病历资料真实，服从指定医疗机构的残疾评定，评定结果公示无异议后发证。',
    signature: [{ label: '申请人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['表格右上角粘贴近期2寸白底免冠彩色照片1张。', '申请评定类别只勾选一项；有两类以上残疾的勾选“多重”。', INK_NOTE],
  },
];
