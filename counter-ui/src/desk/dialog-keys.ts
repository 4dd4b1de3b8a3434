/**
 * The desk's dialogs by keyboard alone: the arrow keys move among the dialog's choices (elements
 * marked `data-choice`), digits jump to the choice with that number (`data-number`, e.g. a window's
 * number; several digits in a row make one number), Enter works the focused choice (a button's own
 * behaviour), Escape cancels. The first choice has the focus when the dialog opens.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

/** The choice the arrow `key` moves to from `current` among `count` (wrapping), or null for other keys. */
export function arrowMove(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown' || key === 'ArrowRight') return current < 0 ? 0 : (current + 1) % count;
  if (key === 'ArrowUp' || key === 'ArrowLeft') return current < 0 ? count - 1 : (current - 1 + count) % count;
  return null;
}

/**
 * The digits typed so far after `digit`: they continue the earlier ones while some choice's number
 * starts with them, otherwise they start again from this digit ('' when no number starts with it).
 */
export function typeDigit(typed: string, digit: string, numbers: readonly string[]): string {
  const longer = typed + digit;
  if (numbers.some((n) => n.startsWith(longer))) return longer;
  return numbers.some((n) => n.startsWith(digit)) ? digit : '';
}

/** The digit of a main-row or number-pad digit key, or null. */
export function digitOf(code: string): string | null {
  return /^(?:Digit|Numpad)(\d)$/.exec(code)?.[1] ?? null;
}

export function useDialogKeys(dialog: { readonly current: HTMLElement | null }, onCancel: () => void): void {
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  // A layout effect: the keys are live in the same task that shows the dialog, so a key pressed the
  // moment it appears is the dialog's (a deferred effect would let it fall through to nothing).
  useLayoutEffect(() => {
    const choices = (): HTMLElement[] =>
      [...(dialog.current?.querySelectorAll<HTMLElement>('[data-choice]') ?? [])].filter((el) => !el.hasAttribute('disabled'));
    (choices()[0] ?? dialog.current)?.focus();
    let typed = '';
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        cancel.current();
        return;
      }
      if (event.target instanceof HTMLInputElement) return; // a field in the dialog keeps its keys
      const all = choices();
      const at = all.findIndex((el) => el === document.activeElement);
      const moved = arrowMove(event.key, at, all.length);
      if (moved !== null) {
        event.preventDefault();
        all[moved]?.focus();
        return;
      }
      const digit = digitOf(event.code);
      if (digit === null) return;
      event.preventDefault();
      const numbered = all.filter((el) => el.dataset.number !== undefined);
      typed = typeDigit(typed, digit, numbered.map((el) => el.dataset.number ?? ''));
      numbered.find((el) => el.dataset.number === typed)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);
}
