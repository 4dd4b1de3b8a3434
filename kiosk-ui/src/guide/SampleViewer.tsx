import { useEffect, useRef } from 'preact/hooks';
import type { GuideSample } from '../../../protocol/guide';
import { Text } from '../../../ui-kit/i18n';
import { Pictogram } from '../parts/Pictogram';

/**
 * One sample form over the whole screen, as wide as the screen allows so its small print is readable;
 * a tall page scrolls (plain overflow, no pinch or drag gestures). One big close button, out of the way
 * of the page. A PDF sample opens in the browser's own document viewer, in a frame of the same size.
 * The close button takes the focus when it opens, and Esc closes it too (a keyboard or a screen reader
 * on the portal).
 */
export function SampleViewer(props: { sample: GuideSample; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  const { onClose } = props;
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div class="overlay sample-viewer" role="dialog" aria-modal="true" aria-label={props.sample.title} data-testid="sample-viewer">
      <div class="sample-viewer-bar">
        <p class="sample-viewer-title">{props.sample.title}</p>
        <button type="button" ref={close} class="big-button sample-close" data-testid="sample-close" onClick={props.onClose}>
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
