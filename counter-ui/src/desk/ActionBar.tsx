import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';
import type { DeskAction } from './desk-actions';
import type { SimpleAction } from './DeskScreen';

interface ButtonSpec {
  action: DeskAction;
  label: UiKey;
  kind: 'primary' | 'normal' | 'caution';
}

/** The desk's verbs in working order; the main one (call next / start / finish) is the largest. */
const BUTTONS: ButtonSpec[] = [
  { action: 'callNext', label: 'desk.action.callNext', kind: 'primary' },
  { action: 'recall', label: 'desk.action.recall', kind: 'normal' },
  { action: 'start', label: 'desk.action.start', kind: 'primary' },
  { action: 'noShow', label: 'desk.action.noShow', kind: 'caution' },
  { action: 'finish', label: 'desk.action.finish', kind: 'primary' },
  { action: 'transfer', label: 'desk.action.transfer', kind: 'normal' },
  { action: 'hold', label: 'desk.action.hold', kind: 'normal' },
];

export function ActionBar(props: {
  actions: Set<DeskAction>;
  busy: boolean;
  send: (action: SimpleAction) => void;
  onTransfer: () => void;
  onClose: () => void;
}) {
  const { actions, busy } = props;
  const press = (action: DeskAction): void => {
    if (action === 'transfer') props.onTransfer();
    else if (isSimple(action)) props.send(action);
  };
  return (
    <div class="action-bar">
      <div class="action-grid">
        {BUTTONS.map((spec) => (
          <button
            type="button"
            key={spec.action}
            class={`action-button action-${spec.kind}`}
            disabled={busy || !actions.has(spec.action)}
            onClick={() => press(spec.action)}
          >
            <Text k={spec.label} />
          </button>
        ))}
      </div>
      <div class="action-row">
        {actions.has('unpause') ? (
          <button type="button" class="action-button action-normal" disabled={busy} onClick={() => props.send('unpause')}>
            <Text k="desk.action.unpause" />
          </button>
        ) : (
          <button
            type="button"
            class="action-button action-normal"
            disabled={busy || !actions.has('pause')}
            onClick={() => props.send('pause')}
          >
            <Text k="desk.action.pause" />
          </button>
        )}
        <button type="button" class="action-button action-caution" disabled={busy} onClick={props.onClose}>
          <Text k="desk.action.close" />
        </button>
      </div>
    </div>
  );
}

function isSimple(action: DeskAction): action is SimpleAction {
  return action !== 'transfer' && action !== 'close' && action !== 'callTicket' && action !== 'resume';
}
