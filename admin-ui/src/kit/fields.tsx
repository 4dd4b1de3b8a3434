/**
 * Form fields bound to a CommandForm by name: a label from the catalog, the input, an optional hint,
 * and the field's problem in words right below it (never only a red border).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CommandName } from '../../../protocol/commands';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { useLang } from '../../../ui-kit/i18n';
import type { CommandForm } from './use-command-form';
import type { FieldProblem } from './field-problems';

export function ProblemText(props: { problem: FieldProblem | undefined; testid?: string }) {
  const { t } = useLang();
  if (!props.problem) return null;
  return (
    <p class="field-error" role="alert" data-testid={props.testid}>
      <span class="error-sign" aria-hidden="true">!</span>
      {t(props.problem.key, props.problem.vars)}
    </p>
  );
}

/** Label, control, hint and problem of one field; `path` is what the form's problems are keyed by. */
export function FieldFrame<N extends CommandName>(props: { form: CommandForm<N>; path: string; label: UiKey; hint?: UiKey;
  children: ComponentChildren; wide?: boolean; group?: boolean }) {
  const { t } = useLang();
  props.form.claim(props.path);
  const problem = props.form.problemAt(props.path);
  return (
    <div class={`form-field ${problem ? 'has-problem' : ''} ${props.wide ? 'wide' : ''}`} data-field={props.path}>
      {props.group ? (
        <div role="group" aria-label={t(props.label)}>
          <span class="form-label">{t(props.label)}</span>
          {props.children}
        </div>
      ) : (
        <label>
          <span class="form-label">{t(props.label)}</span>
          {props.children}
        </label>
      )}
      {props.hint ? <span class="form-hint">{t(props.hint)}</span> : null}
      <ProblemText problem={problem} testid={`problem-${props.path}`} />
    </div>
  );
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function TextField<N extends CommandName>(props: { form: CommandForm<N>; name: string; label: UiKey; hint?: UiKey;
  type?: 'text' | 'tel' | 'password'; multiline?: boolean; readOnly?: boolean; wide?: boolean; placeholder?: string;
  /** Traditional Mongolian text: its own font (CJK fonts have no Mongolian glyphs). */
  mongolian?: boolean }) {
  const { form, name } = props;
  const common = {
    class: props.mongolian ? 'mn' : undefined, lang: props.mongolian ? 'mn-Mong' : undefined,
    name, 'data-testid': `field-${name}`, value: textOf(form.values[name]), readOnly: props.readOnly,
    'aria-invalid': form.problemAt(name) ? true : undefined, placeholder: props.placeholder,
  };
  return (
    <FieldFrame form={form} path={name} label={props.label} hint={props.hint} wide={props.wide}>
      {props.multiline ? (
        <textarea {...common} rows={5} onInput={(e) => form.set(name, e.currentTarget.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onInput={(e) => form.set(name, e.currentTarget.value)} />
      )}
    </FieldFrame>
  );
}

/**
 * A whole number. Left empty it is null (when `nullable`, e.g. "no limit") or missing; text that is no
 * number is kept as typed and handed on as NaN, so the schema names the field.
 */
export function NumberField<N extends CommandName>(props: { form: CommandForm<N>; name: string; label: UiKey; hint?: UiKey;
  nullable?: boolean; readOnly?: boolean }) {
  const { form, name } = props;
  const value = form.values[name];
  const [text, setText] = useState(textOf(value));
  useEffect(() => {
    if (typeof value === 'number' && !Number.isNaN(value) && String(value) !== text) setText(String(value));
    if (value === null || value === undefined) setText((old) => (old.trim() === '' ? old : ''));
  }, [value]);
  return (
    <FieldFrame form={form} path={name} label={props.label} hint={props.hint}>
      <input name={name} data-testid={`field-${name}`} inputMode="numeric" value={text} readOnly={props.readOnly}
        aria-invalid={form.problemAt(name) ? true : undefined}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          const trimmed = typed.trim();
          if (trimmed === '') form.set(name, props.nullable ? null : undefined);
          else form.set(name, /^-?[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN);
        }} />
    </FieldFrame>
  );
}

export interface Choice {
  value: string | null;
  label: string;
}

/**
 * One of a few values; a choice's value may be null ("none"). Choices still being read (null) show as a
 * disabled box saying so: an empty box would look like a field with nothing set and nothing to choose.
 */
export function SelectField<N extends CommandName>(props: { form: CommandForm<N>; name: string; label: UiKey; hint?: UiKey;
  choices: Choice[] | null; readOnly?: boolean }) {
  const { t } = useLang();
  const { form, name, choices } = props;
  if (choices === null) {
    return (
      <FieldFrame form={form} path={name} label={props.label} hint={props.hint}>
        <select name={name} data-testid={`field-${name}`} disabled aria-busy="true">
          <option>{t('admin.kit.loading')}</option>
        </select>
      </FieldFrame>
    );
  }
  const selected = choices.findIndex((c) => c.value === form.values[name]);
  return (
    <FieldFrame form={form} path={name} label={props.label} hint={props.hint}>
      <select name={name} data-testid={`field-${name}`} disabled={props.readOnly} value={String(selected)}
        onChange={(e) => form.set(name, choices[Number(e.currentTarget.value)]?.value ?? null)}>
        {selected < 0 ? <option value="-1" /> : null}
        {choices.map((c, i) => <option key={c.value ?? ''} value={String(i)}>{c.label}</option>)}
      </select>
    </FieldFrame>
  );
}

/** Several of a fixed list (kept in the list's order). */
export function ChecklistField<N extends CommandName>(props: { form: CommandForm<N>; name: string; label: UiKey;
  choices: { value: string; label: string }[]; readOnly?: boolean }) {
  const { form, name, choices } = props;
  const raw = form.values[name];
  const current: unknown[] = Array.isArray(raw) ? raw : [];
  const toggle = (value: string, on: boolean): void => {
    form.set(name, choices.map((c) => c.value).filter((v) => (v === value ? on : current.includes(v))));
  };
  return (
    <FieldFrame form={form} path={name} label={props.label} group>
      <span class="checklist">
        {choices.map((c) => (
          <label key={c.value} class="check">
            <input type="checkbox" data-testid={`field-${name}-${c.value}`} checked={current.includes(c.value)}
              disabled={props.readOnly} onChange={(e) => toggle(c.value, e.currentTarget.checked)} />
            {c.label}
          </label>
        ))}
      </span>
    </FieldFrame>
  );
}
