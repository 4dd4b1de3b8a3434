import type { ErrorCode } from '../protocol/errors';
import { errorKey } from '../protocol/catalog/ui-lookup';
import { Text } from './i18n';

/** An error said in words (never only in red): a sign, then the catalog text of the code. */
export function ErrorNote(props: { code: ErrorCode; class?: string }) {
  return (
    <p class={`error-note ${props.class ?? ''}`} role="alert">
      <span class="error-sign" aria-hidden="true">!</span>
      <Text k={errorKey(props.code)} />
    </p>
  );
}
