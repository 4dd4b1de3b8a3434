/**
 * What goes on paper, read from the hall's data: the ticket slip (号票, with its 受理编号 once a matter is
 * recorded for it) and the 告知单.
 */
import type { Db } from '../db/open';
import type { HallSettings } from '../hall/settings';
import type { Ticket } from '../queue/types';
import type { NoticeSlip, TicketSlip } from '../../printers';
import { t } from '../../protocol/catalog';
import { counterById, serviceById } from '../db/queries/hall';
import { listCentres } from '../db/queries/hall';
import { guideOf } from '../db/queries/guides';
import { ticketTrack } from '../views/ticket-view';
import { ratingCodeOf } from '../db/queries/tickets';
import { matterNumberOfTicket } from '../db/queries/matters';
import { groupedMatterNumber } from '../../protocol/matters';

/** `reprintedAt`: the time of a staff reprint (补打), printed on the slip; null for the first slip. */
export function ticketSlip(db: Db, settings: HallSettings, ticket: Ticket, now: number, reprintedAt: number | null = null): TicketSlip {
  const track = ticketTrack(db, ticket, now);
  const centre = listCentres(db).find((c) => c.id === ticket.centreId);
  const service = serviceById(db, ticket.serviceId);
  const matterNumber = matterNumberOfTicket(db, ticket.id);
  return {
    hallName: settings.name,
    hallNameMn: settings.nameMn,
    centreName: centre?.name ?? '',
    centreNameMn: centre?.nameMn ?? '',
    serviceName: service?.name ?? '',
    serviceNameMn: service?.nameMn ?? '',
    number: ticket.number,
    priorityLabel: ticket.priority ? t(`priority.${ticket.priority}`) : null,
    arrivedAt: ticket.arrivedAt,
    reprintedAt,
    timezone: settings.timezone,
    peopleAhead: track.peopleAhead,
    estimateMinutes: track.estimateMinutes,
    counterNames: track.servingCounters.map((id) => counterById(db, id)?.name ?? t('counter.name', 'zh', { n: id })),
    trackUrl: `${settings.publicUrl}/t/${ticket.token}`,
    ratingCode: ratingCodeOf(db, ticket.id),
    waiting: ticket.status === 'waiting',
    matterNumber: matterNumber !== null ? groupedMatterNumber(matterNumber) : null,
    reminder: settings.lateReturn === 'requeue-once' ? t('print.ticket.reminderRequeue') : t('print.ticket.reminderDefault'),
    complaintPhone: settings.complaintPhone,
  };
}

export function noticeSlip(db: Db, settings: HallSettings, serviceId: string, now: number): NoticeSlip {
  const guide = guideOf(db, serviceId);
  const service = serviceById(db, serviceId);
  return {
    hallName: settings.name,
    hallNameMn: settings.nameMn,
    serviceName: service?.name ?? '',
    serviceNameMn: service?.nameMn ?? '',
    materials: (guide?.materials ?? []).map((m) => ({ name: m.name, nameMn: m.nameMn ?? '', form: m.form, copies: m.copies, issuer: m.issuer, note: m.note ?? '' })),
    timeLimit: guide ? [
      guide.legalTimeLimit && t('print.notice.legalLimit', 'zh', { v: guide.legalTimeLimit }),
      guide.promisedTimeLimit && t('print.notice.promisedLimit', 'zh', { v: guide.promisedTimeLimit }),
    ].filter(Boolean).join(' / ') : '',
    result: guide?.result ?? '',
    visits: guide?.visits ?? 1,
    notes: guide?.noticeNotes ?? [],
    fees: guide?.fees ?? '',
    place: guide?.place ?? '',
    phone: guide?.phone ?? '',
    printedAt: now,
    timezone: settings.timezone,
  };
}
