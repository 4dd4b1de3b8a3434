import { msg } from './message';

/**
 * The rating pad (评价器) at a window. Level and reason words come from ./rating; the window name from
 * 'counter.name'. Mongolian drafts are pending review like every other entry.
 */
export const padMessages = {
  'pad.title': msg('服务评价器', 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠦᠨᠡᠯᠡᠬᠦ ᠲᠥᠬᠦᠭᠡᠷᠡᠮᠵᠢ'),
  'pad.welcome': msg('欢迎您', 'ᠲᠠᠪᠠᠲᠠᠢ ᠮᠣᠷᠢᠯᠠᠭᠠᠷᠠᠢ'),
  'pad.welcomeHint': msg('办理完成后，可以在这里为本窗口的服务评价', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭᠠ ᠡᠨᠳᠡ ᠡᠨᠡ ᠴᠣᠩᠬᠣ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ'),
  'pad.staff': msg('工作人员：{name}', 'ᠠᠵᠢᠯᠲᠠᠨ: {name}'),
  'pad.staffPhoto': msg('工作人员照片', 'ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠢᠷᠤᠭ'),
  'pad.staffNumber': msg('工号：{number}', 'ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ: {number}'),
  'pad.nowServing': msg('正在办理：{number}号', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠳ᠋ᠤᠭᠠᠷ: {number}'),
  'pad.ask': msg('请您对本次服务进行评价', 'ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠭᠡᠷᠡᠢ'),
  'pad.ticket': msg('您的号码：{number}', 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ: {number}'),
  'pad.reasons': msg('请选择不满意的原因（可多选）', 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠨ᠎ᠠ ᠦᠭᠡᠢ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ (ᠣᠯᠠᠨ ᠢ ᠰᠣᠩᠭᠣᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ)'),
  'pad.submit': msg('提交评价', 'ᠦᠨᠡᠯᠡᠯᠲᠡ ᠲᠤᠰᠢᠶᠠᠬᠤ'),
  'pad.sending': msg('正在提交…', 'ᠲᠤᠰᠢᠶᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠁'),
  'pad.pickLevel': msg('请先点选一项满意程度', 'ᠤᠷᠢᠳᠠ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠤᠬᠤ ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠡ ᠳᠠᠷᠵᠤ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ'),
  'pad.skipHint': msg('不想评价可以直接离开', 'ᠦᠨᠡᠯᠡᠬᠦ ᠦᠭᠡᠢ ᠪᠣᠯ ᠰᠤᠯᠠ ᠶᠠᠪᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ'),
  'pad.noAnswer': msg('网络不畅，评价还没有提交成功，请再点一次“提交评价”', 'ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠰᠠᠶᠢᠨ ᠪᠤᠰᠤ᠂ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠲᠤᠰᠢᠶᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠲᠣᠪᠴᠢ ᠶᠢ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ'),
  'pad.thanks': msg('谢谢您!', 'ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ'),
  'pad.thanksLevel': msg('您的评价：{level}', 'ᠲᠠᠨ ᠤ ᠦᠨᠡᠯᠡᠯᠲᠡ: {level}'),
  'pad.thanksEarlier': msg('本次服务已经评价过了', 'ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠦᠨᠡᠯᠡᠭᠰᠡᠨ'),
  'pad.followUp': msg('您的意见已转交中心负责人跟进整改', 'ᠲᠠᠨ ᠤ ᠰᠠᠨᠠᠯ ᠢ ᠲᠥᠪ ᠦᠨ ᠬᠠᠷᠢᠶᠤᠴᠠᠭᠴᠢ ᠳᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠪᠡ᠂ ᠲᠡᠷᠡ ᠵᠠᠰᠠᠨ ᠰᠠᠶᠢᠵᠢᠷᠠᠭᠤᠯᠬᠤ ᠶᠢ ᠬᠥᠲᠡᠯᠦᠨ᠎ᠡ'),
  'pad.connecting': msg('正在连接服务器…', 'ᠰᠧᠷᠸᠧᠷ ᠲᠦ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠁'),
  'pad.setup.notBound': msg('此设备密钥不属于任何窗口的评价器，请联系管理员', 'ᠡᠨᠡ ᠲᠥᠬᠦᠭᠡᠷᠡᠮᠵᠢ ᠶᠢᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠠᠯᠢ ᠴᠦ ᠴᠣᠩᠬᠣ ᠶᠢᠨ ᠦᠨᠡᠯᠡᠬᠦ ᠲᠥᠬᠦᠭᠡᠷᠡᠮᠵᠢ ᠳᠦ ᠬᠠᠮᠠᠷᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠵᠠᠬᠢᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠣᠭᠠᠷᠠᠢ'),
} as const;
