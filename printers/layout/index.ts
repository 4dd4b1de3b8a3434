/** From a job to the document a driver prints: one layout per job kind, fitted to the paper. */
import type { PaperWidth, PrintJob } from '../types';
import type { Block, PrintDocument } from './blocks';
import { layoutTicket } from './ticket';
import { layoutNotice } from './notice';
import { layoutTestPage } from './test-page';
import { catalogPrintMessages, type PrintMessageLookup } from './texts';

export function layoutJob(job: PrintJob, paperWidth: PaperWidth, messages: PrintMessageLookup = catalogPrintMessages): Block[] {
  switch (job.kind) {
    case 'ticket': return layoutTicket(job.ticket, paperWidth, messages);
    case 'notice': return layoutNotice(job.notice, paperWidth, messages);
    case 'test': return layoutTestPage(job.test, paperWidth, messages);
  }
}

function jobTimezone(job: PrintJob): string {
  switch (job.kind) {
    case 'ticket': return job.ticket.timezone;
    case 'notice': return job.notice.timezone;
    case 'test': return job.test.timezone;
  }
}

export function documentFor(
  job: PrintJob,
  paperWidth: PaperWidth,
  messages: PrintMessageLookup = catalogPrintMessages,
): PrintDocument {
  return {
    jobId: job.id,
    paperWidth,
    blocks: layoutJob(job, paperWidth, messages),
    createdAt: job.createdAt,
    timezone: jobTimezone(job),
  };
}

export type { Align, Block, PrintDocument, TextScale } from './blocks';
export { layoutTicket } from './ticket';
export { layoutNotice } from './notice';
export { layoutTestPage, testQrData } from './test-page';
export { catalogPrintMessages, type PrintMessageKey, type PrintMessageLookup } from './texts';
export { paperColumns, paperDots } from './paper';
