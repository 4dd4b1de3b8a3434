import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import { Sign } from '../../../ui-kit/Sign';
import { Pictogram } from '../parts/Pictogram';
import type { NoticePrint } from './use-notice-print';

const WORDS: Record<Extract<NoticePrint, { phase: 'answered' }>['status'], UiKey> = {
  queued: 'kiosk.notice.queued',
  printed: 'kiosk.notice.printed',
  failed: 'kiosk.notice.failed',
  uncertain: 'kiosk.notice.uncertain',
  unavailable: 'kiosk.notice.unavailable',
  none: 'kiosk.notice.none',
};

/** What became of the printed 告知单, in words and a sign (never colour alone). */
export function NoticePrintStatus(props: { state: NoticePrint }) {
  const { state } = props;
  if (state.phase === 'idle') return null;
  if (state.phase === 'refused') return <ErrorNote code={state.code} class="notice-print-error" />;
  const status = state.phase === 'answered' ? state.status : state.phase;
  const good = status === 'sending' || status === 'queued' || status === 'printed';
  const key: UiKey =
    state.phase === 'answered' ? WORDS[state.status] : state.phase === 'sending' ? 'kiosk.notice.printing' : 'kiosk.notice.unanswered';
  return (
    <p class={`print-status ${good ? 'print-queued' : 'print-unavailable'}`} role="status" data-testid="notice-print-status" data-status={status}>
      <span class="print-sign">{good ? <Sign name="printer" size={40} /> : <Pictogram name="warning" size={40} />}</span>
      <Text k={key} />
    </p>
  );
}
