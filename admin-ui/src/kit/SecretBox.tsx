/**
 * A secret the server shows this once (a one-time password, a device key or its URL): large, easy to
 * copy or read out, with a plain warning that it cannot be shown again. The server keeps only a hash.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Text } from '../../../ui-kit/i18n';

export function SecretBox(props: { intro: ComponentChildren; secret: string; onDone: () => void; children?: ComponentChildren }) {
  const [copied, setCopied] = useState(false);
  async function copy(): Promise<void> {
    // The clipboard API exists only in secure contexts; on the hall's plain-HTTP LAN select the text instead.
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied(true);
    } catch {
      const node = document.querySelector('[data-testid="secret-value"]');
      if (node) window.getSelection()?.selectAllChildren(node);
    }
  }
  return (
    <div class="secret-box" role="status" data-testid="secret-box">
      <p class="secret-title">
        <Text k="admin.kit.secret.title" />
      </p>
      <p>{props.intro}</p>
      <p class="secret-value" data-testid="secret-value">{props.secret}</p>
      {props.children}
      <p class="secret-once">
        <span class="error-sign" aria-hidden="true">!</span>
        <Text k="admin.kit.secret.once" />
      </p>
      <div class="form-actions">
        <button type="button" class="plain-button" onClick={() => void copy()}>
          <Text k={copied ? 'admin.kit.secret.copied' : 'admin.kit.secret.copy'} />
        </button>
        <button type="button" class="primary-button" data-testid="secret-done" onClick={props.onDone}>
          <Text k="admin.kit.secret.done" />
        </button>
      </div>
    </div>
  );
}
