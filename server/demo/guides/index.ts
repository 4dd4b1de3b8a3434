/**
 * The demo hall's 办理指南: one guide per demo service, all marked as illustrative content
 * (sampleContent) so screens label them 示例内容 until an admin replaces them.
 */
import type { ServiceGuide } from '../../../protocol/guide';
import { ADMIN_APPROVAL_GUIDES } from './admin-approval';
import { SOCIAL_SERVICES_GUIDES } from './social-services';
import { HUMAN_RESOURCES_GUIDES } from './human-resources';
import { FAMILY_PLANNING_GUIDES } from './family-planning';
import { LEGAL_AID_GUIDES } from './legal-aid';
import { CULTURE_SPORTS_GUIDES } from './culture-sports';
import { withStandardFields } from './standard-fields';

export const DEMO_GUIDES: ServiceGuide[] = [
  ...ADMIN_APPROVAL_GUIDES,
  ...SOCIAL_SERVICES_GUIDES,
  ...HUMAN_RESOURCES_GUIDES,
  ...FAMILY_PLANNING_GUIDES,
  ...LEGAL_AID_GUIDES,
  ...CULTURE_SPORTS_GUIDES,
].map(withStandardFields);

export { DEMO_SAMPLE_FORMS, sampleImageUrl } from './sample-forms';
export { renderSampleSvg } from './sample-svg';
export type { SampleForm } from './sample-svg';
