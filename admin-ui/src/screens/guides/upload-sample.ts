/**
 * Sends a sample file over HTTP (POST /api/admin/services/:id/samples): a file is larger than the 64 kB a
 * socket message may carry, so this one command goes by the HTTP route, which reaches the same command
 * bus. The file is read as a data URL; the server judges its type by its bytes.
 */
import type { CommandOutput } from '../../../../protocol/commands';
import { isResult } from '../../../../protocol/client/hall-socket';
import { refusalOf, type Outcome } from '../../../../ui-kit/command-outcome';

export { readAsDataUrl } from '../../kit/http-command';

export async function uploadSample(token: string, serviceId: string, body: { title: string; content: string; target: 'samples' | 'result' }):
  Promise<Outcome<CommandOutput<'sample.upload'>>> {
  let answer: unknown;
  try {
    const response = await fetch(`/api/admin/services/${encodeURIComponent(serviceId)}/samples`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    answer = await response.json();
  } catch {
    return { kind: 'unanswered' };
  }
  if (!isResult<CommandOutput<'sample.upload'>>(answer)) return { kind: 'error', code: 'INTERNAL' };
  return answer.ok ? { kind: 'ok', data: answer.data } : refusalOf(answer.error);
}
