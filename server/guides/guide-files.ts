/**
 * Which sample files a guide refers to, and which uploaded files a change of guide leaves behind.
 */
import type { GuideSample, ServiceGuide } from '../../protocol/guide';
import { uploadedFileName } from './sample-store';

/** Every file a guide shows: its 业务办理样本 and its 办理结果样本. */
export function guideFiles(guide: Pick<ServiceGuide, 'samples' | 'resultSample'> | null): GuideSample[] {
  if (!guide) return [];
  return guide.resultSample ? [...guide.samples, guide.resultSample] : guide.samples;
}

/** Uploaded files the old guide showed and the new one no longer does. */
export function droppedUploads(before: ServiceGuide | null, after: ServiceGuide): string[] {
  const kept = new Set(guideFiles(after).map((s) => s.image));
  return guideFiles(before).filter((s) => !kept.has(s.image))
    .map((s) => uploadedFileName(s.image)).filter((name): name is string => name !== null);
}

/** A guide with nothing filled in yet, for a service that has none: what the console's editor starts from. */
export function blankGuide(serviceId: string): ServiceGuide {
  return {
    serviceId, summary: '', authority: '', itemCode: '', itemType: 'public-service', basis: [], conditions: [], materials: [],
    process: [], legalTimeLimit: '', promisedTimeLimit: '', visits: 1, result: '', resultSample: null, fees: '', place: '',
    hours: '', phone: '', supervision: '', commitments: [], discipline: [], faq: [], samples: [], noticeNotes: [],
    sampleContent: false,
  };
}
