/**
 * Downloads a report file (GET /api/reports?…&format=csv|xlsx) with the session's token and saves it
 * under the name the server gives in Content-Disposition (UTF-8, for its Chinese).
 */
import type { ReportFileFormat } from '../../../../protocol/reports';
import type { ErrorCode } from '../../../../protocol/errors';
import { isResult } from '../../../../protocol/client/hall-socket';

function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/** null once the file is saved; else the refusal's code (or INTERNAL when nothing sensible came back). */
export async function downloadReport(token: string, query: string, format: ReportFileFormat): Promise<ErrorCode | null> {
  let response: Response;
  try {
    response = await fetch(`/api/reports?${query}&format=${format}`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    return 'INTERNAL';
  }
  if (!response.ok) {
    const answer: unknown = await response.json().catch(() => null);
    return isResult(answer) && !answer.ok ? answer.error.code : 'INTERNAL';
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), `report.${format}`);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
