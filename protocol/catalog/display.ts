import { msg } from './message';

/**
 * The hall display (综合屏) and what its voice says. Headings carry Mongolian drafts (pending review):
 * the local rule puts Mongolian above the Chinese on public displays. Case suffixes follow U+202F
 * (narrow no-break space), which Unicode requires for their suffix shapes.
 */
export const displayMessages = {
  'display.staffPhoto': msg('工作人员照片', 'ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠢᠷᠤᠭ'),
  'display.nowCalling': msg('正在叫号', 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'display.recentCalls': msg('最近叫号', 'ᠰᠠᠶᠢᠬᠠᠨ ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ'),
  'display.newCall': msg('新叫号', 'ᠰᠢᠨ᠎ᠡ ᠳᠠᠭᠤᠳᠠᠯᠭ᠎ᠠ'),
  'display.recall': msg('重呼', 'ᠳᠠᠬᠢᠨ ᠳᠠᠭᠤᠳᠠᠬᠤ'),
  'display.noCalls': msg('暂无叫号', 'ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ ᠦᠭᠡᠢ'),
  'display.waiting.title': msg('等候人数', 'ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ'),
  'display.waiting.people': msg('{n}人', '{n} ᠬᠦᠮᠦᠨ'),
  'display.waiting.closed': msg('暂停', 'ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ'),
  'display.counters.title': msg('窗口状态', 'ᠴᠣᠩᠬᠣ ᠶᠢᠨ ᠪᠠᠶᠢᠳᠠᠯ'),
  'display.counters.idle': msg('空闲', 'ᠰᠤᠯ'),
  'display.counters.paused': msg('暂停', 'ᠲᠦᠷ ᠵᠣᠭᠰᠣᠪᠠ'),
  // 窗口屏 (one window's display).
  'display.window.now': msg('当前号码', 'ᠣᠳᠣᠬᠠᠨ ᠳ᠋ᠤᠭᠠᠷ'),
  'display.window.next': msg('下一位', 'ᠳᠠᠷᠠᠭᠠᠬᠢ ᠳ᠋ᠤᠭᠠᠷ'),
  'display.window.noneWaiting': msg('暂无等候', 'ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠬᠦᠮᠦᠨ ᠦᠭᠡᠢ'),
  'display.window.pleaseCome': msg('请到本窗口办理', 'ᠡᠨᠡ ᠴᠣᠩᠬᠣᠨ ᠳᠤ ᠢᠷᠡᠵᠦ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠷᠡᠢ'),
  'display.window.idle': msg('等待叫号', 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'display.window.paused': msg('暂停服务', 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ'),
  'display.window.closed': msg('本窗口未开放', 'ᠡᠨᠡ ᠴᠣᠩᠬᠣ ᠨᠡᠭᠡᠭᠡᠭᠡ ᠦᠭᠡᠢ'),
  'display.window.staffNumber': msg('工号：{n}', 'ᠠᠵᠢᠯ ᠤᠨ ᠳ᠋ᠤᠭᠠᠷ: {n}'),
  /** Digits as the voice should read them inside a ticket number ("A001" → "A零零一"). */
  'display.voice.digits': msg('零一二三四五六七八九'),
} as const;
