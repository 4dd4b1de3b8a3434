import type { ComponentChildren, Ref } from 'preact';
import { Text } from '../../../ui-kit/i18n';

/**
 * The frame every desk dialog shares: a modal over the desk, its title, the button that leaves it (取消 when
 * a choice is left unmade, 关闭 for a tool; Esc either way) and an optional hint. Each dialog keeps its own
 * keys (./dialog-keys.ts, or its own handler), so they are not here. Test ids follow the dialog's `id`:
 * `<id>-dialog` and `<id>-close`.
 */
export function DeskDialog(props: {
  id: string;
  title: ComponentChildren;
  leave: 'cancel' | 'close';
  onLeave: () => void;
  hint?: ComponentChildren;
  narrow?: boolean;
  dialogRef?: Ref<HTMLDivElement>;
  children: ComponentChildren;
}) {
  const titleId = `${props.id}-title`;
  return (
    <div class="dialog-backdrop">
      <div class={props.narrow ? 'dialog dialog-narrow' : 'dialog'} role="dialog" aria-modal="true" aria-labelledby={titleId}
        tabIndex={-1} ref={props.dialogRef} data-testid={`${props.id}-dialog`}>
        <div class="dialog-head">
          <h2 class="dialog-title" id={titleId}>
            {props.title}
          </h2>
          <button type="button" class="bar-button dialog-cancel" data-testid={`${props.id}-close`} onClick={props.onLeave}>
            <Text k={props.leave === 'cancel' ? 'desk.transfer.cancel' : 'desk.dialog.close'} />
            <kbd class="action-key" aria-hidden="true">Esc</kbd>
          </button>
        </div>
        {props.hint ? <p class="dialog-hint">{props.hint}</p> : null}
        {props.children}
      </div>
    </div>
  );
}
