/**
 * The 办理指南 of each service with its sample files. Uploaded files travel inside the file as data URLs
 * and are uploaded again on import (the server names them anew, judging their type by their bytes as any
 * upload); the product's own drawings travel by name. A guide is saved first without its uploads, then
 * each upload is added in its order, by the same commands as the console.
 */
import type { ConfigFile } from '../../protocol/config-file';
import type { GuideFields, GuideSample } from '../../protocol/guide';
import type { ConfigSection } from './section';
import { guideSave } from '../commands/admin-guides';
import { sampleUpload } from '../commands/admin-samples';
import { allGuides } from '../db/queries/guides';
import { uploadedFileName } from '../guides/sample-store';
import { sampleTypeOf } from '../guides/sample-type';

type GuideItem = ConfigFile['guides'][number];

const isUpload = (sample: GuideSample): boolean => uploadedFileName(sample.image) !== null;

export const guidesSection: ConfigSection<'guides'> = {
  key: 'guides',
  read: (ctx) => allGuides(ctx.db).map(({ serviceId, ...guide }): GuideItem => {
    const uploads = [...guide.samples, ...(guide.resultSample ? [guide.resultSample] : [])].filter(isUpload);
    const files = uploads.flatMap((sample) => {
      const name = uploadedFileName(sample.image);
      const bytes = name === null ? null : ctx.sampleFiles.read(name);
      const type = bytes === null ? null : sampleTypeOf(bytes);
      return bytes === null || type === null ? [] : [{ image: sample.image, content: `data:${type};base64,${bytes.toString('base64')}` }];
    });
    return { serviceId, guide, files };
  }),
  apply(_ctx, items, { runner }) {
    return items.filter((item, i) => {
      const path = `guides.${i}`;
      const { guide } = item;
      const withoutUploads: GuideFields = {
        ...guide,
        samples: guide.samples.filter((s) => !isUpload(s)),
        resultSample: guide.resultSample && isUpload(guide.resultSample) ? null : guide.resultSample,
      };
      if (!runner.run(path, guideSave, { serviceId: item.serviceId, guide: withoutUploads })) return false;
      const uploads: { sample: GuideSample; target: 'samples' | 'result' }[] = [
        ...guide.samples.filter(isUpload).map((sample) => ({ sample, target: 'samples' as const })),
        ...(guide.resultSample && isUpload(guide.resultSample) ? [{ sample: guide.resultSample, target: 'result' as const }] : []),
      ];
      return uploads.every(({ sample, target }) => {
        const file = item.files.find((f) => f.image === sample.image);
        if (!file) {
          runner.problems.push({ path: `${path}.files`, reason: 'NOT_FOUND' });
          return false;
        }
        return runner.run(`${path}.files.${item.files.indexOf(file)}`, sampleUpload,
          { serviceId: item.serviceId, title: sample.title, content: file.content, target }) !== null;
      });
    }).length;
  },
};
