/** 办理指南 of the 计生服务中心 (birth registration, only-child certificate, family planning rewards). */
import type { DemoGuide } from './standard-fields';
import { COMMON_COMMITMENTS, COMMON_DISCIPLINE, HOUSEHOLD_REGISTER, ID_CARD, material, sharedFields } from './common';

const CENTRE = 'family-planning';
const POPULATION_LAW = '《中华人民共和国人口与计划生育法》';
const REGIONAL_REGULATION = '《内蒙古自治区人口与计划生育条例》';
const MARRIAGE_CERTIFICATE = material('结婚证', 'original_and_copy', 1, '婚姻登记机关');

export const FAMILY_PLANNING_GUIDES: DemoGuide[] = [
  {
    ...sharedFields('birth-registration', CENTRE),
    summary: '夫妻生育子女实行生育登记，登记后可享受孕产期保健等相关服务。',
    basis: [POPULATION_LAW, REGIONAL_REGULATION],
    conditions: [
      '依法登记结婚的夫妻',
      '夫妻一方户籍在青山区，或在青山区居住',
    ],
    materials: [
      { ...ID_CARD, note: '夫妻双方各1份' },
      MARRIAGE_CERTIFICATE,
      material('生育登记表', 'original', 1, ''),
    ],
    process: ['夫妻任意一方提交材料', '窗口核验信息', '办理登记并出具生育登记信息单'],
    legalTimeLimit: '即时办结',
    promisedTimeLimit: '即时办结',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '不将生育登记作为落户、入学等事项的前置条件'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '需要夫妻两人都到场吗？', a: '不需要，夫妻任意一方携带双方身份证件即可办理。' },
      { q: '可以不来大厅办理吗？', a: '可以通过自治区政务服务网或手机政务服务应用在线登记，与窗口办理效果相同。' },
    ],
  },
  {
    ...sharedFields('only-child-certificate', CENTRE),
    summary: '在国家提倡一对夫妻生育一个子女期间只生育一个子女的夫妻，补办或换发独生子女父母光荣证。',
    basis: [POPULATION_LAW, REGIONAL_REGULATION],
    conditions: [
      '在国家提倡一对夫妻生育一个子女期间只生育了一个子女',
      '夫妻一方户籍在青山区',
      '原证件遗失、损坏或信息有误需要补办、换发',
    ],
    materials: [
      material('独生子女父母光荣证申请表', 'original', 1, '', '社区签署意见'),
      { ...ID_CARD, note: '夫妻双方各1份' },
      HOUSEHOLD_REGISTER,
      MARRIAGE_CERTIFICATE,
      material('子女出生医学证明', 'copy', 1, '助产医疗机构'),
      material('夫妻近期1寸合影照片', 'original', 1, ''),
    ],
    process: ['提交申请', '社区核实生育情况', '街道审核', '区卫生健康部门审批并发证'],
    legalTimeLimit: '20个工作日',
    promisedTimeLimit: '10个工作日',
    fees: '',
    commitments: COMMON_COMMITMENTS,
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '2016年以后生育的还能办吗？', a: '国家实施全面两孩政策后，不再新办独生子女父母光荣证；此前已符合条件的家庭可以按规定补办或换发。' },
      { q: '光荣证有什么用？', a: '它是申领独生子女父母奖励、计划生育家庭奖励扶助等待遇的重要依据，请妥善保管。' },
    ],
  },
  {
    ...sharedFields('family-planning-reward', CENTRE),
    summary: '符合条件的计划生育家庭，申报奖励扶助或特别扶助资金。',
    basis: [
      POPULATION_LAW,
      REGIONAL_REGULATION,
      '国家关于农村部分计划生育家庭奖励扶助制度和计划生育家庭特别扶助制度的有关规定',
    ],
    conditions: [
      '本人年满60周岁（特别扶助按规定年龄条件执行）',
      '在国家提倡一对夫妻生育一个子女期间，只有一个子女或按规定属于扶助范围',
      '申请特别扶助的，独生子女伤残（三级以上）或死亡后未再生育或收养子女',
    ],
    materials: [
      material('计划生育家庭奖励扶助对象申报表', 'original', 1, '', '社区签署初审意见'),
      ID_CARD,
      HOUSEHOLD_REGISTER,
      MARRIAGE_CERTIFICATE,
      material('独生子女父母光荣证', 'original_and_copy', 1, '卫生健康部门'),
      material('子女残疾人证或死亡证明', 'copy', 1, '残疾人联合会或公安机关', '申请特别扶助的提交'),
      material('社会保障卡或本人银行卡', 'copy', 1, '人力资源社会保障部门或开户银行'),
    ],
    process: [
      '本人向社区申报',
      '社区初审并公示',
      '街道审核',
      '区卫生健康部门审批并公示',
      '扶助资金按规定直接发放到本人账户',
    ],
    legalTimeLimit: '按年度集中审核确认',
    promisedTimeLimit: '在年度确认期内完成审核并告知结果',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '扶助资金直接发放到个人账户，不经任何中间环节'],
    discipline: [...COMMON_DISCIPLINE, '不得截留、挪用扶助资金'],
    faq: [
      { q: '扶助标准是多少？', a: '按国家和自治区当年公布的标准执行，窗口有公示，也可电话咨询。' },
      { q: '每年都要重新申报吗？', a: '确认为扶助对象后不需要重新申报，但每年要进行资格确认，家庭情况变化的应及时报告。' },
    ],
  },
];
