/**
 * The Mongolian as residents will see it, in the face the screens use (ui-kit/base.css: Noto Sans Mongolian),
 * set both ways: horizontally, as on the kiosk's buttons and slips, and vertically (writing-mode vertical-lr,
 * lines left to right), as on tall signage bands and displays.
 */
import { Text } from '../../../../ui-kit/i18n';

export function MnPreview(props: { mn: string; zh: string }) {
  return (
    <div class="mn-preview">
      <figure class="mn-preview-part">
        <figcaption><Text k="admin.mnTexts.previewHorizontal" /></figcaption>
        <div class="mn-preview-horizontal" data-testid="mn-preview-horizontal">
          <span class="mn" lang="mn-Mong">{props.mn}</span>
          <span class="zh" lang="zh-CN">{props.zh}</span>
        </div>
      </figure>
      <figure class="mn-preview-part">
        <figcaption><Text k="admin.mnTexts.previewVertical" /></figcaption>
        <div class="mn-preview-vertical" data-testid="mn-preview-vertical">
          <span class="mn mn-vertical" lang="mn-Mong">{props.mn}</span>
        </div>
      </figure>
    </div>
  );
}
