/**
 * The portal's overview (`portal.services`, GET /api/portal/services), read on arrival and again when the
 * resident comes back to the page or asks for fresh numbers. What was read stays on screen while a new
 * read is under way, and when a later read fails (the waiting counts are then only older).
 */
import type { ErrorCode } from '../../protocol/errors';
import type { PortalServices } from '../../protocol/portal';
import type { Subscribable } from '../../ui-kit/use-source';
import { watchable } from '../../protocol/client/watchable';
import { readApi } from './read-api';

export const PORTAL_API = '/api/portal/services';

export interface PortalState {
  data: PortalServices | null;
  /** Why the last read failed, while nothing was read yet (the page says so and offers to try again). */
  problem: { kind: 'failed'; code: ErrorCode } | { kind: 'unanswered' } | null;
  reading: boolean;
  /** The workbench's Mongolian, for the language provider. */
  mnTexts: Record<string, string> | null;
}

export interface PortalStore extends Subscribable<PortalState> {
  refresh(): void;
}

export function createPortalStore(read: typeof readApi = readApi): PortalStore {
  const store = watchable<PortalState>({ data: null, problem: null, reading: false, mnTexts: null });
  const refresh = (): void => {
    if (store.state.reading) return;
    store.set({ ...store.state, reading: true });
    void read<PortalServices>(PORTAL_API).then((outcome) => {
      if (outcome.kind === 'ok') store.set({ data: outcome.data, problem: null, reading: false, mnTexts: outcome.data.mnTexts });
      else store.set({ ...store.state, reading: false, problem: outcome.kind === 'error' ? { kind: 'failed', code: outcome.code } : { kind: 'unanswered' } });
    });
  };
  return {
    get state() {
      return store.state;
    },
    subscribe: (listener) => store.subscribe(listener),
    refresh,
  };
}
