/**
 * A list of one-line texts (依据, 条件, 流程, 承诺, 纪律, 告知事项): each line its own input with its problem
 * below it, lines moved up and down, added and removed.
 */
import type { UiKey } from '../../../../protocol/catalog/ui-lookup';
import { useLang } from '../../../../ui-kit/i18n';
import { FieldFrame, ProblemText } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';

export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function LineList(props: { form: CommandForm<'guide.save'>; path: string; label: UiKey; items: string[];
  onChange: (items: string[]) => void; readOnly: boolean; multiline?: boolean }) {
  const { t } = useLang();
  const { form, path, items, onChange, readOnly } = props;
  const replace = (i: number, value: string): void => onChange(items.map((old, j) => (j === i ? value : old)));
  return (
    <FieldFrame form={form} path={path} label={props.label} group wide>
      <div class="line-list" data-testid={`lines-${path}`}>
        {items.map((item, i) => (
          <div key={i}>
            <div class="line-row">
              {props.multiline ? (
                <textarea rows={2} value={item} readOnly={readOnly} data-testid={`field-${path}.${i}`} aria-label={`${t(props.label)} ${i + 1}`}
                  onInput={(e) => replace(i, e.currentTarget.value)} />
              ) : (
                <input value={item} readOnly={readOnly} data-testid={`field-${path}.${i}`} aria-label={`${t(props.label)} ${i + 1}`}
                  onInput={(e) => replace(i, e.currentTarget.value)} />
              )}
              {readOnly ? null : (
                <>
                  <button type="button" class="plain-button" disabled={i === 0} onClick={() => onChange(moved(items, i, i - 1))}>
                    {t('admin.guides.moveUp')}
                  </button>
                  <button type="button" class="plain-button" disabled={i === items.length - 1} onClick={() => onChange(moved(items, i, i + 1))}>
                    {t('admin.guides.moveDown')}
                  </button>
                  <button type="button" class="danger-button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                    {t('admin.guides.removeLine')}
                  </button>
                </>
              )}
            </div>
            <ProblemText problem={form.problemAt(`${path}.${i}`)} />
          </div>
        ))}
        {readOnly ? null : (
          <button type="button" class="plain-button" data-testid={`add-${path}`} onClick={() => onChange([...items, ''])}>
            {t('admin.guides.addLine')}
          </button>
        )}
      </div>
    </FieldFrame>
  );
}
