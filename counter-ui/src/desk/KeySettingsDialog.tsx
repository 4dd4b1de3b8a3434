import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text, useLang } from '../../../ui-kit/i18n';
import { useDialogKeys } from './dialog-keys';
import { DeskDialog } from './DeskDialog';
import { bindKey, canBind, clearKeys, SHORTCUT_ACTIONS, type KeyMap, type ShortcutAction } from './key-map';
import { KeyCaps } from './KeyCaps';

/** The words of each verb in the list (the button's own words; 暂停 names both of its states). */
export const ACTION_WORDS: Record<ShortcutAction, UiKey> = {
  callNext: 'desk.action.callNext', recall: 'desk.action.recall', start: 'desk.action.start', noShow: 'desk.action.noShow',
  finish: 'desk.action.finish', finishAndCallNext: 'desk.action.finishAndCallNext', transfer: 'desk.action.transfer', hold: 'desk.action.hold', resume: 'desk.action.resume',
  pause: 'desk.keys.pauseToggle', reprint: 'desk.action.reprint', reprintNumber: 'desk.action.reprintNumber',
  matterRecord: 'desk.matter.record', matterFind: 'desk.matter.find', close: 'desk.action.close',
};

/**
 * 快捷键设置 of this workstation: each verb with its keys. Choose a verb (arrows, Enter) and press the key
 * it should take (a key another verb had moves here); Delete or Backspace on a verb clears its keys;
 * 恢复默认 brings the default map back. Everything is saved at once, in this PC's browser.
 */
export function KeySettingsDialog(props: {
  keys: KeyMap;
  onChange: (keys: KeyMap) => void;
  onReset: () => void;
  onClose: () => void;
}) {
  const { t } = useLang();
  const dialog = useRef<HTMLDivElement>(null);
  /** The verb waiting for its new key, if any. */
  const [capturing, setCapturing] = useState<ShortcutAction | null>(null);
  const [refused, setRefused] = useState(false);
  const latest = useRef(props);
  latest.current = props;
  useDialogKeys(dialog, () => {
    if (capturing === null) props.onClose();
  });

  // Taken before the dialog's own keys (capture phase): the next key is the answer, even an arrow or Escape.
  useLayoutEffect(() => {
    if (capturing === null) return;
    const onKey = (event: KeyboardEvent): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.code === 'Escape') return setCapturing(null);
      if (!canBind(event.code)) return setRefused(true);
      latest.current.onChange(bindKey(latest.current.keys, capturing, event.code));
      setRefused(false);
      setCapturing(null);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [capturing]);

  return (
    <DeskDialog id="keys" title={<Text k="desk.keys.title" />} leave="close" onLeave={props.onClose} narrow dialogRef={dialog}
      hint={<Text k="desk.keys.hint" />}>
      {capturing !== null ? (
        <p class="notice" role="status" data-testid="keys-capturing">
          <Text k="desk.keys.pressKey" vars={{ action: t(ACTION_WORDS[capturing]) }} />
          {refused ? <Text k="desk.keys.refused" /> : null}
        </p>
      ) : null}
      <ul class="key-rows">
        {SHORTCUT_ACTIONS.map((action) => (
          <li key={action}>
            <button
              type="button"
              class={`key-row ${capturing === action ? 'key-row-capturing' : ''}`}
              data-choice
              data-testid={`keys-row-${action}`}
              onClick={() => {
                setRefused(false);
                setCapturing(action);
              }}
              onKeyDown={(event) => {
                if (capturing === null && (event.code === 'Delete' || event.code === 'Backspace')) {
                  event.preventDefault();
                  props.onChange(clearKeys(props.keys, action));
                }
              }}
            >
              <span class="key-row-action">
                <Text k={ACTION_WORDS[action]} />
              </span>
              <span class="key-row-keys" data-testid={`keys-of-${action}`}>
                {props.keys[action].length > 0 ? <KeyCaps codes={props.keys[action]} /> : <Text k="desk.keys.none" />}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="action-button action-normal" data-choice data-testid="keys-reset" onClick={props.onReset}>
        <Text k="desk.keys.reset" />
      </button>
    </DeskDialog>
  );
}
