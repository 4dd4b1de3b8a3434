/**
 * The demo hall's 政务公开 boards: illustrative pages (示例内容) of the kind a district 社会服务中心 posts in
 * its lobby, until an admin replaces them. Mongolian pages carry the titles only, awaiting translation.
 */
import type { BoardView } from '../../protocol/public-info';
import { t } from '../../protocol/catalog';
import { COMMON_COMMITMENTS, COMMON_DISCIPLINE, SUPERVISION } from './guides/common';

const PROCEDURE = `群众到大厅办事，按以下步骤办理：

1. 在取号机上选择中心和事项，取号（70岁以上老人、残疾人、军人、孕妇可选择优先号）
2. 在取号机上查看办理指南，或打印一次性告知单，核对需要携带的材料
3. 在休息区等候，留意大厅综合屏和语音叫号
4. 听到叫号后，到对应窗口递交材料办理
5. 办理完成后，在窗口评价器或手机上对服务进行评价

材料不齐全的，窗口工作人员一次性告知需要补正的全部内容。`;

const COMMITMENT = `本中心向群众郑重承诺：

${COMMON_COMMITMENTS.map((c) => `- ${c}`).join('\n')}
- 工作日中午和下午下班时已取号的群众，办完再下班
- 对老年人、残疾人等提供帮办代办服务`;

const DISCIPLINE = `窗口工作人员遵守以下纪律，欢迎群众监督：

${COMMON_DISCIPLINE.map((d) => `- ${d}`).join('\n')}
- 不得在工作时间玩手机、吃零食、大声喧哗`;

const COMPLAINTS = `对窗口服务有意见或建议，可以通过以下方式反映：

- ${SUPERVISION.split('；').join('\n- ')}
- 在窗口评价器上选择“不满意”或“非常不满意”，中心将在5个工作日内回访

投诉会在1个工作日内受理，处理结果将及时告知投诉人。`;

const RESULTS = `本月办理结果公示（示例）：

- 企业设立登记：受理 126 件，办结 126 件
- 城乡最低生活保障申请：受理 38 件，办结 35 件，3 件在审核中
- 残疾人证办理：受理 21 件，办结 19 件
- 法律援助申请：受理 17 件，给予援助 16 件

群众满意率 99.2%。对办理结果有异议的，可以向中心效能监督电话反映。`;

function board(id: BoardView['id'], body: string): BoardView {
  return { id, zh: { title: t(`board.title.${id}`), body }, mn: { title: t(`board.title.${id}`, 'mn'), body: '' }, sampleContent: true, updatedAt: null };
}

export const DEMO_BOARDS: BoardView[] = [
  board('procedure', PROCEDURE),
  board('commitment', COMMITMENT),
  board('discipline', DISCIPLINE),
  board('complaints', COMPLAINTS),
  board('results', RESULTS),
];
