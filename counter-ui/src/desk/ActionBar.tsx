import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';
import type { DeskAction, SimpleAction } from './desk-actions';
import { useShortcuts } from './shortcut-keys';

interface ButtonSpec {
  action: DeskAction;
  label: UiKey;
  kind: 'primary' | 'normal' | 'caution';
  /** Stable name for end-to-end tests (data-testid). */
  testId: string;
  /** Its keyboard shortcut (a digit), printed on the button. */
  key: string;
}

/** The desk's verbs in working order; the main one (call next / start / finish) is the largest. */
const BUTTONS: ButtonSpec[] = [
  { action: 'callNext', label: 'desk.action.callNext', kind: 'primary', testId: 'action-call-next', key: '1' },
  { action: 'recall', label: 'desk.action.recall', kind: 'normal', testId: 'action-recall', key: '2' },
  { action: 'start', label: 'desk.action.start', kind: 'primary', testId: 'action-start', key: '3' },
  { action: 'noShow', label: 'desk.action.noShow', kind: 'caution', testId: 'action-no-show', key: '4' },
  { action: 'finish', label: 'desk.action.finish', kind: 'primary', testId: 'action-finish', key: '5' },
  { action: 'transfer', label: 'desk.action.transfer', kind: 'normal', testId: 'action-transfer', key: '6' },
  { action: 'hold', label: 'desk.action.hold', kind: 'normal', testId: 'action-hold', key: '7' },
];

export function ActionBar(props: {
  actions: Set<DeskAction>;
  busy: boolean;
  send: (action: SimpleAction) => void;
  onTransfer: () => void;
  onClose: () => void;
  /** Reprints the slip of the ticket in hand; null when there is none. */
  onReprintCurrent: (() => void) | null;
  onReprintByNumber: () => void;
}) {
  const { actions, busy } = props;
  const press = (action: DeskAction): void => {
    if (action === 'transfer') props.onTransfer();
    else if (isSimple(action)) props.send(action);
  };
  useShortcuts(BUTTONS, (spec) => {
    if (!busy && actions.has(spec.action)) press(spec.action);
  });
  const reprintCurrent = props.onReprintCurrent;
  return (
    <div class="action-bar">
      <div class="action-grid">
        {BUTTONS.map((spec) => (
          <button
            type="button"
            key={spec.action}
            class={`action-button action-${spec.kind}`}
            data-testid={spec.testId}
            aria-keyshortcuts={spec.key}
            disabled={busy || !actions.has(spec.action)}
            onClick={() => press(spec.action)}
          >
            <Text k={spec.label} />
            <kbd class="action-key" aria-hidden="true">{spec.key}</kbd>
          </button>
        ))}
      </div>
      <div class="action-row">
        <button
          type="button"
          class="action-button action-normal"
          data-testid="action-reprint"
          disabled={busy || reprintCurrent === null}
          onClick={() => reprintCurrent?.()}
        >
          <Text k="desk.action.reprint" />
        </button>
        <button
          type="button"
          class="action-button action-normal"
          data-testid="action-reprint-number"
          disabled={busy}
          onClick={props.onReprintByNumber}
        >
          <Text k="desk.action.reprintNumber" />
        </button>
        {actions.has('unpause') ? (
          <button
            type="button"
            class="action-button action-normal"
            data-testid="action-unpause"
            disabled={busy}
            onClick={() => props.send('unpause')}
          >
            <Text k="desk.action.unpause" />
          </button>
        ) : (
          <button
            type="button"
            class="action-button action-normal"
            data-testid="action-pause"
            disabled={busy || !actions.has('pause')}
            onClick={() => props.send('pause')}
          >
            <Text k="desk.action.pause" />
          </button>
        )}
        <button
          type="button"
          class="action-button action-caution"
          data-testid="action-close"
          disabled={busy}
          onClick={props.onClose}
        >
          <Text k="desk.action.close" />
        </button>
      </div>
    </div>
  );
}

function isSimple(action: DeskAction): action is SimpleAction {
  return action !== 'transfer' && action !== 'close' && action !== 'callTicket' && action !== 'resume';
}
