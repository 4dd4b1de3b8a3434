/**
 * 预约 a service from home: a working day of the coming days, a slot with places left (booking.slots),
 * the name and the mobile number, then the booking with its code. The name and number are stored masked
 * only; the code is shown once here (and on the booking's own page, by its code).
 */
import '../booking/booking.css';
import { useRef, useState } from 'preact/hooks';
import { mobileOf, type BookingView, type SlotsAnswer } from '../../../protocol/booking';
import type { PortalServices } from '../../../protocol/portal';
import type { ErrorCode } from '../../../protocol/errors';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Stacked, Text, useLang } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { newIdempotencyKey } from '../../../ui-kit/idempotency';
import { useNavigation } from '../navigation';
import { PageHeading } from '../parts/PageHeading';
import { UpLink } from '../parts/UpLink';
import { dateVars, weekdayKey } from '../parts/day-words';
import { sendApi } from '../booking/send-api';
import { useRead } from '../booking/use-read';
import { NotFoundPage } from './NotFoundPage';
import { isValidIdNumber, normaliseIdNumber } from '../../../protocol/idcard';

export function BookPage(props: { data: PortalServices; serviceId: string }) {
  const { data, serviceId } = props;
  const service = data.services.find((s) => s.id === serviceId);
  const workingDays = data.days.filter((d) => d.working);
  const [date, setDate] = useState(workingDays[0]?.date ?? '');
  if (!service) return <NotFoundPage />;
  return (
    <>
      <UpLink to={{ page: 'service', serviceId }} name={namesOf(service)} />
      <PageHeading kicker="portal.book.title">
        <Stacked {...namesOf(service)} />
      </PageHeading>
      <p class="portal-lead"><Text k="portal.book.lead" /></p>
      <section aria-labelledby="book-day">
        <h2 id="book-day" class="portal-h2"><Text k="portal.book.day" /></h2>
        <ul class="portal-choices" data-testid="book-days">
          {workingDays.map((d) => (
            <li key={d.date}>
              <label class="portal-choice">
                <input type="radio" name="book-day" value={d.date} checked={d.date === date} data-testid={`book-day-${d.date}`}
                  onChange={() => setDate(d.date)} />
                <Text k="portal.date" vars={dateVars(d.date)} />
                <Text k={weekdayKey(d.weekday)} />
              </label>
            </li>
          ))}
        </ul>
      </section>
      {date ? <SlotsAndForm key={date} serviceId={serviceId} date={date} /> : null}
    </>
  );
}

type Sending = { phase: 'idle' } | { phase: 'sending' } | { phase: 'refused'; code: ErrorCode; fields: string[] } | { phase: 'unanswered' };

function SlotsAndForm(props: { serviceId: string; date: string }) {
  const { t } = useLang();
  const { go } = useNavigation();
  const slots = useRead<SlotsAnswer>(`/api/slots?serviceId=${encodeURIComponent(props.serviceId)}&date=${props.date}`);
  const [start, setStart] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [sending, setSending] = useState<Sending>({ phase: 'idle' });
  // One key per form: a retry after "no answer" answers the booking already made, never a second one.
  const key = useRef(newIdempotencyKey());
  const phoneWrong = phone.trim() !== '' && mobileOf(phone) === null;
  // Optional: given, the resident's ID card read at a kiosk finds the booking.
  const idWrong = idNumber.trim() !== '' && !isValidIdNumber(normaliseIdNumber(idNumber));

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (sending.phase === 'sending' || !start || !name.trim() || mobileOf(phone) === null || idWrong) return;
    setSending({ phase: 'sending' });
    const outcome = await sendApi<BookingView>('/api/bookings',
      { serviceId: props.serviceId, date: props.date, start, name: name.trim(), phone, idempotencyKey: key.current,
        ...(idNumber.trim() ? { idNumber: normaliseIdNumber(idNumber) } : {}) });
    if (outcome.kind === 'ok') go({ page: 'booking', code: outcome.data.code.replace(/-/g, '') });
    else if (outcome.kind === 'error') {
      setSending({ phase: 'refused', code: outcome.code, fields: outcome.fields ?? [] });
      slots.reload();
    } else setSending({ phase: 'unanswered' });
  };

  if (slots.state.phase === 'loading') return <p class="portal-status" role="status"><Text k="portal.book.loading" /></p>;
  if (slots.state.phase === 'failed') return <ErrorNote code={slots.state.code} />;
  if (slots.state.phase === 'unanswered') return <p class="portal-status" role="alert"><Text k="kiosk.boards.unanswered" /></p>;
  const answer = slots.state.data;
  const open = answer.slots.filter((s) => s.open);
  if (answer.reason) return <ErrorNote code={answer.reason} />;
  return (
    <form class="portal-form" onSubmit={(e) => void submit(e)} noValidate data-testid="book-form">
      <fieldset class="portal-fieldset">
        <legend class="portal-h2"><Text k="portal.book.slot" /></legend>
        {open.length === 0 ? <p class="portal-lead" data-testid="book-no-slots"><Text k="portal.book.noSlots" /></p> : (
          <ul class="portal-choices portal-slots">
            {open.map((s) => (
              <li key={s.start}>
                <label class="portal-choice">
                  <input type="radio" name="book-slot" value={s.start} checked={s.start === start} data-testid={`book-slot-${s.start}`}
                    onChange={() => setStart(s.start)} />
                  <span>{s.start}-{s.end}</span>
                  <Text k="portal.book.left" vars={{ n: s.left }} class="portal-hint" />
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <label class="portal-field">
        <Text k="portal.book.name" class="portal-label" />
        <input type="text" autoComplete="name" maxLength={20} value={name} data-testid="book-name" onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="portal-field">
        <Text k="portal.book.phone" class="portal-label" />
        <input type="tel" inputMode="numeric" autoComplete="tel" maxLength={20} value={phone} data-testid="book-phone"
          aria-invalid={phoneWrong || undefined} aria-describedby="book-phone-hint" onInput={(e) => setPhone(e.currentTarget.value)} />
        <span id="book-phone-hint" class="portal-hint">{t('portal.book.phoneHint')}</span>
        {phoneWrong ? <ErrorNote code="PHONE_INVALID" /> : null}
      </label>
      <label class="portal-field">
        <Text k="portal.book.idNumber" class="portal-label" />
        <input type="text" autoComplete="off" maxLength={24} value={idNumber} data-testid="book-id"
          aria-invalid={idWrong || undefined} aria-describedby="book-id-hint" onInput={(e) => setIdNumber(e.currentTarget.value)} />
        <span id="book-id-hint" class="portal-hint">{t('portal.book.idNumberHint')}</span>
        {idWrong ? <p class="error-note" role="alert">{t('portal.book.idNumberWrong')}</p> : null}
      </label>
      <p class="portal-hint"><Text k="portal.book.stored" /></p>
      <button type="submit" class="portal-button" data-testid="book-submit"
        disabled={sending.phase === 'sending' || !start || !name.trim() || mobileOf(phone) === null || idWrong}>
        <Text k={sending.phase === 'sending' ? 'portal.book.sending' : 'portal.book.submit'} />
      </button>
      {sending.phase === 'refused' ? <ErrorNote code={sending.code} /> : null}
      {sending.phase === 'unanswered' ? <p class="portal-status" role="alert"><Text k="portal.book.unanswered" /></p> : null}
    </form>
  );
}
