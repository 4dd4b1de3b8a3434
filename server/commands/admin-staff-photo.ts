/**
 * A staff member's photo for the rating pad and the window display: PNG or JPEG by its own bytes, at most
 * 1 MB, stored under a new random name; `content: null` removes it. A refused photo stores nothing; the
 * file it replaces or removes is deleted once the change has committed. The audit line names the files,
 * never their bytes.
 */
import type { CommandDef } from './define';
import { STAFF_PHOTO_MAX_BYTES } from '../../protocol/staff-photo';
import { setStaffPhoto, staffById, staffPhotoFile } from '../db/queries/staff';
import { decodeDataUrl } from '../files/data-url';
import { photoExtensionOf } from '../files/staff-photos';
import { fail } from './errors';
import { audit } from './audit';

export const staffSetPhoto: CommandDef<'staff.setPhoto'> = {
  name: 'staff.setPhoto',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, content }) {
    const before = staffById(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
    const oldFile = staffPhotoFile(ctx.db, id);
    let fileName: string | null = null;
    if (content !== null) {
      const bytes = decodeDataUrl(content);
      if (bytes.length > STAFF_PHOTO_MAX_BYTES) fail('PHOTO_TOO_LARGE', ['content']);
      const extension = photoExtensionOf(bytes) ?? fail('PHOTO_TYPE_REFUSED', ['content']);
      fileName = `${ctx.staffPhotos.newId()}.${extension}`;
      // The file first: if anything below fails, the row never commits and the start-up sweep removes the file.
      ctx.staffPhotos.write(fileName, bytes);
    }
    setStaffPhoto(ctx.db, id, fileName);
    if (oldFile !== null) ctx.outbox.staffPhotoRemoved(oldFile);
    // The pad and the display of the window this person works at show the new photo at once.
    if (before.counterId !== null) ctx.outbox.counter(before.counterId);
    const after = staffById(ctx.db, id) ?? fail('NOT_FOUND', ['id']);
    audit(ctx, `staff:${id}`, { photo: before.photo }, { photo: after.photo });
    return after;
  },
};
