import { msg } from './message';

/** The phone tracking page a resident opens from the QR code on the ticket. */
export const phoneMessages = {
  'phone.title': msg('排队进度'),
  'phone.yourNumber': msg('您的号码', 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ'),
  'phone.loading': msg('正在查询号票…'),
  'phone.live': msg('本页会自动更新,无需刷新'),
  'phone.calledTo': msg('请到{n}号窗口'),
  'phone.calledHint': msg('轮到您了,请尽快前往窗口办理'),
  'phone.servingAt': msg('正在{n}号窗口办理'),
  'phone.heldAt': msg('您的业务已在{n}号窗口挂起,备好材料后请回到该窗口'),
  'phone.finished': msg('办理完成,感谢您的耐心等候', 'ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ'),
  'phone.noShow': msg('您的号码已过号,如仍需办理请到窗口咨询'),
  'phone.invalid': msg('该号票已失效'),
  'phone.badLink': msg('链接不完整,请重新扫描号票上的二维码'),
  'phone.counters': msg('办理窗口:{list}'),
} as const;
