/**
 * Keyboard shortcuts of the desk's verbs: the digit keys, on the main row or the number pad, so a
 * staff member calls, starts and finishes without reaching for the mouse (a number pad works as a
 * caller keypad). Each verb's key is stated beside the verb (ActionBar's list) and printed on its
 * button, so nobody has to remember them.
 */
import { useEffect, useRef } from 'preact/hooks';

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat'>;

/** Where the keyboard is: typing in a field or working in a dialog is never a shortcut. */
export interface KeyboardFocus { typing: boolean; inDialog: boolean }

/** The entry a key press asks for, or null. */
export function shortcutFor<T extends { key: string }>(entries: readonly T[], press: KeyPress, focus: KeyboardFocus): T | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.repeat || focus.typing || focus.inDialog) return null;
  return entries.find((entry) => entry.key === press.key) ?? null;
}

function focusOf(document: Document): KeyboardFocus {
  const active = document.activeElement;
  const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
    || active instanceof HTMLSelectElement || (active instanceof HTMLElement && active.isContentEditable);
  return { typing, inDialog: document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null };
}

/**
 * Calls `onKey` with the entry of each shortcut pressed anywhere on the page. The listener is added
 * once and always calls the `onKey` of the latest render: a key pressed the moment a button turns on
 * acts on what the screen shows, not on the state before it (an effect re-subscribing after the paint
 * would leave that moment to a stale handler).
 */
export function useShortcuts<T extends { key: string }>(entries: readonly T[], onKey: (entry: T) => void): void {
  const latest = useRef({ entries, onKey });
  latest.current = { entries, onKey };
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      const entry = shortcutFor(latest.current.entries, event, focusOf(document));
      if (!entry) return;
      event.preventDefault();
      latest.current.onKey(entry);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
