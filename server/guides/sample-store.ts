/**
 * Uploaded sample forms on disk: DATA_DIR/sample-files/<id>.<png|jpg|pdf>, kept like every file the hall
 * owns (../files/owned-file-store.ts), plus the product's own drawings a guide may name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OwnedFileStore } from '../files/owned-file-store';

/** The URL path under which the hall serves uploaded sample files. */
export const SAMPLE_FILES_URL = '/sample-files';
const FILE_NAME = /^([a-z0-9]{16,40})\.(png|jpg|pdf)$/;
const DRAWING = /^\/samples\/([a-z0-9-]{1,80})\.svg$/;

export class SampleFileStore extends OwnedFileStore {
  /** `drawingsDir`: the product's own sample drawings (ui-assets/samples), served at /samples/ in every hall. */
  constructor(dir: string, private readonly drawingsDir: string | null = null) {
    super(dir, FILE_NAME);
  }

  /**
   * Whether a path names one of the product's drawings of this service (`<serviceId>-<n>.svg`) that this
   * hall serves: its guide may show it in any hall, never another service's.
   */
  isDrawingOf(serviceId: string, urlPath: string): boolean {
    const name = DRAWING.exec(urlPath)?.[1];
    if (name === undefined || this.drawingsDir === null) return false;
    if (!name.startsWith(`${serviceId}-`) || !/^[0-9]{1,3}$/.test(name.slice(serviceId.length + 1))) return false;
    return fs.existsSync(path.join(this.drawingsDir, `${name}.svg`));
  }
}

/** The file name behind an uploaded sample's URL path, or null for any other path (a demo drawing). */
export function uploadedFileName(urlPath: string): string | null {
  const prefix = `${SAMPLE_FILES_URL}/`;
  if (!urlPath.startsWith(prefix)) return null;
  const name = urlPath.slice(prefix.length);
  return FILE_NAME.test(name) ? name : null;
}

export function uploadedFileId(fileName: string): string | null {
  return FILE_NAME.exec(fileName)?.[1] ?? null;
}
