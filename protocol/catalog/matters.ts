/**
 * Matters (办件, protocol/matters.ts): what the counter desk says while recording and moving them (staff,
 * Chinese only), and what the resident reads on the phone page's 办件查询 (Chinese with Mongolian).
 */
import { msg } from './message';

export const matterDeskMessages = {
  'desk.matter.record': msg('登记办件'),
  'desk.matter.find': msg('办件查询'),
  'desk.matter.recordTitle': msg('登记办件（受理编号由系统生成）'),
  'desk.matter.ticket': msg('号票号码（今日由您办结的）'),
  'desk.matter.phone': msg('群众手机号'),
  'desk.matter.phoneHint': msg('只保存后四位的校验值和前三位，群众凭受理编号和手机号后四位查询'),
  'desk.matter.phoneInvalid': msg('请输入完整的手机号'),
  'desk.matter.state': msg('状态'),
  'desk.matter.materials': msg('需补正的材料（从办理指南中勾选）'),
  'desk.matter.materialsOther': msg('其他材料（每行一项）'),
  'desk.matter.materialsNeeded': msg('补正须至少列出一项材料'),
  'desk.matter.reason': msg('不予受理的原因'),
  'desk.matter.reasonNeeded': msg('不予受理须写明原因'),
  'desk.matter.submit': msg('登记'),
  'desk.matter.recorded': msg('已登记。请把受理编号交给群众：补打一张印有受理编号的号票，或请群众记下：'),
  'desk.matter.tellResident': msg('群众扫号票上的二维码打开手机页面，输入手机号后四位即可查询进度。'),
  'desk.matter.reprint': msg('补打号票（印有受理编号）'),
  'desk.matter.reprinted': msg('号票 {number} 已送往{printer}补打，印有受理编号'),
  'desk.matter.number': msg('受理编号'),
  'desk.matter.findSubmit': msg('查找'),
  'desk.matter.found': msg('号票 {ticket}（{day}）· 手机 {phone} · 登记人 {staff}'),
  'desk.matter.moveSubmit': msg('保存'),
  'desk.matter.moved': msg('办件 {number} 已改为：{state}'),
  'desk.matter.final': msg('该办件已{state}，不再更改'),
  'desk.matter.history': msg('办理记录'),
  'desk.matter.noGuideMaterials': msg('该事项的办理指南没有列出材料，请在下面填写'),
};

/** The phone page's 办件查询 and the state names residents read (the desk shows the same names). */
export const matterPhoneMessages = {
  'phone.matter.title': msg('办件查询', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠢ ᠠᠰᠠᠭᠤᠬᠤ'),
  'phone.matter.recorded': msg('窗口已为您登记办件，受理编号 {number}', 'ᠴᠣᠩᠬᠣ ᠲᠠᠨ ᠳᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠢ ᠪᠦᠷᠢᠳᠬᠡᠪᠡ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ {number}'),
  'phone.matter.hint': msg('输入登记时留下的手机号后四位，即可查看办理进度', 'ᠪᠦᠷᠢᠳᠬᠡᠬᠦ ᠳᠦ ᠦᠯᠡᠳᠡᠭᠡᠭᠰᠡᠨ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠰᠡᠭᠦᠯ ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠣᠨ ᠢ ᠣᠷᠣᠭᠤᠯᠪᠠᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠠᠬᠢᠴ ᠢ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ'),
  'phone.matter.number': msg('受理编号', 'ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ'),
  'phone.matter.tail': msg('手机号后四位', 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠰᠡᠭᠦᠯ ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠣᠨ'),
  'phone.matter.submit': msg('查询', 'ᠠᠰᠠᠭᠤᠬᠤ'),
  'phone.matter.sending': msg('正在查询…', 'ᠠᠰᠠᠭᠤᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠁'),
  'phone.matter.numberInvalid': msg('受理编号不完整，请核对后再输入', 'ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ ᠪᠦᠲᠦᠨ ᠪᠤᠰᠤ᠂ ᠬᠠᠷᠭᠤᠭᠤᠯᠵᠤ ᠦᠵᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠭᠤᠯᠭᠠᠷᠠᠢ'),
  'phone.matter.tailInvalid': msg('请输入手机号的后四位数字', 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠰᠡᠭᠦᠯ ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠣᠨ ᠢ ᠣᠷᠣᠭᠤᠯᠭᠠᠷᠠᠢ'),
  'phone.matter.now': msg('当前状态', 'ᠣᠳᠣᠬᠠᠨ ᠤ ᠪᠠᠶᠢᠳᠠᠯ'),
  'phone.matter.state.accepted': msg('已受理，正在办理', 'ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ᠂ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'phone.matter.state.correction': msg('需要补正材料', 'ᠮᠠᠲᠧᠷᠢᠶᠠᠯ ᠢ ᠨᠥᠬᠥᠵᠦ ᠵᠠᠰᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ'),
  'phone.matter.state.completed': msg('已办结', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠪᠠ'),
  'phone.matter.state.rejected': msg('不予受理', 'ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ'),
  'phone.matter.materials': msg('请备齐以下材料，到窗口补正：', 'ᠳᠣᠤᠷᠠᠬᠢ ᠮᠠᠲᠧᠷᠢᠶᠠᠯ ᠢ ᠪᠡᠯᠡᠳᠬᠡᠭᠡᠳ ᠴᠣᠩᠬᠣ ᠳᠤ ᠢᠷᠡᠵᠦ ᠨᠥᠬᠥᠵᠦ ᠵᠠᠰᠠᠭᠠᠷᠠᠢ:'),
  'phone.matter.reason': msg('原因：{reason}', 'ᠰᠢᠯᠲᠠᠭᠠᠨ: {reason}'),
  'phone.matter.history': msg('办理记录', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ'),
  'phone.matter.again': msg('查询其他办件', 'ᠪᠤᠰᠤᠳ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠢ ᠠᠰᠠᠭᠤᠬᠤ'),
};
