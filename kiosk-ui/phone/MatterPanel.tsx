/**
 * 办件查询 on the phone page: once the counter recorded a matter on this ticket, its 受理编号 is filled in
 * and the resident types the last four digits of the mobile number they gave; the answer shows the state,
 * the materials to bring for a 补正, the reason of a 不予受理 and every step with its time. Another number
 * can be typed too (a matter recorded on another visit).
 */
import { useState } from 'preact/hooks';
import type { CommandInput } from '../../protocol/commands';
import type { ErrorCode } from '../../protocol/errors';
import { canonicalMatterNumber, groupedMatterNumber, type MatterPublicView } from '../../protocol/matters';
import type { Outcome } from '../../ui-kit/command-outcome';
import { ErrorNote } from '../../ui-kit/ErrorNote';
import { Text } from '../../ui-kit/i18n';
import { draftProblem, stepTime, typedTail, type DraftProblem, type MatterDraft } from './matter-draft';

export type SendLookup = (input: CommandInput<'matter.lookup'>) => Promise<Outcome<MatterPublicView>>;

type Phase =
  | { kind: 'editing'; problem: DraftProblem }
  | { kind: 'sending' }
  | { kind: 'failed'; problem: ErrorCode | 'unanswered' }
  | { kind: 'shown'; matter: MatterPublicView };

/** `titled`: false where the page's own heading already says 办件查询 (the portal's page). */
export function MatterPanel(props: { number: string; send: SendLookup; titled?: boolean }) {
  const [draft, setDraft] = useState<MatterDraft>({ number: groupedMatterNumber(props.number), tail: '' });
  const [phase, setPhase] = useState<Phase>({ kind: 'editing', problem: null });

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (phase.kind === 'sending') return;
    const problem = draftProblem(draft);
    if (problem) return setPhase({ kind: 'editing', problem });
    setPhase({ kind: 'sending' });
    const outcome = await props.send({ number: canonicalMatterNumber(draft.number), phoneTail: draft.tail });
    if (outcome.kind === 'ok') setPhase({ kind: 'shown', matter: outcome.data });
    else setPhase({ kind: 'failed', problem: outcome.kind === 'error' ? outcome.code : 'unanswered' });
  };

  const problem = phase.kind === 'editing' ? phase.problem : null;
  return (
    <section class="matter" aria-labelledby={props.titled === false ? undefined : 'matter-title'} data-testid="matter-lookup">
      {props.titled === false ? null : (
        <h2 class="matter-title" id="matter-title">
          <Text k="phone.matter.title" />
        </h2>
      )}
      {phase.kind === 'shown' ? (
        <>
          <MatterAnswer matter={phase.matter} />
          <button type="button" class="matter-again" data-testid="matter-again" onClick={() => setPhase({ kind: 'editing', problem: null })}>
            <Text k="phone.matter.again" />
          </button>
        </>
      ) : (
        <form class="matter-form" onSubmit={(e) => void submit(e)} noValidate>
          <p class="matter-hint">
            <Text k="phone.matter.hint" />
          </p>
          <label class="matter-label" for="matter-number">
            <Text k="phone.matter.number" />
          </label>
          <input id="matter-number" class="matter-input matter-number" data-testid="matter-number" autocomplete="off" spellcheck={false}
            autocapitalize="characters" maxLength={40} value={draft.number} aria-invalid={problem === 'number'}
            aria-describedby={problem === 'number' ? 'matter-problem' : undefined}
            onInput={(e) => setDraft({ ...draft, number: e.currentTarget.value })} />
          <label class="matter-label" for="matter-tail">
            <Text k="phone.matter.tail" />
          </label>
          <input id="matter-tail" class="matter-input matter-tail" data-testid="matter-tail" type="text" inputMode="numeric" autocomplete="off"
            pattern="[0-9]*" maxLength={4} value={draft.tail} aria-invalid={problem === 'tail'}
            aria-describedby={problem === 'tail' ? 'matter-problem' : undefined}
            onInput={(e) => {
              const tail = typedTail(e.currentTarget.value);
              e.currentTarget.value = tail;
              setDraft({ ...draft, tail });
            }} />
          {problem ? (
            <p class="matter-problem" id="matter-problem" role="alert">
              <Text k={problem === 'number' ? 'phone.matter.numberInvalid' : 'phone.matter.tailInvalid'} />
            </p>
          ) : null}
          {phase.kind === 'failed' ? (
            phase.problem === 'unanswered'
              ? <p class="matter-problem" role="alert"><Text k="conn.offline" /></p>
              : <ErrorNote code={phase.problem} class="matter-problem" />
          ) : null}
          <button type="submit" class="matter-submit" data-testid="matter-submit" disabled={phase.kind === 'sending'}>
            <Text k={phase.kind === 'sending' ? 'phone.matter.sending' : 'phone.matter.submit'} />
          </button>
        </form>
      )}
    </section>
  );
}

function MatterAnswer(props: { matter: MatterPublicView }) {
  const { matter } = props;
  return (
    <div class="matter-answer" data-testid="matter-answer" data-state={matter.state} aria-live="polite">
      <p class="matter-number-shown">
        <Text k="phone.matter.number" />
        <span class="matter-code">{groupedMatterNumber(matter.number)}</span>
      </p>
      <p class="matter-now-label">
        <Text k="phone.matter.now" />
      </p>
      <p class={`matter-state state-${matter.state}`} data-testid="matter-state">
        <span class="matter-sign" aria-hidden="true" />
        <Text k={`phone.matter.state.${matter.state}`} />
      </p>
      {matter.state === 'correction' ? (
        <div class="matter-materials">
          <p>
            <Text k="phone.matter.materials" />
          </p>
          <ul data-testid="matter-materials">
            {matter.materials.map((m) => <li key={m}>{m}</li>)}
          </ul>
        </div>
      ) : null}
      {matter.state === 'rejected' && matter.reason ? (
        <p class="matter-reason" data-testid="matter-reason">
          <Text k="phone.matter.reason" vars={{ reason: matter.reason }} />
        </p>
      ) : null}
      <h3 class="matter-history-title">
        <Text k="phone.matter.history" />
      </h3>
      <ol class="matter-history" data-testid="matter-history">
        {[...matter.history].reverse().map((step, i) => (
          <li key={`${step.at}-${i}`} class="matter-step">
            <time class="matter-step-time" dateTime={new Date(step.at).toISOString()}>{stepTime(step.at)}</time>
            <Text k={`phone.matter.state.${step.state}`} class="matter-step-word" />
          </li>
        ))}
      </ol>
    </div>
  );
}
