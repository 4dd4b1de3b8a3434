/**
 * The 办理指南 of a service, for admins (supervisors may read it): every field of the national guide
 * standard, its materials and the 告知单 notes. Sample files are added and removed by ./admin-samples;
 * a save may reorder, retitle or drop the files the guide already shows, never name new ones.
 */
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import type { ServiceGuide } from '../../protocol/guide';
import { EXTENSIONS } from '../guides/sample-type';
import { guideOf, storeGuide, deleteSampleFile, sampleFilesOf } from '../db/queries/guides';
import { serviceById } from '../db/queries/hall';
import { blankGuide, droppedUploads, guideFiles } from '../guides/guide-files';
import { uploadedFileId } from '../guides/sample-store';
import { fail } from './errors';
import { audit } from './audit';

export function serviceMustExist(ctx: CommandContext, serviceId: string): void {
  if (!serviceById(ctx.db, serviceId)) fail('SERVICE_NOT_FOUND', ['serviceId']);
}

/**
 * Stores a changed guide: files it no longer shows lose their row now and their bytes after commit;
 * kiosks see the change at once (they read guides again when the configuration changes).
 */
export function replaceGuide(ctx: CommandContext, before: ServiceGuide | null, after: ServiceGuide): void {
  storeGuide(ctx.db, after);
  for (const fileName of droppedUploads(before, after)) {
    const id = uploadedFileId(fileName);
    if (id !== null) deleteSampleFile(ctx.db, id);
    ctx.outbox.sampleFileRemoved(fileName);
  }
  ctx.outbox.hallConfig();
  audit(ctx, `guide:${after.serviceId}`, before, after);
}

/** A service being removed takes its uploaded files along: rows now, bytes after commit. */
export function dropServiceFiles(ctx: CommandContext, serviceId: string): void {
  for (const file of sampleFilesOf(ctx.db, serviceId)) {
    deleteSampleFile(ctx.db, file.id);
    ctx.outbox.sampleFileRemoved(`${file.id}.${EXTENSIONS[file.mediaType]}`);
  }
}

export const guideGet: CommandDef<'guide.get'> = {
  name: 'guide.get',
  permits: ['admin', 'supervisor'],
  run(ctx, { serviceId }) {
    serviceMustExist(ctx, serviceId);
    const stored = guideOf(ctx.db, serviceId);
    return { guide: stored ?? blankGuide(serviceId), stored: stored !== null };
  },
};

export const guideSave: CommandDef<'guide.save'> = {
  name: 'guide.save',
  permits: ['admin'],
  administrative: true,
  run(ctx, { serviceId, guide }) {
    serviceMustExist(ctx, serviceId);
    const before = guideOf(ctx.db, serviceId);
    // Files come only from uploads already in this guide, or the product's own drawings of this service
    // (every hall serves them: a guide moved to another hall keeps them); a save cannot point a kiosk at
    // another service's file or at a path the hall does not serve.
    const inGuide = new Set(guideFiles(before).map((s) => s.image));
    const known = (image: string): boolean => inGuide.has(image) || ctx.sampleFiles.isDrawingOf(serviceId, image);
    const unknown = [
      ...guide.samples.flatMap((s, i) => (known(s.image) ? [] : [`guide.samples.${i}.image`])),
      ...(guide.resultSample && !known(guide.resultSample.image) ? ['guide.resultSample.image'] : []),
    ];
    if (unknown.length > 0) fail('BAD_REQUEST', unknown);
    const after: ServiceGuide = { serviceId, ...guide };
    replaceGuide(ctx, before, after);
    return after;
  },
};
