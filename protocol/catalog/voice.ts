import { msg } from './message';

/**
 * The call voice: the lobby display's note while the browser blocks sound (Mongolian drafts, pending
 * review), and the 叫号语音 section of the console's 大厅设置 (Chinese only).
 */
export const voiceMessages = {
  'display.sound.blocked': msg('叫号声音未开启：浏览器阻止了自动播放', 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠳᠠᠭᠤ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ: ᠬᠥᠲᠥᠯᠪᠦᠷᠢ ᠠᠦ᠋ᠲ᠋ᠣ᠋ ᠳᠠᠭᠤ ᠶᠢ ᠬᠠᠭᠠᠵᠠᠢ'),
  'display.sound.tap': msg('请轻触屏幕一次，即可开启叫号声音', 'ᠳᠡᠯᠭᠡᠴᠡ ᠶᠢ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠳᠠᠷᠤᠪᠠᠯ ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠳᠠᠭᠤ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ'),
  /** `{flag}`: the Chromium switch, kept out of the texts (the Mongolian column holds Mongolian script only). */
  'display.sound.kiosk': msg('技术人员：浏览器加参数 {flag} 启动，即无需轻触（见运维手册“叫号语音”）',
    'ᠲᠧᠻᠨᠢᠭ ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ: ᠬᠥᠲᠥᠯᠪᠦᠷᠢ ᠶᠢ {flag} ᠪᠡᠷ ᠡᠬᠢᠯᠡᠭᠦᠯᠪᠡᠯ ᠳᠠᠷᠤᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ (ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠬᠤ ᠭᠠᠷ ᠳᠡᠪᠲᠡᠷ ᠦᠨ ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠳᠠᠭᠤ ᠬᠡᠰᠡᠭ ᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ)'),
  'admin.voice.title': msg('叫号语音'),
  'admin.voice.intro': msg('大厅显示屏如何播报叫号：每次呼叫播报几遍、音量、播报前的提示音，以及只显示不播报的静音时段。保存后所有显示屏立即生效。语音包见运维手册“叫号语音”。'),
  'admin.voice.repeat': msg('每次呼叫播报遍数（1–3）'),
  'admin.voice.volume': msg('音量（1–100）'),
  'admin.voice.chime': msg('播报前播放提示音'),
  'admin.voice.quietHours': msg('静音时段'),
  'admin.voice.quietHoursHint': msg('如 12:00-13:30，多个时段用逗号隔开（最多 4 个）；留空表示全天播报'),
  'admin.voice.save': msg('保存语音设置'),
} as const;
