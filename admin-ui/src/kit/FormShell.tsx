/**
 * The frame of a console form: its fields in a grid, the summary of what is wrong (problems no field
 * shows, a refusal that names no field, no answer), and the buttons. Submitting runs `form.submit()`
 * and hands a success to `onDone`.
 */
import type { ComponentChildren } from 'preact';
import type { CommandName, CommandOutput } from '../../../protocol/commands';
import { ErrorNote } from '../../../ui-kit/ErrorNote';
import { Text, useLang } from '../../../ui-kit/i18n';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import type { CommandForm } from './use-command-form';

export function FormShell<N extends CommandName>(props: {
  form: CommandForm<N>;
  onDone: (answer: CommandOutput<N>) => void;
  submitLabel?: UiKey;
  /** Supervisors read the form; the submit button is not there for them. */
  readOnly?: boolean;
  children: ComponentChildren;
  /** More buttons beside submit (cancel, destructive actions). */
  actions?: ComponentChildren;
  testid?: string;
  /** The submit button's test id, where a page holds several forms (default `form-submit`). */
  submitTestid?: string;
}) {
  const { form } = props;
  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (props.readOnly) return;
    const answer = await form.submit();
    if (answer !== null) props.onDone(answer);
  }
  return (
    <form class="console-form" onSubmit={(e) => void submit(e)} data-testid={props.testid} noValidate>
      <div class="form-grid">{props.children}</div>
      <FormSummary form={form} />
      <div class="form-actions">
        {props.readOnly ? null : (
          <button type="submit" class="primary-button" data-testid={props.submitTestid ?? 'form-submit'} disabled={form.busy}>
            <Text k={form.busy ? 'admin.kit.working' : props.submitLabel ?? 'admin.kit.save'} />
          </button>
        )}
        {props.actions}
      </div>
    </form>
  );
}

export function FormSummary<N extends CommandName>(props: { form: CommandForm<N> }) {
  const { t } = useLang();
  const { problem } = props.form;
  if (!problem) return null;
  if (problem.kind === 'unanswered') return <p class="error-note" role="alert">{t('account.unanswered')}</p>;
  if (problem.kind === 'code') return <ErrorNote code={problem.code} />;
  const loose = props.form.unclaimed();
  return (
    <div class="error-note" role="alert" data-testid="form-problems">
      <span class="error-sign" aria-hidden="true">!</span>
      <span>
        {t('admin.kit.fixFields')}
        {loose.map(([path, p]) => (
          <span key={path} class="loose-problem">
            {path}: {t(p.key, p.vars)}
          </span>
        ))}
      </span>
    </div>
  );
}
