import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import type { PortalState } from '../portal-store';

/** The overview could not be read: why, and a way to try again. */
export function ReadProblem(props: { problem: NonNullable<PortalState['problem']>; retry: () => void }) {
  return (
    <div class="portal-problem" role="alert">
      {props.problem.kind === 'failed' ? <ErrorNote code={props.problem.code} /> : <p><Text k="kiosk.boards.unanswered" /></p>}
      <button type="button" class="portal-button" onClick={props.retry}>
        <Text k="kiosk.guide.retry" />
      </button>
    </div>
  );
}
