/** 办理指南 of the 社会服务中心 (minimum living allowance, elderly allowance, disability card). */
import type { DemoGuide } from './standard-fields';
import { COMMON_COMMITMENTS, COMMON_DISCIPLINE, HOUSEHOLD_REGISTER, ID_CARD, material, sharedFields } from './common';

const CENTRE = 'social-services';

export const SOCIAL_SERVICES_GUIDES: DemoGuide[] = [
  {
    ...sharedFields('minimum-living-allowance', CENTRE),
    summary: '共同生活的家庭成员人均收入低于当地最低生活保障标准、且财产状况符合规定的家庭，申请城乡最低生活保障。',
    basis: ['《社会救助暂行办法》', '《最低生活保障审核确认办法》'],
    conditions: [
      '申请人具有青山区户籍（持有本地居住证的，按本地规定执行）',
      '共同生活的家庭成员人均月收入低于包头市公布的最低生活保障标准',
      '家庭财产状况符合本地最低生活保障家庭财产认定规定',
    ],
    materials: [
      material('最低生活保障申请书', 'original', 1, '', '申请人签字'),
      { ...ID_CARD, note: '共同生活的家庭成员各1份' },
      HOUSEHOLD_REGISTER,
      material('家庭经济状况核对授权书', 'original', 1, '', '全体成年家庭成员签字'),
      material('家庭收入和财产情况申报表', 'original', 1, ''),
      material('残疾人证、疾病诊断证明等特殊情况证明', 'copy', 1, '残疾人联合会或医疗机构', '有特殊情况的提交'),
    ],
    process: [
      '向户籍所在地街道或本中心窗口提出申请',
      '受理后开展入户调查和家庭经济状况信息核对',
      '在申请人所在社区公示调查结果',
      '街道审核确认，对不符合条件的书面告知理由',
      '确认后自次月起按月发放最低生活保障金',
    ],
    legalTimeLimit: '30个工作日（特殊情况可延长至45个工作日）',
    promisedTimeLimit: '20个工作日',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '严格保护申请家庭的个人信息，公示内容不含身份证号等隐私'],
    discipline: [...COMMON_DISCIPLINE, '不得优亲厚友，本人或近亲属申请的须主动回避'],
    faq: [
      { q: '现在的低保标准是多少？', a: '按包头市当年公布的城乡最低生活保障标准执行，窗口和社区均有公示，也可电话咨询。' },
      { q: '家里有车还能申请吗？', a: '一般情况下拥有机动车的家庭不符合条件，残疾人功能性补偿代步车等特殊情形除外，具体以本地认定办法为准。' },
      { q: '需要每年重新申请吗？', a: '不需要重新申请，但民政部门会定期复核家庭情况。家庭人口、收入、财产发生变化的，应及时主动告知。' },
    ],
  },
  {
    ...sharedFields('elderly-allowance', CENTRE),
    summary: '年满80周岁的青山区户籍老年人，申领高龄津贴。',
    basis: ['《中华人民共和国老年人权益保障法》', '内蒙古自治区关于高龄津贴制度的有关规定'],
    conditions: [
      '具有青山区户籍',
      '年满80周岁（以居民身份证登记的出生日期为准）',
    ],
    materials: [
      material('高龄津贴申领登记表', 'original', 1, '', '社区签署意见'),
      { ...ID_CARD, note: '老人本人' },
      HOUSEHOLD_REGISTER,
      material('社会保障卡或本人银行卡', 'copy', 1, '人力资源社会保障部门或开户银行'),
      material('代办人居民身份证', 'original_and_copy', 1, '公安机关', '他人代办时提交'),
    ],
    process: [
      '老人或家属到社区或本中心窗口提出申请',
      '社区核实户籍和年龄并签署意见',
      '民政部门审核',
      '审核通过后按月发放到社会保障卡或银行卡',
    ],
    legalTimeLimit: '20个工作日',
    promisedTimeLimit: '10个工作日',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '行动不便的老人可预约社区工作人员上门受理'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '从什么时候开始发放？', a: '审核通过后，从老人年满80周岁的次月起计发。' },
      { q: '每年要去哪里认证？', a: '按规定定期进行领取资格认证，可以通过手机刷脸认证，也可以由社区工作人员上门认证，无需到窗口。' },
    ],
  },
  {
    ...sharedFields('disability-certificate', CENTRE),
    summary: '符合残疾标准的青山区户籍居民，申请办理、换领、补办或迁移残疾人证。',
    basis: ['《中华人民共和国残疾人保障法》', '《残疾人证管理办法》', '国家标准《残疾人残疾分类和分级》（GB/T 26341—2010）'],
    conditions: [
      '具有青山区户籍',
      '视力、听力、言语、肢体、智力、精神等方面存在长期损伤，经评定符合残疾标准',
      '本人自愿申请；无民事行为能力或限制民事行为能力的，由监护人代为申请',
    ],
    materials: [
      material('残疾人证申请表', 'original', 1, ''),
      ID_CARD,
      HOUSEHOLD_REGISTER,
      material('近期2寸白底免冠彩色照片', 'original', 3, ''),
      material('相关病历或诊断证明', 'copy', 1, '医疗机构'),
      material('监护人居民身份证', 'original_and_copy', 1, '公安机关', '监护人代办时提交'),
    ],
    process: [
      '窗口受理申请，发放残疾评定通知',
      '申请人到指定医疗机构进行残疾评定',
      '区残联审核评定结论',
      '符合条件的制作并发放残疾人证',
    ],
    legalTimeLimit: '20个工作日（不含残疾评定时间）',
    promisedTimeLimit: '10个工作日（不含残疾评定时间）',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '行动不便、无法到指定医疗机构的，可申请上门评定'],
    discipline: [...COMMON_DISCIPLINE, '不得为不符合条件的人员违规办证'],
    faq: [
      { q: '残疾人证有效期多久？', a: '残疾人证有有效期，一般为10年，期满前请按规定换领。残疾状况发生变化的，可以申请重新评定。' },
      { q: '户口迁到外地，证件怎么办？', a: '请携带残疾人证和新的户口簿，到迁入地残联按规定办理迁移手续。' },
      { q: '办证后能享受哪些政策？', a: '可按规定享受困难残疾人生活补贴、重度残疾人护理补贴、康复救助、就业扶持等政策，详情可到窗口咨询。' },
    ],
  },
];
