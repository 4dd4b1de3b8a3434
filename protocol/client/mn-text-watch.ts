/**
 * The workbench's Mongolian for a page without a hall snapshot (the phone page): asked with
 * `mnText.overrides` on every connect, and again whenever the server says it changed (`mnTexts.changed`,
 * sent to every caller that asked). Framework-free; the page's LangProvider follows it (ui-kit/i18n.tsx).
 */
import { DEFAULT_ACK_TIMEOUT_MS, sendCommand, type HallSocket } from './hall-socket';

export interface MnTextWatchState {
  /** null until the first answer. */
  mnTexts: Readonly<Record<string, string>> | null;
}

export interface MnTextWatch {
  readonly state: MnTextWatchState;
  subscribe(listener: (state: MnTextWatchState) => void): () => void;
}

export function watchMnTexts(socket: HallSocket, ackTimeoutMs = DEFAULT_ACK_TIMEOUT_MS): MnTextWatch {
  const listeners = new Set<(state: MnTextWatchState) => void>();
  let state: MnTextWatchState = { mnTexts: null };

  async function ask(): Promise<void> {
    if (!socket.connected) return;
    try {
      const result = await sendCommand(socket, 'mnText.overrides', {}, ackTimeoutMs);
      if (!result.ok) return;
      state = { mnTexts: result.data };
      for (const listener of listeners) listener(state);
    } catch {
      // No answer: the next connect or change asks again; until then the page keeps what it has.
    }
  }

  socket.on('connect', () => void ask());
  socket.on('mnTexts.changed', () => void ask());
  if (socket.connected) void ask();

  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
