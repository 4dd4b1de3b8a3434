/**
 * 办理指南 (service guide) and the material list of the 一次性告知单, as shown on the kiosk and printed.
 * Fields follow the guide items a hall publishes for every service.
 */
export type MaterialForm = 'original' | 'copy' | 'original_and_copy';

export interface GuideMaterial {
  name: string;
  /** 原件 / 复印件 / 原件及复印件 */
  form: MaterialForm;
  copies: number;
  /** 出具单位; '' when the applicant prepares it (e.g. an application form filled at the window). */
  issuer: string;
  note?: string;
}

export interface GuideSample {
  title: string;
  /** Path of the sample form image served by the hall, e.g. /samples/company-registration-1.svg */
  image: string;
}

export interface ServiceGuide {
  serviceId: string;
  /** 事项名称 is the service's own name; this is the guide's short description. */
  summary: string;
  /** 设定依据 */
  basis: string[];
  /** 申请条件 */
  conditions: string[];
  /** 申请材料 */
  materials: GuideMaterial[];
  /** 办理流程 */
  process: string[];
  /** 法定办结时限 */
  legalTimeLimit: string;
  /** 承诺办结时限 */
  promisedTimeLimit: string;
  /** 收费标准; '' means 不收费 (shown as such, never blank) */
  fees: string;
  /** 办理地点与窗口 */
  place: string;
  /** 办理时间 */
  hours: string;
  /** 咨询电话 */
  phone: string;
  /** 监督投诉方式 */
  supervision: string;
  /** 服务承诺 */
  commitments: string[];
  /** 办事纪律 */
  discipline: string[];
  /** 常见问题 */
  faq: { q: string; a: string }[];
  /** 业务办理样本 */
  samples: GuideSample[];
  /** True for the demo hall's illustrative content (shown as 示例内容 on screen). */
  sampleContent: boolean;
}
