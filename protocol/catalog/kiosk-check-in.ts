import { msg } from './message';

/** 预约签到 at the kiosk: a booked resident enters the booking code (keypad or scanner) and gets a ticket. */
export const kioskCheckInMessages = {
  'kiosk.home.checkIn': msg('预约签到', 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ ᠢᠷᠡᠯᠲᠡ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ'),
  'kiosk.home.checkInHint': msg('已预约的请在这里签到', 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ ᠪᠣᠯ ᠡᠨᠳᠡ ᠢᠷᠡᠯᠲᠡ ᠪᠡᠨ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ'),
  'kiosk.checkIn.title': msg('预约签到', 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ ᠢᠷᠡᠯᠲᠡ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ'),
  'kiosk.checkIn.prompt': msg('请输入预约码', 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ'),
  'kiosk.checkIn.hint': msg('预约码共12位，由字母和数字组成', 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ 12 ᠣᠷᠣᠨᠲᠤ᠂ ᠦᠰᠦᠭ ᠪᠠ ᠲᠣᠭ᠎ᠠ ᠠᠴᠠ ᠪᠦᠷᠢᠳᠦᠨ᠎ᠡ'),
  'kiosk.checkIn.scanHint': msg('也可以把预约二维码对准扫码口', 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ᠋ ᠢ ᠰᠢᠭᠦᠷᠳᠡᠬᠦ ᠠᠮᠠᠰᠠᠷ ᠲᠤ ᠴᠢᠭᠯᠡᠭᠦᠯᠵᠦ ᠪᠠᠰᠠ ᠪᠣᠯᠣᠨ᠎ᠠ'),
  'kiosk.checkIn.submit': msg('签到', 'ᠢᠷᠡᠯᠲᠡ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ'),
  'kiosk.checkIn.sending': msg('正在签到，请稍候…', 'ᠢᠷᠡᠯᠲᠡ ᠪᠦᠷᠢᠳᠬᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠁'),
  'kiosk.checkIn.unanswered': msg('网络较慢，没有收到签到结果，请再点一次“签到”', 'ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠤᠳᠠᠭᠠᠨ᠂ ᠢᠷᠡᠯᠲᠡ ᠪᠦᠷᠢᠳᠬᠡᠭᠰᠡᠨ ᠦᠷ᠎ᠡ ᠳᠦᠩ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ'),
  'kiosk.checkIn.earlyTitle': msg('还没到签到时间', 'ᠢᠷᠡᠯᠲᠡ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ ᠴᠠᠭ ᠪᠣᠯᠣᠭᠠᠳᠤᠢ'),
  'kiosk.checkIn.early': msg('您预约的是 {date} {start}-{end}，请于 {time} 以后再来签到',
    '{date} {start}-{end} ᠴᠠᠭ ᠢ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ᠂ {time} ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠢᠷᠡᠵᠦ ᠢᠷᠡᠯᠲᠡ ᠪᠡᠨ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ'),
  'kiosk.checkIn.done': msg('预约签到成功，请留意叫号', 'ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ ᠢᠷᠡᠯᠲᠡ ᠪᠦᠷᠢᠳᠬᠡᠭᠳᠡᠪᠡ᠂ ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠰᠠᠨᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ'),
  'kiosk.checkIn.late': msg('您已超过预约时段，已按现场取号为您排队', 'ᠲᠠ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠠᠴᠠ ᠬᠣᠴᠣᠷᠠᠪᠠ᠂ ᠡᠩ ᠦᠨ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠠᠷ ᠳᠠᠷᠠᠭᠠᠯᠠᠭᠤᠯᠪᠠ'),
  'kiosk.checkIn.reenter': msg('重新输入', 'ᠳᠠᠬᠢᠨ ᠣᠷᠣᠭᠤᠯᠬᠤ'),
};
