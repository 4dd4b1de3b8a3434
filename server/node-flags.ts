/**
 * The V8 flags the hall's server process runs with. Flags only take effect when the process starts, so
 * they are spelled out where it is started — package.json's `start`, the systemd unit in
 * docs/OPERATIONS.md — and the bench starts its servers with this list; a test keeps the three the same.
 *
 * Why a young generation that stays at 16 MB a semi-space: every call sends a frame to each display,
 * and every command, read and broadcast makes short-lived objects. V8 starts the young generation at
 * 1 MB a semi-space and its memory reducer shrinks it again whenever the hall is quiet for a moment, so
 * the next busy minute runs scavenge after scavenge and moves objects that live for one call into the
 * old generation, where only a full collection frees them. Measured with 500 displays at five calls a
 * second: the hall's CPU per delivered call went from 26.4 to 23.6 µs and from 23.8 to 21.1 µs (two
 * rounds), its RSS up by about 10 MB; the bare socket.io baseline gained 1–8 %.
 *
 * V8 flags are the whole process's, worker threads included: the WAL checkpoint worker sets its own small
 * young generation (db/checkpointer.ts).
 */
export const SERVER_NODE_FLAGS = ['--min-semi-space-size=16'] as const;

/** Node's arguments for the server, as `npm start` and a service manager run it (from the project's root). */
export const SERVER_ARGS = [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'] as const;
