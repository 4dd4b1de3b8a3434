/**
 * How the follow-up of the resident's own 差评 stands (ticket.track's followUp): the four steps, those
 * reached ticked and the latest marked in words (never colour alone), what it means in plain words, the last
 * day it is to be handled by, and the result once closed. It says only what the case really records.
 */
import type { CaseProgress } from '../../protocol/cases';
import { Text } from '../../ui-kit/i18n';
import { dateWords, followUpSteps } from './follow-up';

export function FollowUpPanel(props: { progress: CaseProgress }) {
  const { status, deadline, result } = props.progress;
  return (
    <section class="follow-up" aria-labelledby="follow-up-title" data-testid="follow-up" data-status={status}>
      <h2 class="follow-up-title" id="follow-up-title">
        <Text k="phone.followUp.title" />
      </h2>
      <ol class="follow-up-steps">
        {followUpSteps(status).map((step) => (
          <li key={step.status} class={`follow-up-step step-${step.state}`} data-testid={`follow-up-step-${step.status}`}
            data-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined}>
            <span class="follow-up-sign" aria-hidden="true" />
            <Text k={`phone.followUp.step.${step.status}`} class="follow-up-word" />
            {step.state === 'current' ? <Text k="phone.followUp.stepNow" class="follow-up-tag" /> : null}
          </li>
        ))}
      </ol>
      <p class="follow-up-now" data-testid="follow-up-now">
        <Text k={`phone.followUp.now.${status}`} />
      </p>
      {status === 'closed' && result ? (
        <p class="follow-up-result" data-testid="follow-up-result">
          {result}
        </p>
      ) : null}
      {deadline && status !== 'closed' ? (
        <p class="follow-up-deadline" data-testid="follow-up-deadline">
          <Text k="phone.followUp.deadline" varsOf={(lang) => ({ date: dateWords(deadline, lang) })} />
        </p>
      ) : null}
      {status !== 'closed' ? (
        <p class="follow-up-live">
          <Text k="phone.followUp.live" />
        </p>
      ) : null}
    </section>
  );
}
