import type { ComponentChildren } from 'preact';
import type { ServiceGuide } from '../../../protocol/guide';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';
import type { GuideState } from './use-guide';

/** A guide once it has arrived; until then a calm "reading…", or what went wrong and a way to try again. */
export function GuideLoad(props: { state: GuideState; retry: () => void; children: (guide: ServiceGuide) => ComponentChildren }) {
  const { state } = props;
  switch (state.phase) {
    case 'ready':
      return <>{props.children(state.guide)}</>;
    case 'loading':
      return (
        <div class="issue-progress" role="status">
          <span class="spinner" aria-hidden="true" />
          <Text k="kiosk.guide.loading" />
        </div>
      );
    case 'failed':
    case 'unanswered':
      return (
        <div class="issue-progress issue-unanswered" role="alert">
          {state.phase === 'failed' ? <ErrorNote code={state.code} /> : <Text k="kiosk.guide.unanswered" />}
          <button type="button" class="big-button" onClick={props.retry}>
            <Text k="kiosk.guide.retry" />
          </button>
        </div>
      );
  }
}
