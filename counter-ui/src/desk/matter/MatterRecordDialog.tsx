/**
 * 登记办件: the ticket just finished (or another the staff member finished today, by its number), the
 * resident's mobile and the first state. The hall answers with the 受理编号, shown large for the resident
 * to note, and the ticket's slip can be reprinted with the 受理编号 on it. Enter in a field records,
 * Escape closes.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HallStream } from '../../../../protocol/client/hall-stream';
import type { MatterView } from '../../../../protocol/matters';
import { phoneTailOf } from '../../../../protocol/matters';
import { FIRST_STATES } from '../../../../protocol/matter-flow';
import { RESIDENT_PHONE, residentPhoneOf } from '../../../../protocol/resident-phone';
import { outcomeOf } from '../../../../ui-kit/command-outcome';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { ProblemNote, type Problem } from '../../parts/Problem';
import { useDialogKeys } from '../dialog-keys';
import { DeskDialog } from '../DeskDialog';
import { detailOf, emptyStateForm, formProblem, type StateForm } from './matter-form';
import { MatterCard } from './MatterCard';
import { MatterSlipReprint } from './MatterSlipReprint';
import type { ReprintTo } from '../use-reprint-printer';
import { StateFields } from './StateFields';
import { useGuideMaterials } from './use-guide-materials';

export interface RecordTarget {
  number: string;
  serviceId: string | null;
}

export function MatterRecordDialog(props: {
  stream: HallStream; target: RecordTarget; timezone: string; reprintTo: ReprintTo; onClose: () => void;
}) {
  const { t } = useLang();
  const dialog = useRef<HTMLDivElement>(null);
  const phoneInput = useRef<HTMLInputElement>(null);
  const [ticketNumber, setTicketNumber] = useState(props.target.number);
  const [phone, setPhone] = useState('');
  const [form, setForm] = useState<StateForm>(emptyStateForm('accepted'));
  const [shownProblem, setShownProblem] = useState<'phone' | 'materials' | 'reason' | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<MatterView | null>(null);
  const guide = useGuideMaterials(props.stream, ticketNumber === props.target.number ? props.target.serviceId : null);
  useDialogKeys(dialog, props.onClose);
  useLayoutEffect(() => {
    (props.target.number ? phoneInput.current : dialog.current?.querySelector<HTMLInputElement>('input'))?.focus();
  }, [props.target.number]);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const typed = residentPhoneOf(phone);
    if (!RESIDENT_PHONE.test(typed) || phoneTailOf(typed) === null) return setShownProblem('phone');
    const lacking = formProblem(form);
    if (lacking) return setShownProblem(lacking);
    const state = FIRST_STATES.find((s) => s === form.state);
    if (!state) return;
    setShownProblem(null);
    setBusy(true);
    const outcome = await outcomeOf(props.stream.send('matter.record', {
      ticketNumber: ticketNumber.trim().toUpperCase(), phone: typed, state, ...detailOf(form),
    }));
    setBusy(false);
    if (outcome.kind === 'ok') setRecorded(outcome.data);
    else setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
  };

  return (
    <DeskDialog id="matter-record" title={<Text k="desk.matter.recordTitle" />} leave="close" onLeave={props.onClose} narrow
      dialogRef={dialog}>
      {recorded ? (
        <>
          <p class="done-note" role="status"><span class="done-sign" aria-hidden="true">✓</span><Text k="desk.matter.recorded" /></p>
          <MatterCard matter={recorded} timezone={props.timezone} />
          <p class="matter-tell"><Text k="desk.matter.tellResident" /></p>
          <MatterSlipReprint stream={props.stream} matter={recorded} reprintTo={props.reprintTo} />
        </>
      ) : (
        <form class="matter-form-desk" onSubmit={(e) => void submit(e)} noValidate>
          <label class="field">
            <span><Text k="desk.matter.ticket" /></span>
            <input name="ticket" data-testid="matter-record-ticket" autocomplete="off" spellcheck={false} maxLength={5} value={ticketNumber}
              onInput={(e) => setTicketNumber(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span><Text k="desk.matter.phone" /></span>
            <input ref={phoneInput} name="phone" type="tel" inputMode="tel" data-testid="matter-record-phone" autocomplete="off" maxLength={24}
              value={phone} aria-invalid={shownProblem === 'phone'} onInput={(e) => setPhone(e.currentTarget.value)} />
            <small class="field-hint">{t('desk.matter.phoneHint')}</small>
            {shownProblem === 'phone' ? <p class="error-note" role="alert"><Text k="desk.matter.phoneInvalid" /></p> : null}
          </label>
          <StateFields idPrefix="matter-record" states={FIRST_STATES} form={form} guideMaterials={guide} disabled={busy}
            problem={shownProblem === 'materials' || shownProblem === 'reason' ? shownProblem : null} onChange={setForm} />
          <ProblemNote problem={problem} />
          <button type="submit" class="primary-button" data-testid="matter-record-submit" disabled={busy || ticketNumber.trim() === ''}>
            <Text k="desk.matter.submit" />
          </button>
        </form>
      )}
    </DeskDialog>
  );
}
