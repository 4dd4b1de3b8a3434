/**
 * 办件查询/更新: find a matter by its 受理编号 and move it on (补正 with materials, back to 受理, 办结,
 * 不予受理 with a reason); only the moves protocol/matter-flow.ts allows are offered. A matter of today's
 * ticket can have its slip reprinted with the 受理编号. Enter finds or saves, Escape closes.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HallStream } from '../../../../protocol/client/hall-stream';
import { canonicalMatterNumber, type MatterView } from '../../../../protocol/matters';
import { nextStates } from '../../../../protocol/matter-flow';
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

/** `today`: the hall's business day — a matter of today's ticket can have its slip reprinted with the 受理编号. */
export function MatterFindDialog(props: {
  stream: HallStream; timezone: string; today: string; reprintTo: ReprintTo; onClose: () => void;
}) {
  const { t } = useLang();
  const dialog = useRef<HTMLDivElement>(null);
  const numberInput = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [matter, setMatter] = useState<MatterView | null>(null);
  const [form, setForm] = useState<StateForm | null>(null);
  const [lacking, setLacking] = useState<'materials' | 'reason' | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [moved, setMoved] = useState(false);
  const [busy, setBusy] = useState(false);
  const guide = useGuideMaterials(props.stream, matter?.serviceId ?? null);
  useDialogKeys(dialog, props.onClose);
  useLayoutEffect(() => numberInput.current?.focus(), []);

  const show = (found: MatterView): void => {
    setMatter(found);
    const first = nextStates(found.state)[0];
    setForm(first ? emptyStateForm(first) : null);
    setLacking(null);
  };
  const find = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setMoved(false);
    const outcome = await outcomeOf(props.stream.send('matter.get', { number: canonicalMatterNumber(typed) }));
    setBusy(false);
    if (outcome.kind === 'ok') show(outcome.data);
    else {
      setMatter(null);
      setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
    }
  };
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy || !matter || !form) return;
    const missing = formProblem(form);
    if (missing) return setLacking(missing);
    setBusy(true);
    setProblem(null);
    const outcome = await outcomeOf(props.stream.send('matter.move', { number: matter.number, state: form.state, ...detailOf(form) }));
    setBusy(false);
    if (outcome.kind === 'ok') {
      show(outcome.data);
      setMoved(true);
    } else setProblem(outcome.kind === 'error' ? outcome.code : 'unanswered');
  };

  return (
    <DeskDialog id="matter-find" title={<Text k="desk.matter.find" />} leave="close" onLeave={props.onClose} narrow
      dialogRef={dialog}>
      <form class="reprint-form" onSubmit={(e) => void find(e)}>
        <label class="field reprint-field">
          <span><Text k="desk.matter.number" /></span>
          <input ref={numberInput} name="number" data-testid="matter-find-number" autocomplete="off" spellcheck={false} maxLength={40}
            value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary-button" data-testid="matter-find-submit" disabled={busy || typed.trim() === ''}>
          <Text k="desk.matter.findSubmit" />
        </button>
      </form>
      <ProblemNote problem={problem} />
      {moved && matter ? (
        <p class="done-note" role="status" data-testid="matter-moved">
          <span class="done-sign" aria-hidden="true">✓</span>
          {t('desk.matter.moved', { number: matter.number, state: t(`phone.matter.state.${matter.state}`) })}
        </p>
      ) : null}
      {matter ? <MatterCard matter={matter} timezone={props.timezone} /> : null}
      {matter && matter.businessDay === props.today ? <MatterSlipReprint key={matter.number} stream={props.stream} matter={matter} reprintTo={props.reprintTo} /> : null}
      {matter && form ? (
        <form class="matter-form-desk" onSubmit={(e) => void save(e)} noValidate>
          <StateFields idPrefix="matter-move" states={nextStates(matter.state)} form={form} guideMaterials={guide} disabled={busy}
            problem={lacking} onChange={(next) => {
              setForm(next);
              setLacking(null);
            }} />
          <button type="submit" class="primary-button" data-testid="matter-move-submit" disabled={busy}>
            <Text k="desk.matter.moveSubmit" />
          </button>
        </form>
      ) : null}
      {matter && !form ? (
        <p class="panel-empty">{t('desk.matter.final', { state: t(`phone.matter.state.${matter.state}`) })}</p>
      ) : null}
    </DeskDialog>
  );
}
