/**
 * The workbench's Mongolian for a page without a hall snapshot (the phone page): asked with
 * `mnText.overrides` on every connect, and again whenever the server says it changed (`mnTexts.changed`,
 * sent to every caller that asked). Framework-free; the page's LangProvider follows it (ui-kit/i18n.tsx).
 */
import { DEFAULT_ACK_TIMEOUT_MS, sendCommand, type HallSocket } from './hall-socket';
import { watchable } from './watchable';

export interface MnTextWatchState {
  /** null until the first answer. */
  mnTexts: Readonly<Record<string, string>> | null;
}

export interface MnTextWatch {
  readonly state: MnTextWatchState;
  subscribe(listener: (state: MnTextWatchState) => void): () => void;
}

export function watchMnTexts(socket: HallSocket, ackTimeoutMs = DEFAULT_ACK_TIMEOUT_MS): MnTextWatch {
  const watch = watchable<MnTextWatchState>({ mnTexts: null });

  async function ask(): Promise<void> {
    if (!socket.connected) return;
    try {
      const result = await sendCommand(socket, 'mnText.overrides', {}, ackTimeoutMs);
      if (!result.ok) return;
      watch.set({ mnTexts: result.data });
    } catch {
      // No answer: the next connect or change asks again; until then the page keeps what it has.
    }
  }

  socket.on('connect', () => void ask());
  socket.on('mnTexts.changed', () => void ask());
  if (socket.connected) void ask();

  return watch;
}
