/**
 * The steps this person may take on the case now, one form each: which ones is the shared rule's answer
 * (protocol/case-flow.ts stepsOpenTo), the same rule the server refuses with, so no button leads to a
 * refusal the page could have foreseen. A refusal that still comes (the case moved meanwhile) lands on
 * its field or under the form.
 */
import type { ComponentChildren } from 'preact';
import type { CaseView } from '../../../../protocol/cases';
import { HANDLING_SATISFACTION, type HandlingSatisfaction } from '../../../../protocol/cases';
import { isAnsweredOnly, mayTake, refusal, factsOf, stepsOpenTo } from '../../../../protocol/case-flow';
import { useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import type { Choice } from '../../kit/fields';
import { SelectField, TextField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';

export function CaseSteps(props: { view: CaseView; onDone: () => void }) {
  const { t } = useLang();
  const { user, canEdit } = useConsole();
  const { view } = props;
  if (view.status === 'closed') return <p class="ok-note" data-testid="case-closed-note">{t('admin.cases.closedNote')}</p>;
  if (!canEdit || user.role === 'staff') return <p class="notice">{t('admin.cases.readOnlyStaff')}</p>;
  const worker = { role: user.role, userId: user.id };
  const steps = stepsOpenTo(worker, view);
  const waitsForCallBack = mayTake('close', worker, view.assigneeId) && refusal('close', factsOf(view)) === 'CALL_BACK_REQUIRED';
  const notYours = view.assigneeName !== null && !mayTake('callBack', worker, view.assigneeId);
  return (
    <div class="case-steps" data-testid="case-steps">
      {notYours ? <p class="notice" data-testid="case-not-yours">{t('admin.cases.notYours', { name: view.assigneeName ?? '' })}</p> : null}
      {steps.includes('callBack') ? <CallBackForm view={view} onDone={props.onDone} /> : null}
      {steps.includes('rectify') ? <RectifyForm view={view} onDone={props.onDone} /> : null}
      {waitsForCallBack ? <p class="notice" data-testid="case-call-back-first">{t('admin.cases.callBackFirst')}</p> : null}
      {steps.includes('close') ? <CloseForm view={view} onDone={props.onDone} /> : null}
      {steps.includes('assign') ? <AssignForm view={view} onDone={props.onDone} /> : null}
    </div>
  );
}

function StepPanel(props: { title: string; testid: string; children: ComponentChildren }) {
  return (
    <section class="panel case-step" data-testid={props.testid}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** Choices of a select carry strings; the command takes the account's id as a number. */
function assignInput(values: FormValues): FormValues {
  return { ...values, assigneeId: Number(values['assigneeId']) };
}

function AssignForm(props: { view: CaseView; onDone: () => void }) {
  const { t } = useLang();
  const { user } = useConsole();
  const staff = useCommand('staff.list', {});
  const initial = { id: props.view.id, assigneeId: String(props.view.assigneeId ?? user.id) };
  const form = useCommandForm('case.assign', initial, assignInput);
  // Only supervisors and admins work cases (the server refuses anyone else).
  const choices: Choice[] = (staff.data ?? []).filter((s) => s.active && s.role !== 'staff').map((s) => ({
    value: String(s.id), label: s.id === user.id ? t('admin.cases.me', { name: s.displayName }) : `${s.displayName}(${t(`admin.role.${s.role}`)})`,
  }));
  return (
    <StepPanel title={t(props.view.assigneeId === null ? 'admin.cases.step.assign' : 'admin.cases.step.reassign')} testid="case-step-assign">
      <FormShell form={form} testid="case-assign-form" submitLabel={props.view.assigneeId === null ? 'admin.cases.step.assign' : 'admin.cases.step.reassign'}
        onDone={() => {
          form.reset(initial);
          props.onDone();
        }}>
        <SelectField form={form} name="assigneeId" label="admin.cases.assignTo" hint="admin.cases.assignHint" choices={choices} />
      </FormShell>
    </StepPanel>
  );
}

function satisfactionChoices(t: ReturnType<typeof useLang>['t']): Choice[] {
  return [{ value: null, label: t('admin.cases.satisfaction.notAsked') },
    ...HANDLING_SATISFACTION.map((s) => ({ value: s, label: t(`admin.cases.satisfaction.${s}`) }))];
}

/** 已接通 / 未接通 as a yes/no select; an unasked satisfaction is left out. */
function callBackInput(values: FormValues): FormValues {
  const { residentSatisfaction, reached, ...rest } = values;
  return { ...rest, reached: reached === 'yes', ...(residentSatisfaction ? { residentSatisfaction } : {}) };
}

function CallBackForm(props: { view: CaseView; onDone: () => void }) {
  const { t } = useLang();
  const initial = { id: props.view.id, reached: 'yes', note: '', residentSatisfaction: null };
  const form = useCommandForm('case.callBack', initial, callBackInput);
  return (
    <StepPanel title={t('admin.cases.step.callBack')} testid="case-step-callBack">
      <FormShell form={form} testid="case-call-back-form" submitLabel="admin.cases.step.callBack"
        onDone={() => {
          form.reset(initial);
          props.onDone();
        }}>
        <SelectField form={form} name="reached" label="admin.cases.reached"
          choices={[{ value: 'yes', label: t('admin.cases.reachedYes') }, { value: 'no', label: t('admin.cases.reachedNo') }]} />
        <SelectField form={form} name="residentSatisfaction" label="admin.cases.askedSatisfaction" choices={satisfactionChoices(t)} />
        <TextField form={form} name="note" label="admin.cases.callNote" hint="admin.cases.callNoteHint" multiline wide />
      </FormShell>
    </StepPanel>
  );
}

function RectifyForm(props: { view: CaseView; onDone: () => void }) {
  const { t } = useLang();
  const initial = { id: props.view.id, rectification: props.view.rectification };
  const form = useCommandForm('case.rectify', initial);
  return (
    <StepPanel title={t(props.view.status === 'rectified' ? 'admin.cases.step.rectifyAgain' : 'admin.cases.step.rectify')}
      testid="case-step-rectify">
      <FormShell form={form} testid="case-rectify-form" submitLabel="admin.cases.step.rectify" onDone={props.onDone}>
        <TextField form={form} name="rectification" label="admin.cases.rectification" hint="admin.cases.rectificationHint" multiline wide />
      </FormShell>
    </StepPanel>
  );
}

/** An unasked satisfaction is left out (the one asked at a call-back stays). */
function closeInput(values: FormValues): FormValues {
  const { residentSatisfaction, ...rest } = values;
  return { ...rest, ...(residentSatisfaction ? { residentSatisfaction } : {}) };
}

function CloseForm(props: { view: CaseView; onDone: () => void }) {
  const { t } = useLang();
  const answered = isAnsweredOnly(props.view.kind);
  const satisfaction: HandlingSatisfaction | null = props.view.residentSatisfaction;
  const form = useCommandForm('case.close', { id: props.view.id, result: '', residentSatisfaction: satisfaction }, closeInput);
  const label = answered ? 'admin.cases.step.answer' : 'admin.cases.step.close';
  return (
    <StepPanel title={t(label)} testid="case-step-close">
      <FormShell form={form} testid="case-close-form" submitLabel={label} onDone={props.onDone}>
        <TextField form={form} name="result" label="admin.cases.result" hint={answered ? 'admin.cases.answerHint' : props.view.kind === 'bad_rating' ? 'admin.cases.resultHintPhone' : 'admin.cases.resultHint'}
          multiline wide />
        {answered ? null : (
          <SelectField form={form} name="residentSatisfaction" label="admin.cases.satisfaction" choices={satisfactionChoices(t)} />
        )}
      </FormShell>
    </StepPanel>
  );
}
