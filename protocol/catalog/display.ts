import { msg } from './message';

/**
 * The hall display (综合屏) and what its voice says. Headings carry Mongolian drafts (pending review):
 * the local rule puts Mongolian above the Chinese on public displays. Case suffixes follow U+202F
 * (narrow no-break space), which Unicode requires for their suffix shapes.
 */
export const displayMessages = {
  'display.staff': msg('工作人员:{name}', 'ᠠᠵᠢᠯᠲᠠᠨ: {name}'),
  'display.staffPhoto': msg('工作人员照片', 'ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠢᠷᠤᠭ'),
  'display.nowCalling': msg('正在叫号', 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'display.recentCalls': msg('最近叫号', 'ᠰᠠᠶᠢᠬᠠᠨ ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ'),
  'display.newCall': msg('新叫号'),
  'display.recall': msg('重呼'),
  'display.noCalls': msg('暂无叫号', 'ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ ᠦᠭᠡᠢ'),
  'display.waiting.title': msg('等候人数', 'ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ'),
  'display.waiting.people': msg('{n}人'),
  'display.waiting.closed': msg('暂停'),
  'display.counters.title': msg('窗口状态', 'ᠴᠣᠩᠬᠣ ᠶᠢᠨ ᠪᠠᠶᠢᠳᠠᠯ'),
  'display.counters.idle': msg('空闲'),
  'display.column.number': msg('号码'),
  'display.column.counter': msg('窗口'),
  'display.device.refused': msg('本屏尚未登记,请联系大厅管理员'),
  /** Digits as the voice should read them inside a ticket number ("A001" → "A零零一"). */
  'display.voice.digits': msg('零一二三四五六七八九'),
} as const;
