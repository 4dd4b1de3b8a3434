import type { ErrorCode } from '../../../protocol/errors';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text } from '../../../ui-kit/i18n';

/** A failed command: the server's error code in words, or "no answer" when the network lost it. */
export type Problem = ErrorCode | 'unanswered';

export function ProblemNote(props: { problem: Problem | null }) {
  if (!props.problem) return null;
  if (props.problem === 'unanswered') {
    return (
      <p class="error-note" role="alert">
        <span class="error-sign" aria-hidden="true">!</span>
        <Text k="desk.noAnswer" />
      </p>
    );
  }
  return <ErrorNote code={props.problem} />;
}
