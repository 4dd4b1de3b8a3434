/**
 * The fictional applicant and details written on every sample form. Identity numbers and phones
 * are masked the way a resident should never see a full one on a public screen.
 */
export const APPLICANT = {
  name: '张三',
  idNumber: '1502041980****1234',
  phone: '139****5678',
  address: '包头市青山区幸福路街道示例小区8栋2单元301室',
  spouse: '王芳',
  spouseId: '1502041982****2346',
  agent: '李四',
  agentId: '1502031985****5671',
  agentPhone: '138****4321',
  date: '2026年3月16日',
};

export const DEMO_COMPANY = {
  name: '包头市示例商贸有限公司',
  creditCode: '91150204MA0****12X',
  address: '包头市青山区钢铁大街示例大厦12层1201室',
};
