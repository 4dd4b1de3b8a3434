/** Every demo sample form (业务办理样本), in centre order. */
import type { SampleForm } from '../sample-svg';
import { ADMIN_APPROVAL_SAMPLES } from './admin-approval';
import { SOCIAL_SERVICES_SAMPLES } from './social-services';
import { HUMAN_RESOURCES_SAMPLES } from './human-resources';
import { FAMILY_PLANNING_SAMPLES } from './family-planning';
import { LEGAL_AID_SAMPLES } from './legal-aid';
import { CULTURE_SPORTS_SAMPLES } from './culture-sports';

export const DEMO_SAMPLE_FORMS: SampleForm[] = [
  ...ADMIN_APPROVAL_SAMPLES,
  ...SOCIAL_SERVICES_SAMPLES,
  ...HUMAN_RESOURCES_SAMPLES,
  ...FAMILY_PLANNING_SAMPLES,
  ...LEGAL_AID_SAMPLES,
  ...CULTURE_SPORTS_SAMPLES,
];

/** URL under which the hall serves a sample image (files live in ui-assets/samples). */
export function sampleImageUrl(formId: string): string {
  return `/samples/${formId}.svg`;
}
