/**
 * Service names for the phone page. A tracked ticket names its service by id only; the names come from
 * the public GET /api/services, read once. The answer is checked field by field, never trusted blindly.
 */
import { isResult } from '../../protocol/client/hall-socket';

export interface ServiceName {
  id: string;
  name: string;
  nameMn: string;
}

export function serviceNamesFrom(answer: unknown): ServiceName[] {
  if (!isResult<unknown>(answer) || !answer.ok) return [];
  const data = answer.data;
  if (typeof data !== 'object' || data === null || !('services' in data) || !Array.isArray(data.services)) return [];
  const names: ServiceName[] = [];
  for (const item of data.services as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    if (!('id' in item) || !('name' in item) || typeof item.id !== 'string' || typeof item.name !== 'string') continue;
    const nameMn = 'nameMn' in item && typeof item.nameMn === 'string' ? item.nameMn : '';
    names.push({ id: item.id, name: item.name, nameMn });
  }
  return names;
}

let loading: Promise<ServiceName[]> | null = null;

/** The names, fetched on first use; a failed fetch is tried again on the next call. */
export function loadServiceNames(): Promise<ServiceName[]> {
  loading ??= fetch('/api/services', { headers: { accept: 'application/json' } })
    .then((response) => response.json())
    .then((answer: unknown) => serviceNamesFrom(answer))
    .catch(() => {
      loading = null;
      return [];
    });
  return loading;
}
