/**
 * The guide as a resident will see it on the kiosk, drawn by the kiosk's own components from what is
 * typed now (saved or not). Styles come from the kiosk's guide sheet; its sizes are in rem, so the
 * preview is the kiosk page at the console's smaller type.
 */
import type { ServiceGuide } from '../../../../protocol/guide';
import { useLang } from '../../../../ui-kit/i18n';
import { GuideBody } from '../../../../kiosk-ui/src/guide/GuideBody';
import { SampleMark } from '../../../../kiosk-ui/src/guide/SampleMark';
import '../../../../kiosk-ui/src/styles/guide.css';

export function GuidePreview(props: { guide: ServiceGuide; serviceName: string }) {
  const { t } = useLang();
  return (
    <aside class="kiosk-preview" data-testid="guide-preview">
      <p class="kiosk-preview-head">{t('admin.guides.preview')}<small>{t('admin.guides.previewHint')}</small></p>
      <div class="kiosk-preview-body">
        {props.guide.sampleContent ? <SampleMark /> : null}
        <GuideBody guide={props.guide} serviceName={props.serviceName} />
      </div>
    </aside>
  );
}
