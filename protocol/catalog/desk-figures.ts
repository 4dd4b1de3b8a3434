import { msg } from './message';

/** The counter desk's own-day panel (desk.figures) and the staff member's open 差评 cases (read-only). */
export const deskFiguresMessages = {
  'desk.mine.title': msg('我的今日'),
  'desk.mine.served': msg('已办结'),
  'desk.mine.servedValue': msg('{n} 人'),
  'desk.mine.average': msg('平均办理用时'),
  'desk.mine.averageValue': msg('{m} 分 {s} 秒'),
  'desk.mine.none': msg('—'),
  'desk.mine.satisfaction': msg('今日好评率'),
  'desk.mine.satisfactionValue': msg('{percent}%（{n} 条评价）'),
  'desk.mine.noRatings': msg('今日尚无评价'),
  'desk.mine.levels': msg('非常满意 {l5} · 满意 {l4} · 基本满意 {l3} · 不满意 {l2} · 非常不满意 {l1}'),
  'desk.cases.title': msg('我的待整改差评（{n}）'),
  'desk.cases.none': msg('没有待整改的差评'),
  'desk.cases.readOnly': msg('由值班主任跟进整改，这里只供查看'),
  'desk.cases.deadline': msg('办结时限 {date}'),
  'desk.cases.overdue': msg('已超期'),
  'desk.cases.status.open': msg('待处理'),
  'desk.cases.status.assigned': msg('整改中'),
  'desk.cases.status.rectified': msg('已整改，待回访办结'),
  'desk.cases.status.closed': msg('已办结'),
  'desk.cases.kind.bad_rating': msg('差评'),
  'desk.cases.kind.complaint': msg('投诉'),
  'desk.cases.kind.suggestion': msg('建议'),
  'desk.cases.kind.praise': msg('表扬'),
  'desk.cases.kind.consultation': msg('咨询'),
} as const;
