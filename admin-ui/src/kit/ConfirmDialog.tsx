/**
 * Nothing destructive happens on one click: a dialog says what will happen, in words, and waits for
 * 确定 or 取消. ConfirmButton is the usual way in: a button that asks first and then runs the action.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';

export function ConfirmDialog(props: { message: ComponentChildren; confirmLabel?: UiKey; onConfirm: () => void; onCancel: () => void;
  danger?: boolean }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus(); // the safe answer has the focus: Enter does not destroy anything
  }, []);
  return (
    <div class="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <div class="dialog" role="alertdialog" aria-modal="true" data-testid="confirm-dialog">
        <p class="dialog-message">{props.message}</p>
        <div class="form-actions">
          <button type="button" class={props.danger === false ? 'primary-button' : 'danger-button'} data-testid="confirm-yes"
            onClick={props.onConfirm}>
            <Text k={props.confirmLabel ?? 'admin.kit.confirm'} />
          </button>
          <button type="button" class="plain-button" ref={cancel} data-testid="confirm-no" onClick={props.onCancel}>
            <Text k="admin.kit.cancel" />
          </button>
        </div>
      </div>
    </div>
  );
}

export function ConfirmButton(props: { label: UiKey; message: ComponentChildren; onConfirm: () => void | Promise<void>;
  danger?: boolean; disabled?: boolean; testid?: string }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" class={props.danger === false ? 'plain-button' : 'danger-button'} data-testid={props.testid}
        disabled={props.disabled || busy} onClick={() => setAsking(true)}>
        <Text k={props.label} />
      </button>
      {asking ? (
        <ConfirmDialog message={props.message} confirmLabel={props.label} danger={props.danger}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            setBusy(true);
            void Promise.resolve(props.onConfirm()).finally(() => setBusy(false));
          }} />
      ) : null}
    </>
  );
}
