/**
 * What the hall publishes beside the queue: notices (公告, e.g. 今日停电) on the displays and kiosks for a
 * stretch of time, and the 政务公开 boards (办事程序、服务承诺、办事纪律、投诉办法、办理结果公示), pages in
 * Chinese and Mongolian that the kiosk shows under their own button.
 *
 * The commands are `announcement.*` (a notice on screen) and `board.*`; `notice.print` is something else:
 * it prints the 告知单 of a service.
 */

/** A notice as admins keep it. Times are epoch ms; it shows from `startsAt` until just before `endsAt`. */
export interface AnnouncementView {
  id: number;
  /** Chinese text, one or a few lines. */
  text: string;
  /** Traditional Mongolian text shown beside it; '' while there is none. */
  textMn: string;
  startsAt: number;
  endsAt: number;
}

/** A notice as screens show it (in the hall snapshot, only while it is showing). */
export type ShownAnnouncement = AnnouncementView;

/** The 政务公开 boards, in the order the kiosk lists them. */
export const BOARD_IDS = ['procedure', 'commitment', 'discipline', 'complaints', 'results'] as const;
export type BoardId = (typeof BOARD_IDS)[number];

/**
 * One page of a board in one language. The body is plain text: paragraphs are separated by a blank
 * line, and a line starting with "- " or "1. " is an item of a list (./board-text reads it).
 */
export interface BoardPage {
  title: string;
  body: string;
}

/** One board in both languages; the Mongolian page is empty ('' title and body) until written. */
export interface BoardView {
  id: BoardId;
  zh: BoardPage;
  mn: BoardPage;
  /** The demo hall's illustrative content, shown as 示例内容 until an admin saves the board. */
  sampleContent: boolean;
  /** Epoch ms of the last save; null for a board nobody has written yet. */
  updatedAt: number | null;
}
