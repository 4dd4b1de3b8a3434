/**
 * Sample forms uploaded as files (业务办理样本, or the 办理结果样本): PNG, JPEG or PDF by their own bytes,
 * at most 5 MB, added to the service's stored guide. A refused upload stores nothing. Removing a sample
 * deletes its file once the change has committed.
 */
import type { CommandDef } from './define';
import type { GuideSample, ServiceGuide } from '../../protocol/guide';
import { sampleFormatOf } from '../../protocol/guide';
import { SAMPLE_MAX_BYTES } from '../../protocol/guide';
import { guideOf, insertSampleFile } from '../db/queries/guides';
import { EXTENSIONS, sampleTypeOf } from '../guides/sample-type';
import { SAMPLE_FILES_URL } from '../guides/sample-store';
import { replaceGuide, serviceMustExist } from './admin-guides';
import { decodeDataUrl } from '../files/data-url';
import { fail } from './errors';

export const sampleUpload: CommandDef<'sample.upload'> = {
  name: 'sample.upload',
  permits: ['admin'],
  administrative: true,
  run(ctx, { serviceId, title, content, target }) {
    serviceMustExist(ctx, serviceId);
    // Samples belong to a guide: an editor saves the guide first, then adds its files.
    const before = guideOf(ctx.db, serviceId) ?? fail('NOT_FOUND', ['serviceId']);
    const bytes = decodeDataUrl(content);
    if (bytes.length > SAMPLE_MAX_BYTES) fail('SAMPLE_TOO_LARGE', ['content']);
    const type = sampleTypeOf(bytes) ?? fail('SAMPLE_TYPE_REFUSED', ['content']);
    if (target !== 'result' && before.samples.length >= 20) fail('BAD_REQUEST', ['guide.samples']);

    const id = ctx.sampleFiles.newId();
    const fileName = `${id}.${EXTENSIONS[type]}`;
    const sample: GuideSample = { title, image: `${SAMPLE_FILES_URL}/${fileName}`, format: sampleFormatOf(fileName) };
    // The file first: if anything below fails, the row never commits and the start-up sweep removes the file.
    ctx.sampleFiles.write(fileName, bytes);
    insertSampleFile(ctx.db, { id, serviceId, mediaType: type, bytes: bytes.length }, ctx.now);
    const after: ServiceGuide = target === 'result'
      ? { ...before, resultSample: sample }
      : { ...before, samples: [...before.samples, sample] };
    replaceGuide(ctx, before, after);
    return { sample, guide: after };
  },
};

export const sampleRemove: CommandDef<'sample.remove'> = {
  name: 'sample.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { serviceId, image }) {
    serviceMustExist(ctx, serviceId);
    const before = guideOf(ctx.db, serviceId) ?? fail('NOT_FOUND', ['serviceId']);
    const inSamples = before.samples.some((s) => s.image === image);
    if (!inSamples && before.resultSample?.image !== image) fail('NOT_FOUND', ['image']);
    const after: ServiceGuide = {
      ...before,
      samples: before.samples.filter((s) => s.image !== image),
      resultSample: before.resultSample?.image === image ? null : before.resultSample,
    };
    replaceGuide(ctx, before, after);
    return after;
  },
};
