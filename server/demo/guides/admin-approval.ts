/** 办理指南 of the 行政审批服务中心 (business registration and food business permits). */
import type { DemoGuide } from './standard-fields';
import { COMMON_COMMITMENTS, COMMON_DISCIPLINE, ID_CARD, material, sharedFields } from './common';

const CENTRE = 'admin-approval';
const MARKET_REGULATION = '《中华人民共和国市场主体登记管理条例》';

export const ADMIN_APPROVAL_GUIDES: DemoGuide[] = [
  {
    ...sharedFields('company-registration', CENTRE),
    summary: '在青山区设立有限责任公司、股份有限公司及其分公司，申请登记并领取营业执照。',
    basis: ['《中华人民共和国公司法》', MARKET_REGULATION, '《中华人民共和国市场主体登记管理条例实施细则》'],
    conditions: [
      '企业名称已通过自主申报，符合名称登记管理规定',
      '有符合公司法规定的公司章程和股东（发起人）',
      '有固定的住所（经营场所），且可以合法使用',
      '法定代表人、董事、监事和高级管理人员不存在法律规定不得担任的情形',
    ],
    materials: [
      material('公司登记（备案）申请书', 'original', 1, '', '法定代表人签字'),
      material('公司章程', 'original', 1, '', '全体股东签署'),
      material('股东的主体资格证明或自然人身份证件', 'copy', 1, '公安机关或登记机关'),
      material('法定代表人、董事、监事和经理的任职文件', 'original', 1, ''),
      material('住所使用证明（不动产权证书或租赁合同）', 'copy', 1, '不动产登记机构或出租方'),
      material('指定代表或共同委托代理人授权委托书及代理人身份证件', 'original_and_copy', 1, '', '委托他人办理时提交'),
    ],
    process: [
      '申请人通过企业名称自主申报系统申报名称',
      '到窗口提交申请材料（也可在线提交）',
      '窗口人员对材料进行形式审查，齐全且符合法定形式的予以受理',
      '登记机关核准登记，同步发放营业执照',
      '需要时可在窗口一并申领印章、办理涉税事项',
    ],
    legalTimeLimit: '3个工作日（情形复杂的，经批准可再延长3个工作日）',
    promisedTimeLimit: '材料齐全、符合法定形式的当场办结',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '营业执照、公章刻制、发票申领“一窗受理、一次办好”'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '注册资本需要实际缴纳后才能登记吗？', a: '不需要。有限责任公司股东认缴的出资额应按公司章程规定在法定期限内缴足，登记时无需提交验资证明。' },
      { q: '住宅可以作为公司住所吗？', a: '需按本地住所登记有关规定办理。部分行业不得以住宅作为经营场所，请在提交前到窗口咨询。' },
      { q: '本人不能到场怎么办？', a: '可以委托他人代办，代理人携带授权委托书和本人身份证件原件即可；也可以通过网上政务服务平台全程网上办理。' },
    ],
  },
  {
    ...sharedFields('individual-business', CENTRE),
    summary: '个人或家庭在青山区从事工商业经营，申请个体工商户登记并领取营业执照。',
    basis: ['《促进个体工商户发展条例》', MARKET_REGULATION],
    conditions: [
      '有经营能力的自然人，以个人或家庭经营',
      '有合法使用的经营场所',
      '经营范围不属于法律、行政法规禁止个体经营的项目',
    ],
    materials: [
      material('个体工商户登记（备案）申请书', 'original', 1, '', '经营者签字'),
      { ...ID_CARD, note: '经营者本人' },
      material('经营场所使用证明（不动产权证书或租赁合同）', 'copy', 1, '不动产登记机构或出租方'),
      material('家庭成员关系证明（户口簿或结婚证）', 'copy', 1, '公安机关或婚姻登记机关', '家庭经营的提交'),
    ],
    process: ['提交申请材料', '窗口审查受理', '当场核准登记', '发放营业执照'],
    legalTimeLimit: '3个工作日',
    promisedTimeLimit: '即时办结',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '材料齐全的，营业执照当场发放'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '个体工商户一定要起名称吗？', a: '不一定。个体工商户可以不起名称，直接以经营者身份登记；需要名称的，先自主申报再登记。' },
      { q: '开小卖部卖包装好的食品，还要办食品经营许可吗？', a: '仅销售预包装食品的，不需要办理食品经营许可，向市场监管部门办理备案即可，可在本窗口一并办理。' },
    ],
  },
  {
    ...sharedFields('food-business-permit', CENTRE),
    summary: '在青山区从事食品销售和餐饮服务活动的经营者，申请食品经营许可证。',
    basis: ['《中华人民共和国食品安全法》', '《中华人民共和国食品安全法实施条例》', '《食品经营许可和备案管理办法》'],
    conditions: [
      '已取得营业执照等合法主体资格',
      '有与经营的食品品种、数量相适应的经营场所，并与有毒有害场所保持规定距离',
      '有相应的设备设施和合理的设备布局、工艺流程',
      '有食品安全管理人员和保证食品安全的规章制度',
    ],
    materials: [
      material('食品经营许可申请书', 'original', 1, '', '法定代表人或负责人签字'),
      material('营业执照', 'copy', 1, '市场监督管理部门'),
      material('经营场所平面图和设备布局、操作流程说明', 'original', 1, ''),
      material('食品安全管理制度目录', 'original', 1, ''),
      material('法定代表人（负责人）居民身份证', 'original_and_copy', 1, '公安机关'),
    ],
    process: [
      '提交申请材料，窗口审查受理',
      '需要时安排现场核查',
      '作出准予或不予许可的决定',
      '准予许可的，颁发食品经营许可证',
    ],
    legalTimeLimit: '10个工作日（自受理之日起）',
    promisedTimeLimit: '5个工作日',
    fees: '',
    commitments: [...COMMON_COMMITMENTS, '需要现场核查的，提前一天电话告知核查时间'],
    discipline: COMMON_DISCIPLINE,
    faq: [
      { q: '食品经营许可证有效期多长？', a: '有效期为5年。需要延续的，请在有效期届满前按规定期限提出延续申请，具体期限可到窗口或电话咨询。' },
      { q: '经营场所搬迁了怎么办？', a: '经营场所发生变化的，应当重新申请食品经营许可。' },
    ],
  },
];
