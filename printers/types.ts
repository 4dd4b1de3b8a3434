/**
 * The printing subsystem's vocabulary: what goes on a slip, how a printer is configured, what state
 * it is in, and what happened to a job. Slips carry text already chosen by the server (hall names,
 * the no-show rule); fixed labels come from the print catalog (protocol/catalog/print.ts).
 */
import type { PrintFailureView, PrintOutcomeView, PrinterStateView } from '../protocol/events';

/** Paper roll width in millimetres: 58 mm rolls print 384 dots, 80 mm rolls 576 dots (203 dpi). */
export type PaperWidth = 58 | 80;

/** Same union as the state pushed to kiosks and consoles. */
export type PrinterState = PrinterStateView['state'];

export interface PrinterConfig {
  id: string;
  /**
   * Where the printer is: `tcp://host:port` (network, raw port usually 9100), an absolute device path
   * such as `/dev/usb/lp0`, `simulated` (PNG + text previews under DATA_DIR/prints) or `none` (the
   * kiosk has no printer; residents use the on-screen ticket). See printer-url.ts.
   */
  url: string;
  paperWidth: PaperWidth;
  /** Label for staff screens and logs. */
  name?: string;
}

/** A 号票 as printed at the kiosk. */
export interface TicketSlip {
  hallName: string;
  /** Traditional Mongolian hall name (printed above the Chinese); '' when not yet translated. */
  hallNameMn: string;
  centreName: string;
  /** The centre's and the service's Mongolian names, printed above the Chinese; '' when not translated. */
  centreNameMn: string;
  serviceName: string;
  serviceNameMn: string;
  /** Ticket number, e.g. "A001". */
  number: string;
  /** Priority reason text (绿色通道), already translated; null for an ordinary ticket. */
  priorityLabel: string | null;
  /** When the ticket was taken (epoch ms). */
  arrivedAt: number;
  /**
   * Epoch ms of a reprint (补打), printed large under the number so a second slip of one ticket is never
   * taken for a second ticket; null on the first slip.
   */
  reprintedAt: number | null;
  /** IANA zone of the hall: the printed time is local hall time. */
  timezone: string;
  peopleAhead: number;
  /** Estimated wait in minutes; null when the hall has no estimate yet. */
  estimateMinutes: number | null;
  /** Windows that serve this ticket's service, e.g. ["3号窗口", "4号窗口"]. */
  counterNames: string[];
  /** Tracking page URL, put in the QR code; non-ASCII characters are percent-encoded before printing. */
  trackUrl: string;
  /** Six digits printed beside the QR: typed at a kiosk with the number to rate the ticket; null for none. */
  ratingCode: string | null;
  /**
   * Whether the ticket still waits for its call. Only then does the slip print the wait, the windows and
   * the no-show rule: a slip reprinted after the call or the service must not tell the resident to wait.
   */
  waiting: boolean;
  /** The 受理编号 of the matter recorded for this ticket (办件) as people read it (BJ-4K7P-M2QX-9T), printed large; null for none. */
  matterNumber: string | null;
  /** No-show rule (过号规则) as the hall words it. */
  reminder: string;
  /** 监督投诉电话. */
  complaintPhone: string;
}

export type MaterialForm = 'original' | 'copy' | 'original_and_copy';

export interface NoticeMaterial {
  name: string;
  /** Traditional Mongolian name, printed above the Chinese; '' when not translated. */
  nameMn: string;
  form: MaterialForm;
  copies: number;
  /** Issuing body (出具单位); '' when the applicant prepares it. */
  issuer: string;
  /** What the kiosk shows under the material (e.g. 共同生活的家庭成员各1份, 监护人代办时提交); '' when none. */
  note: string;
}

/** A 告知单 (一次性告知, 行政许可法 art. 32): every required material at once. */
export interface NoticeSlip {
  hallName: string;
  hallNameMn: string;
  serviceName: string;
  serviceNameMn: string;
  materials: NoticeMaterial[];
  /** 办理时限 text (法定/承诺). */
  timeLimit: string;
  /** 办理结果 (e.g. 营业执照); '' leaves the line out. */
  result: string;
  /** 到现场次数 */
  visits: number;
  /** The guide's 告知单 notes (告知事项), one paragraph each. */
  notes: string[];
  /** 收费标准 text; when blank the slip says 不收费 — a fee line is never left empty. */
  fees: string;
  place: string;
  phone: string;
  /** Epoch ms. */
  printedAt: number;
  timezone: string;
}

/** The technician's test page (`npm run print:test`). */
export interface TestSlip {
  hallName: string;
  hallNameMn: string;
  /** How the printer is addressed, printed on the page so the technician can match page and printer. */
  printerLabel: string;
  printedAt: number;
  timezone: string;
}

interface JobBase {
  /** Unique id chosen by the caller (a reprint is a new job with a new id). */
  id: string;
  /** Epoch ms. */
  createdAt: number;
}

export type PrintJob =
  | (JobBase & { kind: 'ticket'; ticket: TicketSlip })
  | (JobBase & { kind: 'notice'; notice: NoticeSlip })
  | (JobBase & { kind: 'test'; test: TestSlip });

export type PrintJobKind = PrintJob['kind'];

/** Why a job did not print (same union as staff alerts carry); see protocol/events.ts. */
export type PrintFailureCode = PrintFailureView;

export interface PrintFailure {
  code: PrintFailureCode;
  /** Technical detail for logs (socket error, printer state); not shown to residents. */
  detail: string;
}

export interface JobResult {
  jobId: string;
  printerId: string;
  /** `uncertain` (error code `unconfirmed`): the whole slip was sent but the printer never confirmed it. */
  outcome: PrintOutcomeView;
  /** Delivery attempts made (0 when the job was refused before any attempt). */
  attempts: number;
  error?: PrintFailure;
  /** Epoch ms when the result was decided. */
  finishedAt: number;
}

/** A printer's last known state. */
export interface PrinterStatus {
  printerId: string;
  state: PrinterState;
  /** Epoch ms of the check that produced this state; 0 before the first check. */
  checkedAt: number;
}

/** Passed to state listeners: the new status and the state it replaced. */
export interface PrinterStateChange extends PrinterStatus {
  previous: PrinterState;
}
