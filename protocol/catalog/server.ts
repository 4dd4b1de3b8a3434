import { msg } from './message';

/** What the server prints for the hall's technician at start, and its plain-text answers. */
export const serverMessages = {
  'server.listening': msg('社会服务中心排队叫号服务已启动:{address}(手机访问地址 {publicUrl})'),
  'server.dataDir': msg('数据目录:{dir}'),
  'server.counterPage': msg('窗口叫号页面:{url}'),
  'server.adminGenerated': msg('初始管理员账号:admin / {password}(仅显示这一次,系统只保存其哈希值)'),
  'server.adminFromEnv': msg('初始管理员账号:admin(密码取自 INITIAL_ADMIN_PASSWORD)'),
  'server.demoDevice': msg('{name}:{url}'),
  'server.demoStaff': msg('演示窗口工作人员账号:{username} / {password}'),
  'user.adminName': msg('系统管理员'),
  'server.uiNotBuilt': msg('页面尚未构建,请先运行 npm run build'),
};
