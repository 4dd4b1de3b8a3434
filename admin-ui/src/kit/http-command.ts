/**
 * A command sent over HTTP instead of the console's socket: for bodies larger than a socket message
 * may be (64 kB), such as a whole configuration file. The answer is the same Result as over socket.io.
 */
import type { CommandInput, CommandName, CommandOutput } from '../../../protocol/commands';
import { isResult } from '../../../protocol/client/hall-socket';
import { refusalOf, type Outcome } from '../../../ui-kit/command-outcome';

/**
 * `input` is sent as it is (a file a person chose may be anything): the server checks it against the
 * command's schema, as for every command, and answers with the fields and problems it refuses.
 */
export async function httpCommand<N extends CommandName>(_name: N, token: string, method: 'GET' | 'PUT' | 'POST', path: string,
  input?: CommandInput<N> | unknown): Promise<Outcome<CommandOutput<N>>> {
  let answer: unknown;
  try {
    const response = await fetch(path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(input !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(input !== undefined ? { body: JSON.stringify(input) } : {}),
    });
    answer = await response.json();
  } catch {
    return { kind: 'unanswered' };
  }
  if (!isResult<CommandOutput<N>>(answer)) return { kind: 'error', code: 'INTERNAL' };
  return answer.ok ? { kind: 'ok', data: answer.data } : refusalOf(answer.error);
}

/** A file a person chose, as a data URL (`data:<type>;base64,…`): the shape upload commands take. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('not read as text')));
    reader.onerror = () => reject(reader.error ?? new Error('file not read'));
    reader.readAsDataURL(file);
  });
}
