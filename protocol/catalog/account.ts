import { msg } from './message';

/** A staff member's own account, on every staff page (counter desk, admin console): the login and the password change. */
export const accountMessages = {
  'account.password.title': msg('请设置新密码'),
  'account.password.why': msg('这个密码不是您自己设置的（由管理员设置或由系统生成），请先改为只有您自己知道的密码'),
  'account.password.current': msg('当前密码'),
  'account.password.new': msg('新密码（至少 8 位）'),
  'account.password.repeat': msg('再次输入新密码'),
  'account.password.mismatch': msg('两次输入的新密码不一致'),
  'account.password.submit': msg('保存新密码'),
  'account.password.rule': msg('新密码至少 8 位，且不能与当前密码相同'),
  'account.login.username': msg('用户名'),
  'account.login.password': msg('密码'),
  'account.login.submit': msg('登录'),
  'account.login.working': msg('正在登录…'),
  'account.login.expired': msg('登录已过期，请重新登录'),
  'account.unanswered': msg('无法连接服务器，请检查网络后重试'),
};
