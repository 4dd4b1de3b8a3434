import { msg } from './message';

/**
 * Notices (公告) and the 政务公开 boards: their names on the kiosk and the display, the board titles a new
 * hall starts with, and the 事项类型 of the guide standard. Mongolian wording is a draft awaiting review.
 */
export const publicInfoMessages = {
  'board.title.procedure': msg('办事程序', 'ᠠᠵᠢᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠵᠢᠷᠤᠮ'),
  'board.title.commitment': msg('服务承诺', 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠠᠮᠠᠯᠠᠯᠲᠠ'),
  'board.title.discipline': msg('办事纪律', 'ᠠᠵᠢᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠰᠠᠬᠢᠯᠭ᠎ᠠ ᠵᠢᠭᠰᠠᠭᠠᠯ'),
  'board.title.complaints': msg('投诉办法', 'ᠭᠣᠮᠳᠠᠯ ᠭᠠᠷᠭᠠᠬᠤ ᠠᠷᠭ᠎ᠠ'),
  'board.title.results': msg('办理结果公示', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠷ᠎ᠡ ᠳ᠋ᠦᠩ ᠢ ᠢᠯᠡ ᠲᠤᠩᠬᠠᠭᠯᠠᠬᠤ'),
  'kiosk.home.boards': msg('政务公开', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠠᠵᠢᠯ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ'),
  'kiosk.home.boardsHint': msg('办事规矩早知道', 'ᠠᠵᠢᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠳᠦᠷᠢᠮ ᠢ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠮᠡᠳᠡᠬᠦ'),
  'kiosk.boards.title': msg('政务公开', 'ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠠᠵᠢᠯ ᠢ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ'),
  'kiosk.boards.prompt': msg('请选择要查看的内容', 'ᠦᠵᠡᠬᠦ ᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠠᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ'),
  'kiosk.boards.empty': msg('暂无公开内容', 'ᠣᠳᠣ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠭᠰᠠᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠦᠭᠡᠢ'),
  'kiosk.boards.loading': msg('正在读取，请稍候…', 'ᠤᠩᠰᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠁'),
  'kiosk.boards.unanswered': msg('网络较慢，没有读到内容', 'ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠤᠳᠠᠭᠠᠨ᠂ ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ'),
  'kiosk.boards.missing': msg('该栏目暂无内容', 'ᠡᠨᠡ ᠬᠡᠰᠡᠭ ᠲᠦ ᠣᠳᠣ ᠠᠭᠤᠯᠭ᠎ᠠ ᠦᠭᠡᠢ'),
  'kiosk.boards.updated': msg('更新时间：{date}', 'ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ: {date}'),
  'notice.label': msg('公告', 'ᠵᠠᠷᠯᠠᠯ'),
  'guide.itemType.licensing': msg('行政许可', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ'),
  'guide.itemType.benefit': msg('行政给付', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠲᠥᠯᠥᠪᠦᠷᠢ'),
  'guide.itemType.confirmation': msg('行政确认', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠪᠠᠲᠤᠯᠠᠯ'),
  'guide.itemType.adjudication': msg('行政裁决', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠰᠢᠢᠳᠪᠦᠷᠢ'),
  'guide.itemType.reward': msg('行政奖励', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠱᠠᠩᠨᠠᠯ'),
  'guide.itemType.levy': msg('行政征收', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠬᠤᠷᠢᠶᠠᠯᠲᠠ'),
  'guide.itemType.inspection': msg('行政检查', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠪᠠᠶᠢᠴᠠᠭᠠᠯᠲᠠ'),
  'guide.itemType.other-power': msg('其他行政权力', 'ᠪᠤᠰᠤᠳ ᠵᠠᠰᠠᠭ ᠤᠨ ᠡᠷᠬᠡ ᠮᠡᠳᠡᠯ'),
  'guide.itemType.public-service': msg('公共服务', 'ᠨᠡᠶᠢᠲᠡ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ'),
};
