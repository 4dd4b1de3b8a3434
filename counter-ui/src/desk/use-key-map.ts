/**
 * This workstation's key map (./key-map.ts), kept in the browser's localStorage: it outlives logins and
 * restarts of the counter PC, and belongs to the PC and the keypad at its window, not to whoever logs in.
 */
import { useState } from 'preact/hooks';
import { DEFAULT_KEY_MAP, parseKeyMap, type KeyMap } from './key-map';

const STORE_KEY = 'hall.deskKeys';

function load(): KeyMap {
  try {
    return parseKeyMap(localStorage.getItem(STORE_KEY));
  } catch {
    return DEFAULT_KEY_MAP; // storage switched off: the defaults still work
  }
}

export function useKeyMap(): { keys: KeyMap; save: (keys: KeyMap) => void; reset: () => void } {
  const [keys, setKeys] = useState<KeyMap>(load);
  return {
    keys,
    save: (next) => {
      setKeys(next);
      try {
        localStorage.setItem(STORE_KEY, JSON.stringify(next));
      } catch {
        // Kept for this session only.
      }
    },
    reset: () => {
      setKeys(DEFAULT_KEY_MAP);
      try {
        localStorage.removeItem(STORE_KEY);
      } catch {
        // Nothing stored to remove.
      }
    },
  };
}
