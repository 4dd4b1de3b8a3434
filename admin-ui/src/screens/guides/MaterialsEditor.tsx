/** 申请材料: each material's name, form (原件/复印件), copies, issuing body and note, with each field's problem below its row. */
import { MATERIAL_FORMS, type GuideMaterial, type MaterialForm } from '../../../../protocol/guide';
import { useLang } from '../../../../ui-kit/i18n';
import { FieldFrame, ProblemText } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';
import { moved } from './LineList';

const FIELDS = ['name', 'nameMn', 'form', 'copies', 'issuer', 'note'] as const;

function isMaterialForm(value: string): value is MaterialForm {
  return MATERIAL_FORMS.some((f) => f === value);
}

export function MaterialsEditor(props: { form: CommandForm<'guide.save'>; materials: GuideMaterial[];
  onChange: (materials: GuideMaterial[]) => void; readOnly: boolean }) {
  const { t } = useLang();
  const { form, materials, onChange, readOnly } = props;
  const patch = (i: number, change: Partial<GuideMaterial>): void => onChange(materials.map((m, j) => (j === i ? { ...m, ...change } : m)));
  return (
    <FieldFrame form={form} path="guide.materials" label="admin.guides.section.materials" group wide>
      <div class="line-list" data-testid="materials">
        {materials.map((m, i) => (
          <div key={i}>
            <div class="material-row">
              <input value={m.name} readOnly={readOnly} placeholder={t('admin.guides.material.name')} aria-label={t('admin.guides.material.name')}
                data-testid={`field-guide.materials.${i}.name`} onInput={(e) => patch(i, { name: e.currentTarget.value })} />
              <input value={m.nameMn ?? ''} readOnly={readOnly} lang="mn-Mong" placeholder={t('admin.guides.material.nameMn')}
                aria-label={t('admin.guides.material.nameMn')} data-testid={`field-guide.materials.${i}.nameMn`}
                onInput={(e) => {
                  const nameMn = e.currentTarget.value;
                  const { nameMn: _old, ...rest } = m;
                  onChange(materials.map((old, j) => (j === i ? (nameMn === '' ? rest : { ...rest, nameMn }) : old)));
                }} />
              <select value={m.form} disabled={readOnly} aria-label={t('admin.guides.material.form')}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  if (isMaterialForm(value)) patch(i, { form: value });
                }}>
                {MATERIAL_FORMS.map((f) => <option key={f} value={f}>{t(`kiosk.material.${f}`)}</option>)}
              </select>
              <input value={String(m.copies)} readOnly={readOnly} inputMode="numeric" aria-label={t('admin.guides.material.copies')}
                data-testid={`field-guide.materials.${i}.copies`}
                onInput={(e) => {
                  const typed = e.currentTarget.value.trim();
                  patch(i, { copies: /^[0-9]+$/.test(typed) ? Number(typed) : Number.NaN });
                }} />
              <input value={m.issuer} readOnly={readOnly} placeholder={t('admin.guides.material.issuer')} aria-label={t('admin.guides.material.issuer')}
                onInput={(e) => patch(i, { issuer: e.currentTarget.value })} />
              <input value={m.note ?? ''} readOnly={readOnly} placeholder={t('admin.guides.material.note')} aria-label={t('admin.guides.material.note')}
                onInput={(e) => {
                  const note = e.currentTarget.value;
                  const { note: _old, ...rest } = m;
                  onChange(materials.map((old, j) => (j === i ? (note === '' ? rest : { ...rest, note }) : old)));
                }} />
              {readOnly ? null : (
                <span class="line-row">
                  <button type="button" class="plain-button" disabled={i === 0} onClick={() => onChange(moved(materials, i, i - 1))}>
                    {t('admin.guides.moveUp')}
                  </button>
                  <button type="button" class="danger-button" onClick={() => onChange(materials.filter((_, j) => j !== i))}>
                    {t('admin.guides.removeLine')}
                  </button>
                </span>
              )}
            </div>
            {FIELDS.map((f) => <ProblemText key={f} problem={form.problemAt(`guide.materials.${i}.${f}`)} />)}
          </div>
        ))}
        {readOnly ? null : (
          <button type="button" class="plain-button" data-testid="add-material"
            onClick={() => onChange([...materials, { name: '', form: 'original', copies: 1, issuer: '' }])}>
            {t('admin.guides.addMaterial')}
          </button>
        )}
      </div>
    </FieldFrame>
  );
}
