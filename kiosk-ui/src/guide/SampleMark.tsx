import { Text } from '../../../ui-kit/i18n';

/** 示例内容: the demo hall's guides are illustrative; say so plainly where a resident reads them. */
export function SampleMark() {
  return (
    <p class="sample-mark" data-testid="sample-content-mark">
      <span class="sample-mark-tag">
        <Text k="kiosk.guide.sampleContent" />
      </span>
      <Text k="kiosk.guide.sampleContentHint" class="sample-mark-hint" />
    </p>
  );
}
