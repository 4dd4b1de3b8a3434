import { msg } from './message';

/**
 * What a kiosk, lobby display or rating pad says when it cannot work: opened without a device key,
 * with a key the hall does not know (mistyped, or replaced by 重新生成密钥), with a revoked key, with a
 * key of another kind of device, or cut off from the server. Each says what happened in plain words for
 * whoever stands in front of it, and what the technician does about it, naming the console's own screen
 * and buttons (protocol/catalog/admin-devices.ts). These stand on resident-facing screens, so each has a
 * Mongolian draft, pending review like every other entry.
 */
export const deviceSetupMessages = {
  'setup.kind.kiosk': msg('取号机', 'ᠳ᠋ᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ'),
  'setup.kind.display': msg('显示屏', 'ᠳᠡᠯᠭᠡᠴᠡ'),
  'setup.kind.rating-pad': msg('评价器', 'ᠦᠨᠡᠯᠡᠬᠦ ᠮᠠᠰᠢᠨ'),

  'setup.resident': msg('本机暂停使用，请到咨询台找工作人员。', 'ᠡᠨᠡ ᠮᠠᠰᠢᠨ ᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠶᠢ ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ᠂ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃'),
  'setup.forTechnician': msg('给管理员：', 'ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠳᠤ:'),
  'setup.console': msg('控制台地址：{url}', 'ᠬᠠᠮᠢᠶᠠᠷᠬᠤ ᠳᠡᠯᠭᠡᠴᠡ ᠶᠢᠨ ᠬᠠᠶᠢᠭ: {url}'),

  'setup.noKey.title': msg('此设备尚未登记', 'ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠪᠦᠷᠢᠳᠬᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ'),
  'setup.noKey.fix': msg(
    '这个{kind}页面没有设备密钥。请管理员登录控制台，在「设备」页面点「新建设备」，选好类型和绑定后点「创建并生成密钥」，再在本机浏览器中打开页面给出的地址（或用本机扫描二维码）。',
    'ᠡᠨᠡ {kind} ᠶᠢᠨ ᠨᠢᠭᠤᠷ ᠲᠤ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠭᠡᠢ᠃ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠬᠠᠮᠢᠶᠠᠷᠬᠤ ᠳᠡᠯᠭᠡᠴᠡ ᠳᠦ ᠣᠷᠣᠵᠤ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠨᠢᠭᠤᠷ ᠲᠤ ᠰᠢᠨ᠎ᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠪᠠᠶᠢᠭᠤᠯᠵᠤ᠂ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠢᠯᠡᠳᠴᠦ᠂ ᠲᠡᠭᠦᠨ ᠦ ᠬᠠᠶᠢᠭ ᠢ ᠡᠨᠡ ᠮᠠᠰᠢᠨ ᠳᠤ ᠨᠡᠭᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ᠋ ᠢ ᠡᠨᠡ ᠮᠠᠰᠢᠨ ᠢᠶᠠᠷ ᠰᠢᠷᠪᠢᠭᠡᠷᠡᠢ᠃',
  ),
  'setup.keyUnknown.title': msg('此设备的密钥无效', 'ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ'),
  'setup.keyUnknown.fix': msg(
    '地址中的密钥输错了，或者已在「设备」页面「重新生成密钥」而作废。请管理员在控制台「设备」页面找到这台{kind}，点「重新生成密钥」，再在本机打开新地址。',
    'ᠬᠠᠶᠢᠭ ᠳᠠᠬᠢ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠪᠤᠷᠤᠭᠤ᠂ ᠡᠰᠡᠪᠡᠯ ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠢᠯᠡᠳᠦᠭᠰᠡᠨ ᠳᠤ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠨᠢᠭᠤᠷ ᠲᠤ ᠡᠨᠡ {kind} ᠢ ᠣᠯᠵᠤ ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠢᠯᠡᠳᠴᠦ᠂ ᠰᠢᠨ᠎ᠡ ᠬᠠᠶᠢᠭ ᠢ ᠡᠨᠡ ᠮᠠᠰᠢᠨ ᠳᠤ ᠨᠡᠭᠡᠭᠡᠭᠡᠷᠡᠢ᠃',
  ),
  'setup.keyRevoked.title': msg('此设备已被吊销', 'ᠡᠨᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢ ᠬᠠᠰᠤᠭᠰᠠᠨ'),
  'setup.keyRevoked.fix': msg(
    '这台{kind}已在控制台「设备」页面被「吊销」，吊销不能撤回。如需继续使用，请管理员在「设备」页面「新建设备」并「创建并生成密钥」，再在本机打开新地址。',
    'ᠡᠨᠡ {kind} ᠢ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠨᠢᠭᠤᠷ ᠲᠤ ᠬᠠᠰᠤᠭᠰᠠᠨ ᠪᠥᠭᠡᠳ ᠪᠤᠴᠠᠭᠠᠬᠤ ᠠᠷᠭ᠎ᠠ ᠦᠭᠡᠢ᠃ ᠴᠠᠭᠠᠰᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠪᠣᠯ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠰᠢᠨ᠎ᠡ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠪᠠᠶᠢᠭᠤᠯᠵᠤ᠂ ᠰᠢᠨ᠎ᠡ ᠬᠠᠶᠢᠭ ᠢ ᠡᠨᠡ ᠮᠠᠰᠢᠨ ᠳᠤ ᠨᠡᠭᠡᠭᠡᠭᠡᠷᠡᠢ᠃',
  ),
  'setup.wrongKind.title': msg('这个密钥属于另一类设备', 'ᠡᠨᠡ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠥᠭᠡᠷ᠎ᠡ ᠲᠥᠷᠥᠯ ᠦᠨ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠶᠢᠨ ᠬᠢᠨ᠎ᠠ'),
  'setup.wrongKind.fix': msg(
    '这是{kind}页面，而密钥是发给{actual}的。请在本机打开与密钥相符的页面，或请管理员在控制台「设备」页面为本机新建一台{kind}。',
    'ᠡᠨᠡ ᠪᠣᠯ {kind} ᠶᠢᠨ ᠨᠢᠭᠤᠷ᠂ ᠨᠢᠭᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠨᠢ {actual} ᠤᠨ ᠬᠢᠨ᠎ᠠ᠃ ᠲᠠᠭᠠᠷᠠᠬᠤ ᠨᠢᠭᠤᠷ ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ᠂ ᠡᠰᠡᠪᠡᠯ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠨᠢᠭᠤᠷ ᠲᠤ ᠰᠢᠨ᠎ᠡ {kind} ᠪᠠᠶᠢᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃',
  ),

  'setup.offline': msg('与服务器失去联系，正在重新连接…', 'ᠦᠶᠯᠡᠴᠢᠯᠡᠬᠦ ᠮᠠᠰᠢᠨ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠯᠲᠠ ᠲᠠᠰᠤᠷᠠᠪᠠ᠂ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ...'),
  'setup.offline.since': msg('已有 {time} 未联系上服务器', '{time} ᠦᠶᠯᠡᠴᠢᠯᠡᠬᠦ ᠮᠠᠰᠢᠨ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ'),
  'setup.offline.seconds': msg('{n} 秒', '{n} ᠰᠸᠺᠦ᠋ᠨ᠋ᠳ'),
  'setup.offline.minutes': msg('{n} 分钟', '{n} ᠮᠢᠨᠦ᠋ᠲ'),
  'setup.offline.hours': msg('{h} 小时 {m} 分钟', '{h} ᠴᠠᠭ {m} ᠮᠢᠨᠦ᠋ᠲ'),
  'setup.offline.fix': msg(
    '请检查：服务器电脑是否开着、大厅服务是否在运行，本机的网线或无线网络是否连通。恢复后本机会自动重新连接。',
    'ᠦᠶᠯᠡᠴᠢᠯᠡᠬᠦ ᠮᠠᠰᠢᠨ ᠨᠡᠭᠡᠭᠡᠯᠲᠡᠢ ᠡᠰᠡᠬᠦ᠂ ᠲᠠᠩᠬᠢᠮ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠶᠢᠭ᠎ᠠ ᠡᠰᠡᠬᠦ᠂ ᠡᠨᠡ ᠮᠠᠰᠢᠨ ᠤ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ ᠶᠢ ᠪᠠᠶᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃ ᠰᠡᠷᠭᠦᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠦᠪᠡᠷ ᠢᠶᠡᠨ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠨ᠎ᠠ᠃',
  ),
} as const;
