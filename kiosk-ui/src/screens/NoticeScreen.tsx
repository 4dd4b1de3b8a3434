import type { HallSnapshot } from '../../../protocol/views';
import type { HallStream } from '../../../protocol/client/hall-stream';
import { findService } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { GuideLoad } from '../guide/GuideLoad';
import { NoticeSheet } from '../guide/NoticeSheet';
import { NoticePrintStatus } from '../guide/NoticePrintStatus';
import { SampleMark } from '../guide/SampleMark';
import { useGuide } from '../guide/use-guide';
import { useNoticePrint } from '../guide/use-notice-print';
import { Pictogram } from '../parts/Pictogram';
import type { Navigator } from '../route';
import { ScreenTitle } from '../parts/ScreenTitle';

/**
 * 一次性告知单 on screen: every material at once, then time limit, fees, place and phone — what the
 * printed slip says — with a button to print it alone.
 */
export function NoticeScreen(props: { snapshot: HallSnapshot; serviceId: string; stream: HallStream; nav: Navigator }) {
  const { snapshot, serviceId, stream, nav } = props;
  const service = findService(snapshot, serviceId);
  const { state, retry } = useGuide(stream, serviceId, snapshot.configVersion);
  const printing = useNoticePrint(stream, serviceId);
  if (!service) return null;
  const busy = printing.state.phase === 'sending' || (printing.state.phase === 'answered' && printing.state.status === 'queued');
  return (
    <section class="screen notice-screen" data-testid="notice-screen">
      <ScreenTitle icon="notice" kicker="kiosk.notice.title">
        <Stacked {...namesOf(service)} />
      </ScreenTitle>
      <GuideLoad state={state} retry={retry}>
        {(guide) => (
          <>
            {guide.sampleContent ? <SampleMark /> : null}
            <div class="notice-print">
              <button type="button" class="big-button" data-testid="print-notice" disabled={busy} onClick={printing.print}>
                <Pictogram name="notice" size={56} />
                <Text k="kiosk.notice.print" />
              </button>
              <NoticePrintStatus state={printing.state} />
            </div>
            <NoticeSheet guide={guide} />
            <div class="screen-actions">
              <button type="button" class="big-button" onClick={() => nav.push({ screen: 'service', serviceId })}>
                <Pictogram name="ticket" size={56} />
                <Text k="kiosk.notice.toTicket" />
              </button>
            </div>
          </>
        )}
      </GuideLoad>
    </section>
  );
}
