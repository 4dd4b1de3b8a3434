/**
 * A value that pages watch: the framework-free store behind the hall stream's side channels (a ticket's
 * slip outcome, a card reading). Listeners hear every new value; `ui-kit/use-source.ts` binds one to a
 * Preact component.
 */
export interface Watchable<S> {
  readonly state: S;
  set(next: S): void;
  subscribe(listener: (state: S) => void): () => void;
  /** Lets go of every listener (the watch is closing). */
  clear(): void;
}

export function watchable<S>(initial: S): Watchable<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get state() {
      return state;
    },
    set(next) {
      state = next;
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      listeners.clear();
    },
  };
}
