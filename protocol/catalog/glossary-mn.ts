/**
 * The Mongolian glossary: one traditional-script term per concept of the hall, so every string and every
 * configured name says the same thing the same way. docs/GLOSSARY-mn.md is the readable table with sources;
 * this is the list the coverage guard checks against: a resident-facing text whose Chinese names a concept
 * (any of `zh`) must carry one of the concept's `stems` in its Mongolian (a stem matches the inflected
 * forms). Every term is a draft until the local language authority approves it.
 */
export interface GlossaryTerm {
  id: string;
  /** The concept in Chinese, as the glossary table names it. */
  concept: string;
  /** Chinese words whose presence in a text means the concept is there. */
  zh: readonly string[];
  /** The fixed Mongolian term. */
  mn: string;
  /** Mongolian forms at least one of which a text naming the concept contains. */
  stems: readonly string[];
  /** Chinese words that contain `zh` but name something else (服务器, a server, is not 服务). */
  except?: readonly string[];
}

export const MN_GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'hall', concept: '社会服务中心', zh: ['社会服务中心'], mn: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', stems: ['ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ'] },
  { id: 'centre', concept: '中心', zh: ['中心'], mn: 'ᠲᠥᠪ', stems: ['ᠲᠥᠪ'] },
  { id: 'service', concept: '服务', zh: ['服务'], mn: 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ', stems: ['ᠦᠢᠯᠡᠴᠢᠯᠡ'], except: ['服务器'] },
  { id: 'admin-approval', concept: '行政审批服务中心', zh: ['行政审批'], mn: 'ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠢᠨᠠᠨ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', stems: ['ᠬᠢᠨᠠᠨ ᠪᠠᠲᠤᠯᠠ'] },
  { id: 'social-services', concept: '社会服务中心 (centre)', zh: ['社会服务'], mn: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', stems: ['ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ'] },
  { id: 'human-resources', concept: '人力资源服务中心', zh: ['人力资源'], mn: 'ᠬᠦᠮᠦᠨ ᠬᠦᠴᠦᠨ ᠦ ᠡᠬᠢ ᠪᠠᠶᠠᠯᠢᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', stems: ['ᠪᠠᠶᠠᠯᠢᠭ'] },
  { id: 'family-planning', concept: '计生服务中心', zh: ['计生', '计划生育'], mn: 'ᠲᠥᠷᠥᠯᠲᠡ ᠶᠢ ᠲᠥᠯᠥᠪᠯᠡᠬᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', stems: ['ᠲᠥᠯᠥᠪᠯᠡ'] },
  { id: 'legal-aid', concept: '法律援助中心', zh: ['法律援助'], mn: 'ᠬᠠᠤᠯᠢ ᠴᠠᠭᠠᠵᠠ ᠶᠢᠨ ᠳᠡᠮᠵᠢᠯᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', stems: ['ᠳᠡᠮᠵᠢᠯᠭᠡ'] },
  { id: 'culture-sports', concept: '文体活动中心', zh: ['文体'], mn: 'ᠰᠣᠶᠣᠯ ᠪᠡᠶ᠎ᠡ ᠲᠠᠮᠢᠷ ᠤᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭᠠᠨ ᠤ ᠲᠥᠪ', stems: ['ᠰᠣᠶᠣᠯ ᠪᠡᠶ᠎ᠡ ᠲᠠᠮᠢᠷ'] },
  { id: 'window', concept: '窗口', zh: ['窗口'], mn: 'ᠴᠣᠩᠬᠣ', stems: ['ᠴᠣᠩᠬᠣ'] },
  { id: 'take-number', concept: '取号', zh: ['取号'], mn: 'ᠳ᠋ᠤᠭᠠᠷ ᠠᠪᠬᠤ', stems: ['ᠳ᠋ᠤᠭᠠᠷ'] },
  { id: 'number', concept: '号码', zh: ['号码'], mn: 'ᠳ᠋ᠤᠭᠠᠷ', stems: ['ᠳ᠋ᠤᠭᠠᠷ'] },
  { id: 'ticket', concept: '号票', zh: ['号票'], mn: 'ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠲᠠᠰᠤᠯᠪᠤᠷ', stems: ['ᠲᠠᠰᠤᠯᠪᠤᠷ'] },
  { id: 'call', concept: '叫号', zh: ['叫号', '重呼'], mn: 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ', stems: ['ᠳᠠᠭᠤᠳᠠ'] },
  { id: 'skip', concept: '过号', zh: ['过号'], mn: 'ᠳ᠋ᠤᠭᠠᠷ ᠥᠩᠭᠡᠷᠡᠬᠦ', stems: ['ᠥᠩᠭᠡᠷᠡ'] },
  { id: 'handle', concept: '办理', zh: ['办理', '办结', '办事'], mn: 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ', stems: ['ᠰᠢᠢᠳᠪᠦᠷᠢ'] },
  { id: 'item', concept: '事项', zh: ['事项'], mn: 'ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ', stems: ['ᠠᠵᠢᠯ'] },
  { id: 'wait', concept: '等候', zh: ['等候'], mn: 'ᠬᠦᠯᠢᠶᠡᠬᠦ', stems: ['ᠬᠦᠯᠢᠶᠡ'] },
  { id: 'queue', concept: '排队', zh: ['排队'], mn: 'ᠳᠠᠷᠠᠭᠠᠯᠠᠯ', stems: ['ᠳᠠᠷᠠᠭᠠᠯᠠ'] },
  { id: 'priority', concept: '优先', zh: ['优先'], mn: 'ᠲᠡᠷᠢᠭᠦᠯᠡᠬᠦ', stems: ['ᠲᠡᠷᠢᠭᠦᠯᠡ'] },
  { id: 'guide', concept: '办理指南', zh: ['指南'], mn: 'ᠠᠵᠢᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠵᠢᠭᠠᠪᠤᠷᠢ', stems: ['ᠵᠢᠭᠠᠪᠤᠷᠢ'] },
  { id: 'notice-sheet', concept: '告知单', zh: ['告知单'], mn: 'ᠮᠡᠳᠡᠭᠳᠡᠯ ᠬᠤᠳᠠᠰᠤ', stems: ['ᠮᠡᠳᠡᠭᠳᠡᠯ'] },
  { id: 'announcement', concept: '公告', zh: ['公告'], mn: 'ᠵᠠᠷᠯᠠᠯ', stems: ['ᠵᠠᠷᠯᠠᠯ'] },
  { id: 'rating-form', concept: '服务评议表', zh: ['评议表'], mn: 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠬᠦ ᠬᠦᠰᠦᠨᠦᠭ', stems: ['ᠬᠦᠰᠦᠨᠦᠭ'] },
  { id: 'rate', concept: '评价', zh: ['评价', '评议'], mn: 'ᠦᠨᠡᠯᠡᠬᠦ', stems: ['ᠦᠨᠡᠯᠡ'] },
  { id: 'satisfied', concept: '满意', zh: ['满意'], mn: 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ', stems: ['ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤ'] },
  { id: 'basically-satisfied', concept: '基本满意', zh: ['基本满意'], mn: 'ᠦᠨᠳᠦᠰᠦᠨ ᠳᠡᠭᠡᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ', stems: ['ᠦᠨᠳᠦᠰᠦᠨ'] },
  { id: 'dissatisfied', concept: '不满意', zh: ['不满意'], mn: 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ ᠦᠭᠡᠢ', stems: ['ᠦᠭᠡᠢ'] },
  { id: 'open-government', concept: '政务公开', zh: ['政务公开'], mn: 'ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠠᠵᠢᠯ ᠢ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ', stems: ['ᠢᠯᠡ ᠪᠣᠯᠭᠠ'] },
  { id: 'procedure', concept: '办事程序', zh: ['程序'], mn: 'ᠠᠵᠢᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠵᠢᠷᠤᠮ', stems: ['ᠵᠢᠷᠤᠮ'] },
  { id: 'process', concept: '办理流程', zh: ['流程'], mn: 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠶᠠᠪᠤᠴ', stems: ['ᠶᠠᠪᠤᠴ'] },
  { id: 'commitment', concept: '服务承诺', zh: ['承诺'], mn: 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠠᠮᠠᠯᠠᠯᠲᠠ', stems: ['ᠠᠮᠠᠯᠠ'] },
  { id: 'discipline', concept: '办事纪律', zh: ['纪律'], mn: 'ᠠᠵᠢᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠰᠠᠬᠢᠯᠭ᠎ᠠ ᠵᠢᠭᠰᠠᠭᠠᠯ', stems: ['ᠰᠠᠬᠢᠯᠭ᠎ᠠ'] },
  { id: 'complaint', concept: '投诉', zh: ['投诉'], mn: 'ᠭᠣᠮᠳᠠᠯ ᠭᠠᠷᠭᠠᠬᠤ', stems: ['ᠭᠣᠮᠳᠠᠯ'] },
  { id: 'complaint-method', concept: '投诉办法', zh: ['投诉办法'], mn: 'ᠭᠣᠮᠳᠠᠯ ᠭᠠᠷᠭᠠᠬᠤ ᠠᠷᠭ᠎ᠠ', stems: ['ᠠᠷᠭ᠎ᠠ'] },
  { id: 'suggestion', concept: '建议', zh: ['建议'], mn: 'ᠰᠠᠨᠠᠯ', stems: ['ᠰᠠᠨᠠᠯ'] },
  { id: 'material', concept: '材料', zh: ['材料'], mn: 'ᠮᠠᠲᠧᠷᠢᠶᠠᠯ', stems: ['ᠮᠠᠲᠧᠷᠢᠶᠠᠯ'] },
  { id: 'apply', concept: '申请', zh: ['申请'], mn: 'ᠮᠠᠯᠲᠠᠭᠠᠯ', stems: ['ᠮᠠᠯᠲᠠ'] },
  { id: 'id-card', concept: '身份证', zh: ['身份证'], mn: 'ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ', stems: ['ᠦᠨᠡᠮᠯᠡᠯ'], except: ['身份证明'] },
  { id: 'household-register', concept: '户口簿', zh: ['户口簿'], mn: 'ᠥᠷᠬᠡ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠳᠡᠪᠲᠡᠷ', stems: ['ᠪᠦᠷᠢᠳᠬᠡᠯ'] },
  { id: 'appointment', concept: '预约', zh: ['预约'], mn: 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠬᠤ', stems: ['ᠵᠠᠬᠢᠶᠠᠯᠠ'] },
  { id: 'pause', concept: '暂停', zh: ['暂停'], mn: 'ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ', stems: ['ᠵᠣᠭᠰᠣ'] },
  { id: 'staff', concept: '工作人员', zh: ['工作人员'], mn: 'ᠠᠵᠢᠯᠲᠠᠨ', stems: ['ᠠᠵᠢᠯᠲᠠᠨ'] },
  { id: 'print', concept: '打印', zh: ['打印', '补打'], mn: 'ᠬᠡᠪᠯᠡᠬᠦ', stems: ['ᠬᠡᠪᠯᠡ'] },
  { id: 'qr-code', concept: '二维码', zh: ['二维码'], mn: 'ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ᠋', stems: ['ᠺᠣᠳ'] },
  { id: 'rating-code', concept: '评价码', zh: ['评价码'], mn: 'ᠦᠨᠡᠯᠡᠬᠦ ᠺᠣᠳ᠋', stems: ['ᠺᠣᠳ'] },
  { id: 'hall-room', concept: '大厅', zh: ['大厅'], mn: 'ᠲᠠᠩᠬᠢᠮ', stems: ['ᠲᠠᠩᠬᠢᠮ'] },
  { id: 'phone', concept: '电话', zh: ['电话', '手机'], mn: 'ᠤᠲᠠᠰᠤ', stems: ['ᠤᠲᠠᠰᠤ'] },
  { id: 'minutes', concept: '分钟', zh: ['分钟'], mn: 'ᠮᠢᠨᠦᠲ', stems: ['ᠮᠢᠨᠦᠲ'] },
  { id: 'rest-day', concept: '休息日', zh: ['休息日'], mn: 'ᠠᠮᠤᠷᠠᠯᠲᠠ ᠶᠢᠨ ᠡᠳᠦᠷ', stems: ['ᠠᠮᠤᠷᠠᠯ'] },
];
