/**
 * 办理指南 (service guide) and the material list of the 一次性告知单, as shown on the kiosk and printed.
 * Fields follow the national standard for guides a hall publishes for every service (事项名称 is the
 * service's own name; every other item is here).
 */
export type MaterialForm = 'original' | 'copy' | 'original_and_copy';
export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy'] as const satisfies readonly MaterialForm[];

/**
 * 事项类型: the kinds of government service item (行政许可、行政给付、行政确认、行政裁决、行政奖励、行政征收、
 * 行政检查、其他行政权力、公共服务). Their names come from the catalog (`guide.itemType.<type>`).
 */
export const ITEM_TYPES = [
  'licensing', 'benefit', 'confirmation', 'adjudication', 'reward', 'levy', 'inspection', 'other-power', 'public-service',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** How a sample file is shown: images inline, PDF documents in a document viewer. */
export const SAMPLE_FORMATS = ['image', 'pdf'] as const;
export type SampleFormat = (typeof SAMPLE_FORMATS)[number];

/** Largest sample file, in bytes after decoding (5 MB): a scanned form page fits easily. */
export const SAMPLE_MAX_BYTES = 5 * 1024 * 1024;

/** The most times a resident may be asked to come to the hall for one service (到现场次数). */
export const MAX_VISITS = 9;

export interface GuideMaterial {
  name: string;
  /** The name in traditional Mongolian (a draft until reviewed); absent while none exists, then screens show the Chinese alone. */
  nameMn?: string;
  /** 原件 / 复印件 / 原件及复印件 */
  form: MaterialForm;
  copies: number;
  /** 出具单位; '' when the applicant prepares it (e.g. an application form filled at the window). */
  issuer: string;
  note?: string;
}

export interface GuideSample {
  title: string;
  /**
   * Where the hall serves the file: /samples/<name>.svg for the demo hall's drawn forms,
   * /sample-files/<id>.<png|jpg|pdf> for files an admin uploaded (stored under DATA_DIR).
   */
  image: string;
  format: SampleFormat;
}

export interface ServiceGuide {
  serviceId: string;
  /** 事项名称 is the service's own name; this is the guide's short description. */
  summary: string;
  /** 实施主体: the body that carries out the service (the resident's counterpart in law). */
  authority: string;
  /** 事项编码: the item's code in the government service catalogue; '' while it has none. */
  itemCode: string;
  /** 事项类型 */
  itemType: ItemType;
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
  /** 到现场次数: 0 when the whole service can be done without coming to the hall. */
  visits: number;
  /** 办理结果 (e.g. 营业执照) */
  result: string;
  /** 办理结果样本: what the resident receives, as an image or PDF; null when none is shown. */
  resultSample: GuideSample | null;
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
  /** 告知单 notes: printed on the slip (and shown with it) below the material list, one paragraph each. */
  noticeNotes: string[];
  /** True for the demo hall's illustrative content (shown as 示例内容 on screen). */
  sampleContent: boolean;
}

/** What an admin edits: the guide without its service (named by the command). */
export type GuideFields = Omit<ServiceGuide, 'serviceId'>;

/**
 * Where sample files live: the demo hall's drawn forms, and uploaded files named by the server. A
 * sample's format follows from its path, so a guide cannot call a PDF an image.
 */
export const SAMPLE_PATH = /^\/samples\/[a-z0-9-]{1,80}\.svg$|^\/sample-files\/[a-z0-9]{16,40}\.(png|jpg|pdf)$/;

export function sampleFormatOf(path: string): SampleFormat {
  return path.endsWith('.pdf') ? 'pdf' : 'image';
}
