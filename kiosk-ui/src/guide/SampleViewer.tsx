import type { GuideSample } from '../../../protocol/guide';
import { Text } from '../../../ui-kit/i18n';
import { Pictogram } from '../parts/Pictogram';

/**
 * One sample form over the whole screen, as wide as the screen allows so its small print is readable;
 * a tall page scrolls (plain overflow, no pinch or drag gestures). One big close button, out of the way
 * of the page. A PDF sample opens in the browser's own document viewer, in a frame of the same size.
 */
export function SampleViewer(props: { sample: GuideSample; onClose: () => void }) {
  return (
    <div class="overlay sample-viewer" role="dialog" aria-modal="true" aria-label={props.sample.title} data-testid="sample-viewer">
      <div class="sample-viewer-bar">
        <p class="sample-viewer-title">{props.sample.title}</p>
        <button type="button" class="big-button sample-close" data-testid="sample-close" onClick={props.onClose}>
          <Pictogram name="close" size={48} strokeWidth={6} />
          <Text k="kiosk.sample.close" />
        </button>
      </div>
      <div class="sample-viewer-page">
        {props.sample.format === 'pdf' ? (
          <iframe class="sample-viewer-document" src={props.sample.image} title={props.sample.title} />
        ) : (
          <img src={props.sample.image} alt={props.sample.title} draggable={false} />
        )}
      </div>
      <p class="sample-viewer-hint">
        <Text k="kiosk.sample.scrollHint" />
      </p>
    </div>
  );
}
