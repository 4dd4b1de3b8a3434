/**
 * The desk's keyboard shortcuts at work: a key pressed anywhere on the desk page works the verb the
 * desk's key map gives it (./key-map.ts), unless the staff member is typing in a field or working in a
 * dialog (dialogs take their own keys: ./dialog-keys.ts), or holds a modifier, or the key auto-repeats.
 */
import { useEffect, useRef } from 'preact/hooks';
import { actionOf, type KeyMap, type ShortcutAction } from './key-map';

type KeyPress = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat'>;

/** Where the keyboard is: typing in a field or working in a dialog is never a shortcut. */
export interface KeyboardFocus { typing: boolean; inDialog: boolean }

/** The verb a key press asks for, or null. */
export function shortcutFor(map: KeyMap, press: KeyPress, focus: KeyboardFocus): ShortcutAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.repeat || focus.typing || focus.inDialog) return null;
  return actionOf(map, press.code);
}

function focusOf(document: Document): KeyboardFocus {
  const active = document.activeElement;
  const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
    || active instanceof HTMLSelectElement || (active instanceof HTMLElement && active.isContentEditable);
  return { typing, inDialog: document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null };
}

/**
 * Calls `onKey` with the verb of each shortcut pressed anywhere on the page. The listener is added
 * once and always calls the `onKey` of the latest render: a key pressed the moment a button turns on
 * acts on what the screen shows, not on the state before it (an effect re-subscribing after the paint
 * would leave that moment to a stale handler).
 */
export function useShortcuts(map: KeyMap, onKey: (action: ShortcutAction) => void): void {
  const latest = useRef({ map, onKey });
  latest.current = { map, onKey };
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      const action = shortcutFor(latest.current.map, event, focusOf(document));
      if (!action) return;
      event.preventDefault();
      latest.current.onKey(action);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
