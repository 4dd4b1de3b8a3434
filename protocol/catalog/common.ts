import { msg } from './message';

/** Words shared by every screen: the hall, statuses, priority reasons, navigation. */
export const commonMessages = {
  'hall.name': msg('社会服务中心', 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ'),
  'nav.home': msg('首页', 'ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ'),
  'nav.back': msg('返回', 'ᠪᠤᠴᠠᠬᠤ'),
  'lang.zh': msg('中文'),
  'lang.mn': msg('蒙古文', 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ'),
  'status.waiting': msg('等候中', 'ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'status.called': msg('已叫号', 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ'),
  'status.serving': msg('办理中', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'status.held': msg('已挂起', 'ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ'),
  'status.finished': msg('已办结', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ'),
  'status.no_show': msg('已过号', 'ᠳ᠋ᠤᠭᠠᠷ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ'),
  'status.cancelled': msg('已取消', 'ᠬᠠᠰᠤᠭᠰᠠᠨ'),
  'status.expired': msg('已过期', 'ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ'),
  'priority.elderly70': msg('70岁以上老人', '70 ᠨᠠᠰᠤ ᠡᠴᠡ ᠳᠡᠭᠡᠭᠰᠢ ᠥᠲᠡᠯᠡᠭᠴᠢᠳ'),
  'priority.disability': msg('残疾人', 'ᠬᠥᠭᠵᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ'),
  'priority.military': msg('军人', 'ᠴᠡᠷᠢᠭ ᠦᠨ ᠬᠦᠮᠦᠨ'),
  'priority.pregnancy': msg('孕妇', 'ᠵᠢᠷᠦᠮᠡᠰᠦᠨ ᠡᠮᠡᠭᠲᠡᠢ'),
  'counter.name': msg('{n}号窗口', '{n} ᠳ᠋ᠤᠭᠠᠷ ᠴᠣᠩᠬᠣ'),
  'counter.status.closed': msg('未开启', 'ᠨᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ'),
  'counter.status.open': msg('服务中', 'ᠦᠢᠯᠡᠴᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'counter.status.paused': msg('暂停服务', 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ'),
  'queue.peopleAhead': msg('前面还有{n}人', 'ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠰᠠ {n} ᠬᠦᠮᠦᠨ'),
  'queue.estimate': msg('预计等候约{n}分钟', 'ᠣᠢᠷᠠᠯᠴᠠᠭ᠎ᠠ {n} ᠮᠢᠨᠦᠲ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ'),
  'queue.waiting': msg('等候{n}人', '{n} ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'call.phrase': msg('请{number}号到{counter}号窗口办理', '{number} ᠳ᠋ᠤᠭᠠᠷ {counter} ᠳ᠋ᠤᠭᠠᠷ ᠴᠣᠩᠬᠣ ᠳᠤ ᠢᠷᠡᠵᠦ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ'),
  // Short on purpose: it sits between the hall name and the header buttons on every screen.
  'demo.banner': msg('演示模式', 'ᠦᠵᠡᠭᠦᠯᠬᠦ ᠬᠡᠯᠪᠡᠷᠢ'),
  'conn.offline': msg('网络连接中断，正在重新连接…', 'ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠬᠣᠯᠪᠣᠯᠲᠠ ᠲᠠᠰᠤᠷᠠᠪᠠ᠂ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠁'),
};
