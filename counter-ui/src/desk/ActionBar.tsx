import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';
import type { DeskAction } from './desk-actions';
import type { KeyMap, ShortcutAction } from './key-map';
import { KeyCaps, ariaKeys } from './KeyCaps';

interface ButtonSpec {
  action: ShortcutAction & DeskAction;
  label: UiKey;
  kind: 'primary' | 'normal' | 'caution';
  /** Stable name for end-to-end tests (data-testid). */
  testId: string;
  /** Across the whole grid. */
  wide?: boolean;
}

/** The desk's verbs in working order; the main one (call next / start / finish) is the largest. */
const BUTTONS: ButtonSpec[] = [
  { action: 'callNext', label: 'desk.action.callNext', kind: 'primary', testId: 'action-call-next' },
  { action: 'recall', label: 'desk.action.recall', kind: 'normal', testId: 'action-recall' },
  { action: 'start', label: 'desk.action.start', kind: 'primary', testId: 'action-start' },
  { action: 'noShow', label: 'desk.action.noShow', kind: 'caution', testId: 'action-no-show' },
  { action: 'finish', label: 'desk.action.finish', kind: 'primary', testId: 'action-finish' },
  { action: 'transfer', label: 'desk.action.transfer', kind: 'normal', testId: 'action-transfer' },
  { action: 'hold', label: 'desk.action.hold', kind: 'normal', testId: 'action-hold' },
  { action: 'resume', label: 'desk.action.resume', kind: 'normal', testId: 'action-resume' },
  // Last, as its main-row key 0 comes after 9; on the number pad it is the . beside 0 (办结).
  { action: 'finishAndCallNext', label: 'desk.action.finishAndCallNext', kind: 'primary', testId: 'action-finish-call-next', wide: true },
];

/**
 * The desk's buttons, each with the keys that work it (this desk's key map) printed on it. A button and
 * its keys do the same thing: both call `onAction`, which decides (DeskScreen).
 */
export function ActionBar(props: {
  actions: Set<DeskAction>;
  keys: KeyMap;
  busy: boolean;
  /** Whether there is a held ticket to resume. */
  canResume: boolean;
  /** Whether there is a ticket in hand whose slip can be reprinted. */
  canReprint: boolean;
  /** The ticket this desk finished last, which 登记办件 offers first (null: none yet; any of today's may be typed). */
  matterTicket: string | null;
  onAction: (action: ShortcutAction) => void;
}) {
  const { actions, busy, keys } = props;
  const enabled = (action: ShortcutAction & DeskAction): boolean =>
    !busy && actions.has(action) && (action !== 'resume' || props.canResume);
  return (
    <div class="action-bar">
      <div class="action-grid">
        {BUTTONS.map((spec) => (
          <button
            type="button"
            key={spec.action}
            class={`action-button action-${spec.kind}${spec.wide ? ' action-wide' : ''}`}
            data-testid={spec.testId}
            aria-keyshortcuts={ariaKeys(keys[spec.action])}
            disabled={!enabled(spec.action)}
            onClick={() => props.onAction(spec.action)}
          >
            <Text k={spec.label} />
            <KeyCaps codes={keys[spec.action]} />
          </button>
        ))}
      </div>
      <div class="action-row">
        <RowButton label="desk.action.reprint" testId="action-reprint" codes={keys.reprint}
          disabled={busy || !props.canReprint} onClick={() => props.onAction('reprint')} />
        <RowButton label="desk.action.reprintNumber" testId="action-reprint-number" codes={keys.reprintNumber}
          disabled={busy} onClick={() => props.onAction('reprintNumber')} />
        {actions.has('unpause') ? (
          <RowButton label="desk.action.unpause" testId="action-unpause" codes={keys.pause}
            disabled={busy} onClick={() => props.onAction('pause')} />
        ) : (
          <RowButton label="desk.action.pause" testId="action-pause" codes={keys.pause}
            disabled={busy || !actions.has('pause')} onClick={() => props.onAction('pause')} />
        )}
        <RowButton label="desk.action.close" testId="action-close" codes={keys.close} caution
          disabled={busy} onClick={() => props.onAction('close')} />
      </div>
      <div class="action-row">
        <RowButton label="desk.matter.record" testId="action-matter-record" codes={keys.matterRecord} note={props.matterTicket}
          disabled={busy} onClick={() => props.onAction('matterRecord')} />
        <RowButton label="desk.matter.find" testId="action-matter-find" codes={keys.matterFind}
          disabled={busy} onClick={() => props.onAction('matterFind')} />
      </div>
    </div>
  );
}

function RowButton(props: { label: UiKey; testId: string; codes: readonly string[]; disabled: boolean; caution?: boolean; note?: string | null;
  onClick: () => void }) {
  return (
    <button
      type="button"
      class={`action-button ${props.caution ? 'action-caution' : 'action-normal'}`}
      data-testid={props.testId}
      aria-keyshortcuts={ariaKeys(props.codes)}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <Text k={props.label} />
      {props.note ? <span class="action-note">{props.note}</span> : null}
      <KeyCaps codes={props.codes} />
    </button>
  );
}
