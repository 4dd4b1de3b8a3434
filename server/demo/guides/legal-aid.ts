/** 办理指南 of the 法律援助中心 (legal aid, legal consultation, people's mediation). */
import type { DemoGuide } from './standard-fields';
import { COMMON_COMMITMENTS, COMMON_DISCIPLINE, ID_CARD, material, sharedFields } from './common';

const CENTRE = 'legal-aid';
const LEGAL_AID_LAW = '《中华人民共和国法律援助法》';
const EVIDENCE = material('与所申请事项有关的证据材料', 'copy', 1, '', '如劳动合同、欠条、病历、判决书');

export const LEGAL_AID_GUIDES: DemoGuide[] = [
  {
    ...sharedFields('legal-aid-application', CENTRE),
    summary: '经济困难或符合法定情形的公民，就法律规定的事项申请法律援助，由法律援助机构指派律师等人员无偿提供法律服务。',
    basis: [LEGAL_AID_LAW, '《办理法律援助案件程序规定》'],
    conditions: [
      '申请人经济困难，符合本地法律援助经济困难标准',
      '申请事项属于法律援助范围，如请求支付劳动报酬、给付赡养费抚养费、工伤或交通事故人身损害赔偿、社会保险待遇等',
      '遭受虐待、遗弃或家庭暴力的受害人主张相关权益等法定情形，不受经济困难条件限制',
    ],
    materials: [
      material('法律援助申请表', 'original', 1, ''),
      ID_CARD,
      material('法律援助经济困难状况说明表（个人诚信承诺）', 'original', 1, ''),
      EVIDENCE,
      material('代理人身份证明及代理关系证明', 'original_and_copy', 1, '公安机关或其他有关机关', '由他人代为申请时提交'),
    ],
    process: [
      '提交申请和材料',
      '法律援助机构审查，作出给予或不予法律援助的决定',
      '给予援助的，指派律师或法律援助工作者',
      '承办人员办理案件，结案后归档回访',
    ],
    legalTimeLimit: '7日（自收到申请之日起作出是否给予法律援助的决定）',
    promisedTimeLimit: '3个工作日；情况紧急的，当日先行提供法律援助',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '对农民工讨薪等紧急案件开通绿色通道、优先指派'],
    discipline: [...COMMON_DISCIPLINE, '法律援助人员不得向受援人收取任何财物'],
    faq: [
      { q: '申请法律援助要交钱吗？', a: '不收取任何费用，律师也不得向受援人收取财物。发现收费的，请拨打监督电话反映。' },
      { q: '不服不予援助的决定怎么办？', a: '可以向设立法律援助机构的司法行政部门提出异议，司法行政部门会进行审查并作出处理。' },
      { q: '证据不全可以先申请吗？', a: '可以先提出申请，窗口会一次性告知需要补充的材料。' },
    ],
  },
  {
    ...sharedFields('legal-consultation', CENTRE),
    summary: '值班律师为来访群众免费解答婚姻家庭、劳动争议、房产物业、合同债务等法律问题。',
    basis: [LEGAL_AID_LAW],
    conditions: ['有法律问题需要咨询的群众均可', '不需要审查经济困难状况'],
    materials: [
      material('居民身份证或其他有效身份证件', 'original', 1, '公安机关', '仅用于登记'),
      { ...EVIDENCE, name: '与咨询问题有关的材料', note: '如合同、判决书、聊天记录，有则提供' },
    ],
    process: ['取号登记', '值班律师当面解答', '需要法律援助的，引导提出申请', '适合调解的，转人民调解'],
    legalTimeLimit: '即时解答',
    promisedTimeLimit: '一般问题当场解答；复杂问题3个工作日内答复',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '对咨询内容保密'],
    discipline: [...COMMON_DISCIPLINE, '不得借咨询招揽有偿业务'],
    faq: [
      { q: '可以电话咨询吗？', a: '可以拨打12348公共法律服务热线，也可以拨打本中心咨询电话。' },
      { q: '律师会帮我打官司吗？', a: '法律咨询只解答问题。需要律师代理的，符合条件的可以申请法律援助，也可以自行委托律师。' },
    ],
  },
  {
    ...sharedFields('people-mediation', CENTRE),
    summary: '邻里、婚姻家庭、损害赔偿等民间纠纷的当事人，申请人民调解委员会调解。',
    basis: ['《中华人民共和国人民调解法》', '《人民调解委员会组织条例》'],
    conditions: [
      '属于民间纠纷',
      '当事人自愿调解',
      '纠纷未经人民法院、仲裁机构受理或者已经处理',
    ],
    materials: [
      material('人民调解申请书', 'original', 1, '', '也可口头申请，由调解员记录'),
      ID_CARD,
      { ...EVIDENCE, name: '与纠纷有关的证据材料', note: '如照片、票据、协议' },
    ],
    process: [
      '提出调解申请',
      '受理登记并通知对方当事人',
      '调查了解纠纷情况',
      '组织双方调解',
      '达成协议的制作调解协议书；调解不成的，告知其他解决途径',
    ],
    legalTimeLimit: '法律未规定期限',
    promisedTimeLimit: '受理后30日内调解终结',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '尊重当事人意愿，不强迫调解'],
    discipline: [...COMMON_DISCIPLINE, '不得偏袒一方当事人，不得泄露当事人隐私'],
    faq: [
      { q: '调解协议有法律效力吗？', a: '达成的调解协议具有法律约束力。双方可以自协议生效之日起30日内共同向人民法院申请司法确认。' },
      { q: '对方不愿意来调解怎么办？', a: '人民调解以自愿为前提，一方明确拒绝的不能强行调解。调解员会告知您申请仲裁、提起诉讼等其他途径。' },
    ],
  },
];
