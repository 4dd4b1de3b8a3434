import { msg } from './message';

/** The 好差评 push in the console's 大厅设置: the endpoint and how far the push has sent. */
export const adminPushMessages = {
  'admin.push.title': msg('好差评数据推送'),
  'admin.push.intro': msg('把新的评价（连同差评整改情况）分批发送到上级好差评系统或其他接收地址。接收方按评价编号去重。'),
  'admin.push.enabled': msg('开启推送'),
  'admin.push.url': msg('接收地址'),
  'admin.push.urlHint': msg('http:// 或 https:// 开头的完整地址，不要把用户名或密码写在地址里'),
  'admin.push.token': msg('访问令牌'),
  'admin.push.tokenHint': msg('以 Authorization: Bearer 发送。留空则保留已保存的令牌'),
  'admin.push.tokenStored': msg('已保存的令牌：{hint}'),
  'admin.push.tokenNone': msg('尚未保存令牌'),
  'admin.push.clearToken': msg('删除已保存的令牌'),
  'admin.push.batchSize': msg('每批条数（1–500）'),
  'admin.push.save': msg('保存推送设置'),
  'admin.push.state': msg('推送状态'),
  'admin.push.state.off': msg('未开启'),
  'admin.push.state.line': msg('已推送 {sent} 条，待推送 {pending} 条'),
  'admin.push.lastSuccess': msg('最近一次成功：{time}'),
  'admin.push.never': msg('从未成功'),
  'admin.push.lastError': msg('最近一次失败：{error}（连续 {failures} 次）'),
  'admin.push.nextAttempt': msg('下次尝试：{time}'),
  'admin.push.error.timeout': msg('接收方超时未应答'),
  'admin.push.error.unreachable': msg('连接不上接收地址'),
  'admin.push.error.protocol': msg('接收方的应答不是 HTTP'),
  'admin.push.error.http': msg('接收方应答 HTTP {status}'),
} as const;
