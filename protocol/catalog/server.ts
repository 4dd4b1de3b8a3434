import { msg } from './message';

/** What the server prints for the hall's technician at start, and its plain-text answers. */
export const serverMessages = {
  'server.listening': msg('社会服务中心排队叫号服务已启动：{address}（手机访问地址 {publicUrl}）'),
  'server.dataDir': msg('数据目录：{dir}'),
  'server.counterPage': msg('窗口叫号页面：{url}'),
  'server.adminGenerated': msg('初始管理员账号：admin / {password}（仅显示这一次，系统只保存其哈希值;首次登录须改为自己的密码）'),
  'server.adminFromEnv': msg('初始管理员账号：admin（密码取自 INITIAL_ADMIN_PASSWORD）'),
  'server.publicUrlFromLan': msg('未设置 PUBLIC_URL，号票二维码使用本机局域网地址 {url}（网卡 {iface}）。如果群众手机连接的不是这个网络，请设置 PUBLIC_URL。'),
  'server.publicUrlFromSettings': msg('号票二维码使用管理后台“大厅设置”中设定的手机访问地址 {url}。'),
  'server.publicUrlNoLan': msg('未设置 PUBLIC_URL，本机也没有局域网地址，暂用 {url}。'),
  'server.phonesCannotReachUrl': msg('警告：号票二维码中的地址 {url} 只有本机能打开，群众的手机无法访问!请把 PUBLIC_URL 设为手机能访问的局域网地址（例如 http://192.168.1.10:{port}）后重新启动。'),
  'server.phonesCannotReachHost': msg('警告：服务只在本机地址 {host} 上监听，手机、取号机和窗口电脑都无法连接!请把 HOST 设为 0.0.0.0 或本机的局域网地址后重新启动。'),
  'server.adminConsole': msg('管理控制台：{url}（用管理员账号登录，在浏览器中设置中心、事项、窗口、工作人员、取号机、显示屏和打印机）'),
  'server.adminExisting': msg('管理员账号：admin（密码为首次启动时显示的密码，或启动时设置的 INITIAL_ADMIN_PASSWORD）'),
  'server.emptyHall': msg('大厅尚未设置（SEED_DEMO=0，没有演示数据）：请打开管理控制台 {url}，用 admin 账号登录，按 docs/OPERATIONS.md“设置新大厅”一步一步完成设置。'),
  'server.demoDevice': msg('{name}:{url}'),
  'server.demoStaff': msg('演示窗口工作人员账号：{username} / {password}'),
  'server.demoSupervisor': msg('演示值班主任账号：{username} / {password}'),
  'user.adminName': msg('系统管理员'),
  'server.uiNotBuilt': msg('页面尚未构建，请先运行 npm run build'),
  // One line each when the database cannot be used at start (the server then exits, changing nothing).
  'server.dbEmpty': msg('无法启动：数据库文件 {file} 是空的（0 字节），大厅数据可能已丢失。请从备份恢复该文件;如果这是一台新装的机器，删除该文件后重新启动即可建立新的大厅。'),
  'server.dbDamaged': msg('无法启动：数据库文件 {file} 已损坏或不是本系统的数据库。请不要删除它;停止服务，从备份恢复该文件（见 docs/OPERATIONS.md 的“数据与备份”）。'),
  'server.dbReadOnly': msg('无法启动：数据库文件 {file} 不能写入（只读文件、只读磁盘或权限不对）。请让运行本服务的用户可以读写该文件及其所在目录，然后重新启动。'),
  'server.dbFull': msg('无法启动：数据库文件 {file} 所在的磁盘已满。请清理磁盘空间后重新启动。'),
  'server.dbUnavailable': msg('无法启动：无法打开数据库文件 {file}。请检查 DATA_DIR 目录是否存在、磁盘是否已挂载且正常，然后重新启动。'),
  'server.dbNewer': msg('无法启动：数据库文件 {file} 由更新版本的系统建立（数据库版本 {found}，本程序最高支持 {supported}）。请安装更新版本的系统，或从备份恢复。'),
};
