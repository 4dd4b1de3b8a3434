/**
 * The server's own output — the journal, a pipe to a log collector, a file on a disk that fills up — can
 * break at any time (EPIPE, ENOSPC). Losing a log line must never end the hall: without a listener, an
 * error on process.stdout or process.stderr is thrown and stops the process.
 */
export function keepRunningWhenOutputFails(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', () => {
      // Nowhere left to report it; the hall goes on.
    });
  }
}
