import { msg, type Message } from './message';

/**
 * Text printed on paper slips (号票, 告知单, test page), printer states shown to staff, and the
 * lines of the `print:test` tool. Placeholders in braces are filled by the print layout.
 */
export const printMessages = {
  // 号票 (ticket)
  'print.ticket.numberLabel': msg('您的号码', 'ᠲᠠᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ'),
  'print.ticket.priority': msg('【优先】{reason}', 'ᠲᠡᠷᠢᠭᠦᠯᠡᠨ: {reason}'),
  'print.ticket.priorityPlain': msg('【优先】', 'ᠲᠡᠷᠢᠭᠦᠯᠡᠨ'),
  'print.ticket.issuedAt': msg('取号时间：{time}', 'ᠳ᠋ᠤᠭᠠᠷ ᠠᠪᠤᠭᠰᠠᠨ ᠴᠠᠭ: {time}'),
  'print.ticket.peopleAhead': msg('前面还有 {n} 人等候', 'ᠡᠮᠦᠨᠡ {n} ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ'),
  'print.ticket.nobodyAhead': msg('前面无人等候，请留意叫号', 'ᠡᠮᠦᠨᠡ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠬᠦᠮᠦᠨ ᠦᠭᠡᠢ᠂ ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠠᠩᠬᠠᠷᠤᠭᠠᠷᠠᠢ'),
  'print.ticket.estimate': msg('预计等候约 {n} 分钟', 'ᠣᠢᠷᠠᠯᠴᠠᠭ᠎ᠠ {n} ᠮᠢᠨᠦᠲ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ'),
  'print.ticket.counters': msg('办理窗口：{counters}', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠴᠣᠩᠬᠣ: {counters}'),
  'print.ticket.counterSeparator': msg('、', '᠂ '),
  'print.ticket.scanToView': msg('手机扫码，查看号票并评价服务', 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠺᠣᠳ᠋ ᠰᠢᠭᠦᠷᠳᠡᠵᠦ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠲᠠᠰᠤᠯᠪᠤᠷ ᠢᠶᠠᠨ ᠦᠵᠡᠵᠦ᠂ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ'),
  'print.ticket.matterNumber': msg('受理编号', 'ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ'),
  'print.ticket.scanForMatter': msg('手机扫码，输入手机号后四位即可查看办理进度', 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠺᠣᠳ᠋ ᠰᠢᠭᠦᠷᠳᠡᠵᠦ᠂ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠰᠡᠭᠦᠯ ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠣᠨ ᠢ ᠣᠷᠣᠭᠤᠯᠪᠠᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠠᠬᠢᠴ ᠢ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ'),
  'print.ticket.scanToTrack': msg('手机扫码，随时查看排队进度', 'ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠺᠣᠳ᠋ ᠰᠢᠭᠦᠷᠳᠡᠵᠦ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠤᠨ ᠠᠬᠢᠴ ᠢ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠦ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ'),
  'print.ticket.ratingCode': msg('评价码：{code}', 'ᠦᠨᠡᠯᠡᠬᠦ ᠺᠣᠳ᠋: {code}'),
  'print.ticket.ratingCodeHint': msg('在取号机上评价服务时请输入号码和评价码', 'ᠳ᠋ᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠮᠠᠰᠢᠨ ᠳᠡᠭᠡᠷᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠬᠦ ᠳᠦ ᠳ᠋ᠤᠭᠠᠷ ᠪᠠ ᠦᠨᠡᠯᠡᠬᠦ ᠺᠣᠳ᠋ ᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ'),
  'print.ticket.reminderDefault': msg('叫号时请及时到窗口办理，过号需重新取号。', 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠳᠤ ᠴᠠᠭ ᠲᠠᠭᠠᠨ ᠴᠣᠩᠬᠣ ᠳᠤ ᠢᠷᠡᠵᠦ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠂ ᠳ᠋ᠤᠭᠠᠷ ᠥᠩᠭᠡᠷᠡᠪᠡᠯ ᠳᠠᠬᠢᠨ ᠠᠪᠤᠨ᠎ᠠ᠃'),
  'print.ticket.reminderRequeue': msg('叫号时请及时到窗口办理；过号后可到窗口说明，重新排队一次。', 'ᠳ᠋ᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠳᠤ ᠴᠠᠭ ᠲᠠᠭᠠᠨ ᠴᠣᠩᠬᠣ ᠳᠤ ᠢᠷᠡᠵᠦ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠂ ᠳ᠋ᠤᠭᠠᠷ ᠥᠩᠭᠡᠷᠡᠪᠡᠯ ᠴᠣᠩᠬᠣ ᠳᠤ ᠲᠠᠶᠢᠯᠪᠤᠷᠢᠯᠠᠵᠤ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠳᠤ ᠣᠷᠣᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃'),
  'print.notice.legalLimit': msg('法定{v}', 'ᠬᠠᠤᠯᠢ ᠶᠢᠨ {v}'),
  'print.notice.promisedLimit': msg('承诺{v}', 'ᠠᠮᠠᠯᠠᠭᠰᠠᠨ {v}'),
  'print.ticket.complaintPhone': msg('监督投诉电话：{phone}', 'ᠬᠢᠨᠠᠨ ᠬᠢᠨᠠᠯᠲᠠ ᠭᠣᠮᠳᠠᠯ ᠤᠨ ᠤᠲᠠᠰᠤ: {phone}'),
  'print.ticket.keep': msg('请妥善保管本票', 'ᠡᠨᠡ ᠲᠠᠰᠤᠯᠪᠤᠷ ᠢ ᠰᠠᠶᠢᠲᠤᠷ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ'),
  'print.ticket.reprint': msg('【补打】', 'ᠳᠠᠬᠢᠨ ᠬᠡᠪᠯᠡᠪᠡ'),
  'print.ticket.reprintedAt': msg('补打时间：{time}（与原票同一号码）', 'ᠳᠠᠬᠢᠨ ᠬᠡᠪᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ: {time} (ᠤᠭ ᠲᠠᠰᠤᠯᠪᠤᠷ ᠲᠠᠢ ᠠᠳᠠᠯᠢ ᠳ᠋ᠤᠭᠠᠷ)'),

  // 告知单 (one-time notice of required materials)
  'print.notice.title': msg('一次性告知单', 'ᠨᠢᠭᠡ ᠤᠳᠠᠭᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ'),
  'print.notice.service': msg('办理事项：{name}', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ: {name}'),
  'print.notice.materials': msg('申请材料（共 {n} 项）', 'ᠮᠠᠯᠲᠠᠭᠠᠯ ᠤᠨ ᠮᠠᠲᠧᠷᠢᠶᠠᠯ (ᠪᠦᠭᠦᠳᠡ {n} ᠵᠦᠢᠯ)'),
  'print.notice.noMaterials': msg('本事项无需提交材料', 'ᠡᠨᠡ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠲᠦ ᠮᠠᠲᠧᠷᠢᠶᠠᠯ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ'),
  'print.notice.materialItem': msg('{index}. {name}', '{index}. {name}'),
  'print.notice.materialDetail': msg('{form} {copies}', '{form} {copies}'),
  'print.notice.form.original': msg('原件', 'ᠡᠬᠢ ᠬᠤᠪᠢ'),
  'print.notice.form.copy': msg('复印件', 'ᠬᠠᠭᠤᠯᠪᠤᠷ'),
  'print.notice.form.original_and_copy': msg('原件及复印件', 'ᠡᠬᠢ ᠬᠤᠪᠢ ᠪᠠ ᠬᠠᠭᠤᠯᠪᠤᠷ'),
  'print.notice.copies': msg('{n} 份', '{n} ᠬᠤᠪᠢ'),
  'print.notice.issuer': msg('出具单位：{issuer}', 'ᠭᠠᠷᠭᠠᠭᠰᠠᠨ ᠪᠠᠶᠢᠭᠤᠯᠯᠠᠭ᠎ᠠ: {issuer}'),
  'print.notice.issuerSelf': msg('出具单位：申请人自备', 'ᠭᠠᠷᠭᠠᠭᠰᠠᠨ ᠪᠠᠶᠢᠭᠤᠯᠯᠠᠭ᠎ᠠ: ᠮᠠᠯᠲᠠᠭᠴᠢ ᠥᠪᠡᠷ ᠢᠶᠡᠨ ᠪᠡᠯᠡᠳᠬᠡᠨ᠎ᠡ'),
  'print.notice.note': msg('说明：{note}', 'ᠲᠠᠶᠢᠯᠪᠤᠷ: {note}'),
  'print.notice.timeLimit': msg('办理时限：{text}', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: {text}'),
  'print.notice.result': msg('办理结果：{text}', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠷ᠎ᠡ ᠳ᠋ᠦᠩ: {text}'),
  'print.notice.visits': msg('到现场次数：{n} 次', 'ᠢᠷᠡᠬᠦ ᠤᠳᠠᠭ᠎ᠠ: {n} ᠤᠳᠠᠭ᠎ᠠ'),
  'print.notice.notes': msg('告知事项：', 'ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ:'),
  'print.notice.fees': msg('收费标准：{text}', 'ᠲᠥᠯᠪᠦᠷᠢ ᠠᠪᠬᠤ ᠬᠡᠮᠵᠢᠶ᠎ᠡ: {text}'),
  'print.notice.free': msg('不收费', 'ᠲᠥᠯᠪᠦᠷᠢ ᠠᠪᠬᠤ ᠦᠭᠡᠢ'),
  'print.notice.place': msg('办理地点：{text}', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠭᠠᠵᠠᠷ: {text}'),
  'print.notice.phone': msg('咨询电话：{text}', 'ᠯᠠᠪᠯᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠤᠲᠠᠰᠤ: {text}'),
  'print.notice.basis': msg('依据《中华人民共和国行政许可法》第三十二条，申请材料一次性告知。', 'ᠳᠤᠮᠳᠠᠳᠤ ᠠᠷᠠᠳ ᠤᠨ ᠪᠦᠭᠦᠳᠡ ᠨᠠᠶᠢᠷᠠᠮᠳᠠᠬᠤ ᠤᠯᠤᠰ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠦᠨ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠭᠤᠴᠢᠨ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠵᠦᠢᠯ ᠢ ᠦᠨᠳᠦᠰᠦᠯᠡᠵᠦ᠂ ᠮᠠᠯᠲᠠᠭᠠᠯ ᠤᠨ ᠮᠠᠲᠧᠷᠢᠶᠠᠯ ᠢ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃'),
  'print.notice.printedAt': msg('打印时间：{time}', 'ᠬᠡᠪᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ: {time}'),

  // Test page (npm run print:test)
  'print.test.title': msg('打印测试页', 'ᠬᠡᠪᠯᠡᠯ ᠦᠨ ᠲᠤᠷᠰᠢᠯᠲᠠ'),
  'print.test.sample': msg(
    '本中心设有行政审批服务、社会服务、人力资源、计生服务、法律援助、文体活动六大中心，' +
      '请取号后留意叫号屏幕和语音提示，按号到窗口办理。',
    '',
  ),
  'print.test.charset': msg('字符集：GBK（中文模式）', ''),
  'print.test.ascii': msg('ABCDEFGHIJKLM abcdefghijklm 0123456789', ''),
  'print.test.symbols': msg('标点：，。、；：？！“”《》（）【】·—', ''),
  'print.test.qr': msg('二维码测试：扫码应显示 {data}', ''),
  // The width comes before the address: a long address then wraps alone, never leaving "（58毫米）" on a line of its own.
  'print.test.printer': msg('打印机（{width}毫米）：{printer}', ''),
  'print.test.time': msg('打印时间：{time}', ''),

  // Printer states (staff consoles, alerts, print:test)
  'print.state.ok': msg('正常', ''),
  'print.state.paper_near_end': msg('纸将用尽', ''),
  'print.state.paper_out': msg('缺纸', ''),
  'print.state.cover_open': msg('纸仓盖未关', ''),
  'print.state.offline': msg('离线', ''),
  'print.state.error': msg('故障', ''),
  'print.state.bad_address': msg('地址无效，已停用', 'ᠬᠠᠶᠢᠭ ᠪᠤᠷᠤᠭᠤ᠂ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠪᠡᠨ ᠵᠤᠭᠰᠤᠭᠠᠪᠠ'),
  'print.state.not_a_printer': msg('该地址上不是打印机', 'ᠡᠨᠡ ᠬᠠᠶᠢᠭ ᠲᠤ ᠬᠡᠪᠯᠡᠯ ᠦᠨ ᠮᠠᠰᠢᠨ ᠪᠢᠰᠢ'),

  // Why a print job failed (staff alerts, job log)
  'print.failure.printer_unavailable': msg('打印机当前不可用（缺纸、开盖、离线或故障）', ''),
  'print.failure.no_printer': msg('该终端未配置打印机', ''),
  'print.failure.unknown_printer': msg('未找到该打印机', ''),
  'print.failure.connect_failed': msg('无法连接打印机', ''),
  'print.failure.write_failed': msg('打印过程中连接中断，小票可能不完整', ''),
  'print.failure.timeout': msg('打印超时', ''),
  'print.failure.render_failed': msg('小票排版失败', ''),
  'print.failure.interrupted': msg('打印时服务重启，请核对后补打', ''),
  'print.failure.unconfirmed': msg('小票已全部发给打印机，但打印机没有确认，可能已打出也可能没有', ''),
  'print.failure.cut_short': msg('打印后打印机报告缺纸、开盖或故障，小票可能不完整', ''),
  'print.failure.not_a_printer': msg('该地址上的设备不是小票打印机', ''),
  'print.failure.stale': msg('服务重启时小票还在排队，已过时，没有打印', ''),

  // Kiosk, when no paper slip comes out

  // print:test command line
  'print.cli.usage': msg('用法：npm run print:test -- <打印机地址> [--width 58|80]', ''),
  'print.cli.badWidth': msg('纸宽只能是 58 或 80', ''),
  'print.cli.badUrl': msg('无法识别的打印机地址：{url}', ''),
  'print.cli.statusBefore': msg('打印前状态：{state}', ''),
  'print.cli.statusAfter': msg('打印后状态：{state}', ''),
  'print.cli.printed': msg('测试页已送达打印机（{attempts} 次尝试）', ''),
  'print.cli.failed': msg('测试页打印失败：{reason}', ''),
  'print.cli.previewAt': msg('预览文件保存在：{dir}', ''),
} satisfies Record<string, Message>;
