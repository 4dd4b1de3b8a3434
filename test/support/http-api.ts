/**
 * The hall's HTTP API as a test drives it: a call that must succeed (200, ok: true) answers its data;
 * a call that must be refused answers the error after checking status, code and shape.
 */
import { HTTP_STATUS, type ErrorBody, type ErrorCode } from '../../protocol/errors';
import type { CounterLists, CounterState, IssuedTicket, PriorityReason, TicketDetail, TicketTrack } from '../../protocol/views';
import { http, idemKey } from '../../testkit/clients';
import { expectRefusal } from './refusal';

export interface Caller {
  token?: string;
  deviceKey?: string;
}

export interface CallOptions extends Caller {
  body?: unknown;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class HttpApi {
  constructor(readonly url: string) {}

  async ok<T>(method: Method, path: string, opts: CallOptions = {}): Promise<T> {
    const res = await http<T>(this.url, method, path, opts);
    if (!res.body.ok) throw new Error(`${method} ${path}: expected ok, got ${res.status} ${res.body.error.code}`);
    expect(res.status).toBe(200);
    return res.body.data;
  }

  async refused(method: Method, path: string, code: ErrorCode, opts: CallOptions = {}): Promise<ErrorBody> {
    const res = await http(this.url, method, path, opts);
    const error = expectRefusal(res.body, code);
    expect(res.status).toBe(HTTP_STATUS[code]);
    return error;
  }

  issue(by: Caller, serviceId: string, extra: { priority?: PriorityReason; idempotencyKey?: string } = {}):
    Promise<IssuedTicket> {
    return this.ok<IssuedTicket>('POST', '/api/tickets', {
      ...by, body: { serviceId, idempotencyKey: extra.idempotencyKey ?? idemKey(), ...(extra.priority ? { priority: extra.priority } : {}) },
    });
  }

  track(token: string): Promise<TicketTrack> {
    return this.ok<TicketTrack>('GET', `/api/tickets/${token}`);
  }

  /** POST /api/counters/:id/<verb>, e.g. counter(staff, 1, 'call-next'). */
  counter(by: Caller, counterId: number, verb: string, body: Record<string, unknown> = {}): Promise<CounterState> {
    return this.ok<CounterState>('POST', `/api/counters/${counterId}/${verb}`, { ...by, body });
  }

  /** GET /api/counters/:id/lists: the queue this counter may call and today's no-shows. */
  lists(by: Caller, counterId: number): Promise<CounterLists> {
    return this.ok<CounterLists>('GET', `/api/counters/${counterId}/lists`, by);
  }

  counterRefused(by: Caller, counterId: number, verb: string, code: ErrorCode, body: Record<string, unknown> = {}):
    Promise<ErrorBody> {
    return this.refused('POST', `/api/counters/${counterId}/${verb}`, code, { ...by, body });
  }

  ticket(by: Caller, ticketId: number, verb: 'cancel' | 'requeue'): Promise<TicketDetail> {
    return this.ok<TicketDetail>('POST', `/api/tickets/${ticketId}/${verb}`, { ...by, body: {} });
  }
}
