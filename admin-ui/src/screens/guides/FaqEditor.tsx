/** 常见问题: question and answer pairs, each with its problems below it. */
import type { ServiceGuide } from '../../../../protocol/guide';
import { useLang } from '../../../../ui-kit/i18n';
import { FieldFrame, ProblemText } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';

type Faq = ServiceGuide['faq'];

export function FaqEditor(props: { form: CommandForm<'guide.save'>; faq: Faq; onChange: (faq: Faq) => void; readOnly: boolean }) {
  const { t } = useLang();
  const { form, faq, onChange, readOnly } = props;
  const patch = (i: number, change: Partial<Faq[number]>): void => onChange(faq.map((item, j) => (j === i ? { ...item, ...change } : item)));
  return (
    <FieldFrame form={form} path="guide.faq" label="admin.guides.faq" group wide>
      <div class="line-list">
        {faq.map((item, i) => (
          <div key={i}>
            <div class="faq-row">
              <input value={item.q} readOnly={readOnly} placeholder={t('admin.guides.question')} aria-label={t('admin.guides.question')}
                onInput={(e) => patch(i, { q: e.currentTarget.value })} />
              <textarea rows={2} value={item.a} readOnly={readOnly} placeholder={t('admin.guides.answer')} aria-label={t('admin.guides.answer')}
                onInput={(e) => patch(i, { a: e.currentTarget.value })} />
              {readOnly ? null : (
                <button type="button" class="danger-button" onClick={() => onChange(faq.filter((_, j) => j !== i))}>
                  {t('admin.guides.removeLine')}
                </button>
              )}
            </div>
            <ProblemText problem={form.problemAt(`guide.faq.${i}.q`)} />
            <ProblemText problem={form.problemAt(`guide.faq.${i}.a`)} />
          </div>
        ))}
        {readOnly ? null : (
          <button type="button" class="plain-button" onClick={() => onChange([...faq, { q: '', a: '' }])}>{t('admin.guides.addQuestion')}</button>
        )}
      </div>
    </FieldFrame>
  );
}
