/**
 * A text field whose value lives under one name of the form and whose problems come under another
 * path (a form holds `zhTitle`; the command's schema names `zh.title`). Shared by the guide, board
 * and notice editors of this folder family.
 */
import type { CommandName } from '../../../protocol/commands';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { FieldFrame } from '../kit/fields';
import type { CommandForm } from '../kit/use-command-form';

export function BoundText<N extends CommandName>(props: { form: CommandForm<N>; path: string; label: UiKey; hint?: UiKey;
  value: string; onInput: (value: string) => void; multiline?: boolean; mongolian?: boolean; readOnly?: boolean; wide?: boolean;
  rows?: number }) {
  const common = {
    class: props.mongolian ? 'mn' : undefined, lang: props.mongolian ? 'mn-Mong' : undefined, 'data-testid': `field-${props.path}`,
    value: props.value, readOnly: props.readOnly, 'aria-invalid': props.form.problemAt(props.path) ? true : undefined,
  };
  return (
    <FieldFrame form={props.form} path={props.path} label={props.label} hint={props.hint} wide={props.wide}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 5} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" onInput={(e) => props.onInput(e.currentTarget.value)} />
      )}
    </FieldFrame>
  );
}
