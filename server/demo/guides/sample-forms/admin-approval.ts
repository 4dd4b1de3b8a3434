/** Sample forms of the 行政审批服务中心 services. */
import type { SampleForm } from '../sample-svg';
import { APPLICANT as P, DEMO_COMPANY as C } from './applicant';

const ISSUER = '包头市青山区行政审批和政务服务局';
const INK_NOTE = '请使用黑色或蓝色签字笔填写，字迹工整，不得涂改。';

export const ADMIN_APPROVAL_SAMPLES: SampleForm[] = [
  {
    id: 'company-registration-1',
    serviceId: 'company-registration',
    title: '公司登记（备案）申请书',
    issuer: ISSUER,
    rows: [
      { kind: 'section', title: '一、基本信息' },
      { kind: 'fields', cells: [{ label: '名称', value: C.name }] },
      { kind: 'fields', cells: [{ label: '住所', value: C.address }] },
      { kind: 'fields', cells: [{ label: '公司类型', value: { options: ['自然人独资有限公司', '自然人投资或控股有限公司', '其他'], chosen: [1] } }] },
      { kind: 'fields', cells: [{ label: '注册资本', value: '50万元' }, { label: '营业期限', value: '长期' }] },
      { kind: 'block', label: '经营范围', value: '一般项目：日用百货销售；办公用品销售；五金产品零售；家用电器销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' },
      { kind: 'section', title: '二、法定代表人' },
      { kind: 'fields', cells: [{ label: '姓名', value: P.name }, { label: '职务', value: '执行董事' }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'section', title: '三、股东（出资人）' },
      { kind: 'fields', cells: [{ label: '股东姓名', value: P.name }, { label: '认缴出资', value: '30万元' }] },
      { kind: 'fields', cells: [{ label: '股东姓名', value: P.agent }, { label: '认缴出资', value: '20万元' }] },
      { kind: 'fields', cells: [{ label: '联络员', value: P.agent }, { label: '联系电话', value: P.agentPhone }] },
    ],
    declaration: '本公司依照《中华人民共和国公司法》《中华人民共和国市场主体登记管理条例》申请登记，提交的材料真实、合法、有效，如有不实，愿承担相应法律责任。',
    signature: [{ label: '法定代表人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: [
      '名称须已通过企业名称自主申报，与申报结果一致。',
      '经营范围请从经营范围规范表述目录中选择填写。',
      INK_NOTE,
    ],
  },
  {
    id: 'company-registration-2',
    serviceId: 'company-registration',
    title: '指定代表或者共同委托代理人授权委托书',
    issuer: ISSUER,
    rows: [
      { kind: 'fields', cells: [{ label: '申请人', value: `${C.name}（筹）` }] },
      { kind: 'fields', cells: [{ label: '委托代理人', value: P.agent }, { label: '联系电话', value: P.agentPhone }] },
      { kind: 'fields', cells: [{ label: '代理人身份证号码', value: P.agentId }] },
      { kind: 'fields', cells: [{ label: '委托事项', value: { options: ['设立', '变更', '注销', '备案'], chosen: [0] } }] },
      { kind: 'block', label: '委托权限', value: '1. 同意修改企业自备文件中的文字错误；2. 同意修改有关表格的填写错误；3. 同意领取营业执照和有关文书。' },
      { kind: 'fields', cells: [{ label: '委托有效期', value: '自2026年3月16日至2026年4月15日' }] },
    ],
    declaration: '全体股东确认以上委托，委托代理人在委托权限内办理的事项，由全体股东承担相应责任。',
    signature: [{ label: '全体股东（签字）：', value: `${P.name}  ${P.agent}` }, { label: '日期：', value: P.date }],
    notes: ['代理人办理时须携带本人居民身份证原件。', '委托权限未勾选或未填写的，视为未委托。', INK_NOTE],
  },
  {
    id: 'individual-business-1',
    serviceId: 'individual-business',
    title: '个体工商户登记（备案）申请书',
    issuer: ISSUER,
    rows: [
      { kind: 'fields', cells: [{ label: '个体工商户名称', value: '青山区示例便民商店' }] },
      { kind: 'fields', cells: [{ label: '经营者姓名', value: P.name }, { label: '性别', value: { options: ['男', '女'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '身份证号码', value: P.idNumber }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '经营者住所', value: P.address }] },
      { kind: 'fields', cells: [{ label: '经营场所', value: '包头市青山区幸福路街道示例小区底商5号' }] },
      { kind: 'fields', cells: [{ label: '组成形式', value: { options: ['个人经营', '家庭经营'], chosen: [0] } }] },
      { kind: 'block', label: '经营范围', value: '日用百货、文具用品零售；食品销售（仅销售预包装食品）。' },
      { kind: 'fields', cells: [{ label: '从业人数', value: '2人' }, { label: '资金数额', value: '5万元' }] },
    ],
    declaration: '本人依照《促进个体工商户发展条例》申请登记，提交的材料真实有效，如有不实，愿承担相应法律责任。',
    signature: [{ label: '经营者（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    notes: ['个体工商户可以不起字号名称，不起名称的“名称”栏不填。', '家庭经营的，须另填参加经营的家庭成员姓名。', INK_NOTE],
  },
  {
    id: 'food-business-permit-1',
    serviceId: 'food-business-permit',
    title: '食品经营许可申请书',
    issuer: ISSUER,
    rows: [
      { kind: 'fields', cells: [{ label: '申请人名称', value: C.name }] },
      { kind: 'fields', cells: [{ label: '统一社会信用代码', value: C.creditCode }] },
      { kind: 'fields', cells: [{ label: '法定代表人', value: P.name }, { label: '联系电话', value: P.phone }] },
      { kind: 'fields', cells: [{ label: '经营场所', value: C.address }] },
      { kind: 'fields', cells: [{ label: '主体业态', value: { options: ['食品销售经营者', '餐饮服务经营者', '单位食堂'], chosen: [0] } }] },
      { kind: 'fields', cells: [{ label: '经营项目', value: { options: ['散装食品销售', '冷藏冷冻食品销售', '热食类食品制售', '自制饮品制售'], chosen: [0, 1] } }] },
      { kind: 'fields', cells: [{ label: '食品安全管理员', value: P.agent }, { label: '联系电话', value: P.agentPhone }] },
      { kind: 'fields', cells: [{ label: '经营面积', value: '120平方米' }, { label: '仓库面积', value: '30平方米' }] },
    ],
    declaration: '本申请人承诺所提交的材料真实有效，经营场所、设备设施及管理制度符合食品安全要求，并接受监督检查。',
    signature: [{ label: '法定代表人（签字）：', value: P.name }, { label: '日期：', value: P.date }],
    seal: '示例专用',
    notes: ['仅销售预包装食品的，办理备案即可，无需申请本许可。', '经营项目按实际勾选，可多选。', INK_NOTE],
  },
];
