/** 办理指南 of the 人力资源服务中心 (employment registration, social insurance). */
import type { DemoGuide } from './standard-fields';
import { COMMON_COMMITMENTS, COMMON_DISCIPLINE, ID_CARD, material, sharedFields } from './common';

const CENTRE = 'human-resources';
const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》';

export const HUMAN_RESOURCES_GUIDES: DemoGuide[] = [
  {
    ...sharedFields('employment-registration', CENTRE),
    summary: '法定劳动年龄内、有劳动能力和就业要求的失业人员办理失业登记，以及就业后的就业登记。',
    basis: ['《中华人民共和国就业促进法》', '《就业服务与就业管理规定》'],
    conditions: [
      '在法定劳动年龄内，有劳动能力和就业要求',
      '办理失业登记的，目前处于无业状态',
      '在青山区常住（户籍不在本地的可在常住地办理）',
    ],
    materials: [
      material('居民身份证', 'original', 1, '公安机关'),
      material('就业创业证', 'original', 1, '人力资源社会保障部门', '已领取过的提交'),
      material('解除或终止劳动合同证明', 'copy', 1, '原用人单位', '有则提交'),
    ],
    process: ['提交材料', '窗口核验身份和就业状态', '录入就业失业登记信息并更新就业创业证', '提供职业指导和岗位推荐'],
    legalTimeLimit: '即时办结',
    promisedTimeLimit: '即时办结',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '登记后一个月内至少提供一次职业指导或岗位推荐'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '办了失业登记就能领失业保险金吗？', a: '不能直接领取。失业保险金需另行申领，须满足失业前单位和本人已缴纳失业保险费满一年、非因本人意愿中断就业等条件。' },
      { q: '户口不在青山区可以办吗？', a: '可以。在青山区常住的，可以在本中心办理失业登记，享受同等的就业服务。' },
    ],
  },
  {
    ...sharedFields('social-insurance-enrolment', CENTRE),
    summary: '用人单位办理社会保险参保登记，并为新招用的职工办理参保增员。',
    basis: [SOCIAL_INSURANCE_LAW, '《社会保险费征缴暂行条例》'],
    conditions: [
      '依法设立的用人单位，自成立之日起30日内办理社会保险登记',
      '用人单位自用工之日起30日内为职工办理参保登记',
    ],
    materials: [
      material('社会保险参保登记表（单位）', 'original', 1, '', '加盖单位公章'),
      material('营业执照或其他设立证明', 'copy', 1, '市场监督管理部门等登记机关'),
      material('法定代表人居民身份证', 'copy', 1, '公安机关'),
      material('单位银行开户信息', 'copy', 1, '开户银行'),
      material('参保人员增员表', 'original', 1, '', '同时为职工参保的提交'),
    ],
    process: ['提交材料', '窗口审核登记信息', '生成单位社会保险编号', '为职工办理增员', '社会保险费由税务部门按月征收'],
    legalTimeLimit: '15日（自收到申请之日起审核）',
    promisedTimeLimit: '即时办结',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '单位和职工参保信息变化可在窗口“一次办”'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '单位逾期不办理社会保险登记有什么后果？', a: '由社会保险行政部门责令限期改正；逾期不改正的，依照《中华人民共和国社会保险法》处以罚款。' },
      { q: '社会保险费在哪里缴纳？', a: '办理登记后，社会保险费由税务部门征收，可通过电子税务局或银行代扣缴纳。' },
    ],
  },
  {
    ...sharedFields('flexible-employment-insurance', CENTRE),
    summary: '无雇工的个体工商户、非全日制从业人员和其他灵活就业人员，以个人身份参加职工基本养老保险和职工基本医疗保险并缴费。',
    basis: [SOCIAL_INSURANCE_LAW, '《社会保险费征缴暂行条例》'],
    conditions: [
      '在法定劳动年龄内',
      '未在用人单位参加职工基本养老保险',
      '属于无雇工的个体工商户、非全日制从业人员或其他灵活就业人员',
    ],
    materials: [
      ID_CARD,
      material('社会保障卡', 'original', 1, '人力资源社会保障部门'),
      material('灵活就业人员参保登记表', 'original', 1, ''),
      material('扣款银行卡', 'copy', 1, '开户银行', '签订委托扣款协议时提交'),
    ],
    process: ['提交材料', '窗口办理参保登记', '选择缴费档次和缴费方式', '签订委托扣款协议，按期缴费'],
    legalTimeLimit: '即时办结',
    promisedTimeLimit: '即时办结',
    fees: '本事项不收取办理费用；社会保险费按本人选择的缴费档次缴纳，由税务部门征收',
    commitments: [...COMMON_COMMITMENTS, '缴费档次、缴费方式一次讲清，帮助测算每月缴费金额'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '缴费档次怎么选？', a: '在当地公布的缴费基数上下限之间选择，一般为60%至300%之间的若干档次，每年可调整一次。档次越高，将来的养老金越高。' },
      { q: '中间断缴了怎么办？', a: '中断缴费后可以从恢复之月起继续缴费，缴费年限累计计算。补缴以往月份须符合有关规定，请到窗口咨询。' },
      { q: '交满多少年可以领养老金？', a: '达到法定退休年龄、累计缴费达到国家规定的最低年限（目前为15年，自2030年起逐步提高）的，可以按月领取基本养老金。' },
    ],
  },
];
