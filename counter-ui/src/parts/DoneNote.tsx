import type { UiKey, Vars } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';

/** A command that worked but shows no change on the desk (a reprint, a requeue): said in words. */
export interface Done {
  key: UiKey;
  vars?: Vars;
}

export function DoneNote(props: { done: Done | null }) {
  if (!props.done) return null;
  return (
    <p class="done-note" role="status" data-testid="desk-done">
      <span class="done-sign" aria-hidden="true">✓</span>
      <Text k={props.done.key} vars={props.done.vars} />
    </p>
  );
}
