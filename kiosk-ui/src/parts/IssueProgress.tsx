import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import type { IssueTicket } from '../use-issue-ticket';

/** What happened to the tap: sending, no answer yet (with a retry that cannot double-issue), refused. */
export function IssueProgress(props: { issue: IssueTicket }) {
  const { state } = props.issue;
  switch (state.phase) {
    case 'idle':
    case 'issued':
      return null;
    case 'sending':
      return (
        <div class="issue-progress" role="status">
          <span class="spinner" aria-hidden="true" />
          <Text k="kiosk.issue.sending" />
        </div>
      );
    case 'unanswered':
      return (
        <div class="issue-progress issue-unanswered" role="alert">
          <Text k="kiosk.issue.timeout" />
          <button type="button" class="big-button" onClick={() => props.issue.retry()}>
            <Text k="kiosk.issue.retry" />
          </button>
        </div>
      );
    case 'failed':
      return (
        <div class="issue-progress issue-failed">
          <p class="issue-failed-title">
            <Text k="kiosk.issue.failed" />
          </p>
          <ErrorNote code={state.code} />
        </div>
      );
  }
}
