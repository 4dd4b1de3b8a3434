import { msg } from './message';

/**
 * The rating pad (评价器) at a window. Level and reason words come from ./rating; the window name from
 * 'counter.name'. Mongolian drafts are pending review like every other entry.
 */
export const padMessages = {
  'pad.title': msg('服务评价器'),
  'pad.welcome': msg('欢迎您', 'ᠲᠠᠪᠠᠲᠠᠢ ᠮᠣᠷᠢᠯᠠᠭᠠᠷᠠᠢ'),
  'pad.welcomeHint': msg('办理完成后,可以在这里为本窗口的服务评价'),
  'pad.staff': msg('工作人员:{name}', 'ᠠᠵᠢᠯᠲᠠᠨ: {name}'),
  'pad.staffPhoto': msg('工作人员照片', 'ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠢᠷᠤᠭ'),
  'pad.nowServing': msg('正在办理:{number}号'),
  'pad.ask': msg('请您对本次服务进行评价'),
  'pad.ticket': msg('您的号码:{number}'),
  'pad.reasons': msg('请选择不满意的原因(可多选)'),
  'pad.submit': msg('提交评价', 'ᠲᠤᠰᠢᠶᠠᠬᠤ'),
  'pad.sending': msg('正在提交…'),
  'pad.pickLevel': msg('请先点选一项满意程度'),
  'pad.skipHint': msg('不想评价可以直接离开'),
  'pad.noAnswer': msg('网络不畅,评价还没有提交成功,请再点一次“提交评价”'),
  'pad.thanks': msg('谢谢您!', 'ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ'),
  'pad.thanksLevel': msg('您的评价:{level}'),
  'pad.thanksEarlier': msg('本次服务已经评价过了'),
  'pad.followUp': msg('您的意见已转交中心负责人跟进整改'),
  'pad.connecting': msg('正在连接服务器…'),
  'pad.setup.noKey': msg('本评价器还没有登记,请联系管理员'),
  'pad.setup.refused': msg('本评价器的设备密钥无效或已停用,请联系管理员'),
  'pad.setup.notBound': msg('此设备密钥不属于任何窗口的评价器,请联系管理员'),
} as const;
