/**
 * Staff photos (shown on the rating pad and the window display while the person works a window):
 * DATA_DIR/staff-photos/<random id>.<png|jpg>, kept like every file the hall owns. The random name is
 * the only way to a photo: the folder is never listed and no name is derived from the account.
 */
import path from 'node:path';
import { OwnedFileStore } from './owned-file-store';
import { sampleTypeOf } from '../guides/sample-type';

/** The URL path under which the hall serves staff photos. */
export const STAFF_PHOTOS_URL = '/staff-photos';
const FILE_NAME = /^([a-z0-9]{16,40})\.(png|jpg)$/;

export function staffPhotoStore(dataDir: string): OwnedFileStore {
  return new OwnedFileStore(path.join(dataDir, 'staff-photos'), FILE_NAME);
}

/** The URL path of a stored photo, or null without one. */
export function staffPhotoUrl(fileName: string | null): string | null {
  return fileName === null ? null : `${STAFF_PHOTOS_URL}/${fileName}`;
}

/** The extension to store a photo under, read from its own first bytes: PNG or JPEG only (never a PDF). */
export function photoExtensionOf(content: Buffer): 'png' | 'jpg' | null {
  const type = sampleTypeOf(content);
  if (type === 'image/png') return 'png';
  if (type === 'image/jpeg') return 'jpg';
  return null;
}
