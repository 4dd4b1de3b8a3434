import type { ComponentChildren } from 'preact';
import type { BoardView } from '../../../protocol/public-info';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import type { BoardsState } from './use-boards';

/** The boards once they have arrived; until then "reading…", or what went wrong and a way to try again. */
export function BoardsLoad(props: { state: BoardsState; retry: () => void; children: (boards: BoardView[]) => ComponentChildren }) {
  const { state } = props;
  switch (state.phase) {
    case 'ready':
      return <>{props.children(state.boards)}</>;
    case 'loading':
      return (
        <div class="issue-progress" role="status">
          <span class="spinner" aria-hidden="true" />
          <Text k="kiosk.boards.loading" />
        </div>
      );
    case 'failed':
    case 'unanswered':
      return (
        <div class="issue-progress issue-unanswered" role="alert">
          {state.phase === 'failed' ? <ErrorNote code={state.code} /> : <Text k="kiosk.boards.unanswered" />}
          <button type="button" class="big-button" onClick={props.retry}>
            <Text k="kiosk.guide.retry" />
          </button>
        </div>
      );
  }
}
