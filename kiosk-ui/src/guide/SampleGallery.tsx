import { useCallback, useRef, useState } from 'preact/hooks';
import type { GuideSample } from '../../../protocol/guide';
import { Text } from '../../../ui-kit/i18n';
import { Pictogram } from '../parts/Pictogram';
import { SampleViewer } from './SampleViewer';

/** 业务办理样本 as thumbnails (a PDF as a document tile); a tap opens one enlarged; closing it returns the focus to its thumbnail. */
export function SampleGallery(props: { samples: GuideSample[]; testId?: string }) {
  const [open, setOpen] = useState<GuideSample | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const testId = props.testId ?? 'guide-sample';
  const close = useCallback(() => {
    setOpen(null);
    opener.current?.focus();
  }, []);
  return (
    <>
      <p class="guide-text hint">
        <Text k="kiosk.guide.samplesHint" />
      </p>
      <ul class="sample-grid">
        {props.samples.map((sample, index) => (
          <li key={sample.image}>
            <button type="button" class="sample-thumb" data-testid={`${testId}-${index + 1}`} onClick={(event) => {
              opener.current = event.currentTarget;
              setOpen(sample);
            }}>
              {sample.format === 'pdf' ? (
                <span class="sample-pdf" aria-hidden="true">
                  <Pictogram name="notice" size={96} />
                  <Text k="kiosk.guide.pdfSample" />
                </span>
              ) : (
                <img src={sample.image} alt={sample.title} loading="lazy" draggable={false} />
              )}
              <span class="sample-title">
                <Pictogram name="zoom" size={36} />
                {sample.title}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {open ? <SampleViewer sample={open} onClose={close} /> : null}
    </>
  );
}
