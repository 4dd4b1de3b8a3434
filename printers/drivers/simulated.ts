/**
 * A printer that files what it would print: <outputDir>/<YYYY-MM-DD>/<jobId>.png and .txt, the day
 * taken in the hall's zone. For demos and development; it can be told to be out of paper (or in any
 * other state) so staff alerts and the kiosk's on-screen ticket can be shown without hardware.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PrintDocument } from '../layout/blocks';
import type { PrinterState } from '../types';
import { renderPreviewPng } from '../preview/png';
import { renderPreviewText } from '../preview/text';
import { localDate } from '../layout/local-time';
import { isPrintableState } from '../escpos/status';
import { errorText, PrintDeliveryError, type PrintAttempt, type PrinterDriver } from './driver';

/** Job ids become file names: keep them to a safe alphabet. */
function fileStem(jobId: string): string {
  return jobId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'job';
}

export class SimulatedDriver implements PrinterDriver {
  readonly kind = 'simulated';
  private state: PrinterState = 'ok';

  constructor(readonly outputDir: string) {}

  /** Make the simulated printer report `state` (e.g. 'paper_out' for a demo) until told otherwise. */
  simulate(state: PrinterState): void {
    this.state = state;
  }

  /** Where a job's preview files go. */
  filesFor(doc: Pick<PrintDocument, 'jobId' | 'createdAt' | 'timezone'>): { png: string; txt: string } {
    const dir = path.join(this.outputDir, localDate(doc.createdAt, doc.timezone));
    const stem = fileStem(doc.jobId);
    return { png: path.join(dir, `${stem}.png`), txt: path.join(dir, `${stem}.txt`) };
  }

  async print(doc: PrintDocument, attempt: PrintAttempt): Promise<void> {
    if (!isPrintableState(this.state)) {
      throw new PrintDeliveryError('printer_unavailable', false, `simulated printer is ${this.state}`);
    }
    let png: Buffer;
    try {
      png = await renderPreviewPng(doc);
    } catch (error) {
      throw new PrintDeliveryError('render_failed', false, errorText(error));
    }
    const files = this.filesFor(doc);
    attempt.onFirstByte();
    try {
      // Previews carry the ticket's tracking link (its token): the owner's only, like the database.
      await fs.mkdir(path.dirname(files.png), { recursive: true, mode: 0o700 });
      await fs.writeFile(files.png, png, { mode: 0o600 });
      await fs.writeFile(files.txt, renderPreviewText(doc), { encoding: 'utf8', mode: 0o600 });
    } catch (error) {
      throw new PrintDeliveryError('write_failed', true, errorText(error));
    }
  }

  async status(): Promise<PrinterState> {
    return this.state;
  }
}
