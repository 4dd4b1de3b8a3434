import { msg } from './message';

/** 服务评议 and complaints: levels, reasons, categories. */
export const ratingMessages = {
  'rating.level.5': msg('非常满意', 'ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ'),
  'rating.level.4': msg('满意', 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ'),
  'rating.level.3': msg('基本满意', 'ᠦᠨᠳᠦᠰᠦᠨ ᠳᠡᠭᠡᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ'),
  'rating.level.2': msg('不满意', 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ ᠦᠭᠡᠢ'),
  'rating.level.1': msg('非常不满意', 'ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ ᠦᠭᠡᠢ'),
  'rating.reason.attitude': msg('服务态度不好', 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠬᠠᠨᠳᠤᠯᠭ᠎ᠠ ᠮᠠᠶᠤ'),
  'rating.reason.efficiency': msg('办理效率低', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠦᠷ᠎ᠡ ᠠᠰᠢᠭ ᠳᠣᠷᠣ'),
  'rating.reason.quality': msg('办理结果不满意', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠷ᠎ᠡ ᠳ᠋ᠦᠩ ᠳᠦ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ ᠦᠭᠡᠢ'),
  'rating.reason.waiting': msg('等候时间太长', 'ᠬᠦᠯᠢᠶᠡᠬᠦ ᠴᠠᠭ ᠬᠡᠲᠡᠷᠬᠡᠢ ᠤᠷᠲᠤ'),
  'rating.reason.rules': msg('告知不清楚，多次跑腿', 'ᠮᠡᠳᠡᠭᠳᠡᠯ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠪᠤᠰᠤ᠂ ᠣᠯᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠶᠠᠪᠤᠪᠠ'),
  'rating.reason.other': msg('其他', 'ᠪᠤᠰᠤᠳ'),
  'complaint.category.complaint': msg('投诉', 'ᠭᠣᠮᠳᠠᠯ'),
  'complaint.category.suggestion': msg('建议', 'ᠰᠠᠨᠠᠯ'),
  'complaint.category.praise': msg('表扬', 'ᠮᠠᠭᠲᠠᠭᠠᠯ'),
  'complaint.category.consultation': msg('咨询', 'ᠯᠠᠪᠯᠠᠯᠭ᠎ᠠ'),
};
