/**
 * One service's 办理指南, every field of the national standard, beside the kiosk page it makes. The whole
 * guide is saved at once with guide.save; each refused field shows its reason where it is typed. Files
 * are uploaded and removed on their own (./SamplesEditor) and land in the guide at once.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ITEM_TYPES, MAX_VISITS, type GuideFields, type ItemType, type ServiceGuide } from '../../../../protocol/guide';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole, useHall } from '../../kit/console';
import { FieldFrame } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type CommandForm } from '../../kit/use-command-form';
import { BoundText } from '../bound-text';
import { LineList } from './LineList';
import { MaterialsEditor } from './MaterialsEditor';
import { FaqEditor } from './FaqEditor';
import { SamplesEditor } from './SamplesEditor';
import { GuidePreview } from './GuidePreview';

function fieldsOf(guide: ServiceGuide): GuideFields {
  const { serviceId: _serviceId, ...fields } = guide;
  return fields;
}

function isItemType(value: string): value is ItemType {
  return ITEM_TYPES.some((type) => type === value);
}

type TextKey = { [K in keyof GuideFields]: GuideFields[K] extends string ? K : never }[keyof GuideFields];
type ListKey = 'basis' | 'conditions' | 'process' | 'commitments' | 'discipline' | 'noticeNotes';

export function GuideEditor(props: { serviceId: string }) {
  const { t } = useLang();
  const { canEdit } = useConsole();
  const service = useHall().snapshot?.services.find((s) => s.id === props.serviceId);
  const read = useCommand('guide.get', { serviceId: props.serviceId });
  // The guide being edited; the form sends it whole when saved.
  const [draft, setDraft] = useState<GuideFields | null>(null);
  const prepare = useCallback(() => ({ serviceId: props.serviceId, guide: draft }), [props.serviceId, draft]);
  const form = useCommandForm('guide.save', {}, prepare);
  // What is typed and not yet saved survives the re-reads every configuration change brings.
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (read.data && !dirty) setDraft(fieldsOf(read.data.guide));
  }, [read.data]);

  const loaded = read.data;
  if (!loaded || !draft) return <section class="form-page">{loadStatus(read)}</section>;
  const guide = draft;
  const readOnly = !canEdit;
  function change(patch: Partial<GuideFields>): void {
    setDirty(true);
    setSaved(false);
    setDraft({ ...guide, ...patch });
  }
  const text = (key: TextKey, label: Parameters<typeof BoundText>[0]['label'], opts: { multiline?: boolean; hint?: typeof label; wide?: boolean } = {}) => (
    <BoundText form={form} path={`guide.${key}`} label={label} hint={opts.hint} value={guide[key]} multiline={opts.multiline}
      wide={opts.wide} readOnly={readOnly} onInput={(value) => change({ [key]: value })} />
  );
  const list = (key: ListKey, label: Parameters<typeof LineList>[0]['label']) => (
    <LineList form={form} path={`guide.${key}`} label={label} items={guide[key]} readOnly={readOnly} onChange={(items) => change({ [key]: items })} />
  );

  return (
    <section class="form-page" data-testid="guide-editor">
      <header class="screen-head">
        <h1>{t('admin.guides.edit', { name: service?.name ?? props.serviceId })}</h1>
        <a class="plain-button" href="#/guides"><Text k="admin.kit.back" /></a>
      </header>
      {loaded.stored ? null : <p class="notice" data-testid="guide-not-stored">{t('admin.guides.notStored')}</p>}
      <div class="editor-with-preview">
        <div class="screen-stack">
          <FormShell form={form} readOnly={readOnly} testid="guide-form" onDone={() => {
            setDirty(false);
            setSaved(true);
            read.reload();
          }}>
            <Section title="admin.guides.section.basic">
              {text('summary', 'admin.guides.summary', { multiline: true, wide: true })}
              {text('authority', 'admin.guides.authority')}
              {text('itemCode', 'admin.guides.itemCode', { hint: 'admin.guides.itemCodeHint' })}
              <ItemTypeField form={form} value={guide.itemType} readOnly={readOnly} onChange={(itemType) => change({ itemType })} />
              <VisitsField form={form} value={guide.visits} readOnly={readOnly} onChange={(visits) => change({ visits })} />
              {text('result', 'admin.guides.result')}
              <label class="check-line">
                <input type="checkbox" checked={guide.sampleContent} disabled={readOnly} data-testid="field-guide.sampleContent"
                  onChange={(e) => change({ sampleContent: e.currentTarget.checked })} />
                {t('admin.guides.sampleContent')}
              </label>
            </Section>
            <Section title="admin.guides.section.lists">
              {list('basis', 'admin.guides.basis')}
              {list('conditions', 'admin.guides.conditions')}
              {list('process', 'admin.guides.process')}
            </Section>
            <Section title="admin.guides.section.materials">
              <MaterialsEditor form={form} materials={guide.materials} readOnly={readOnly} onChange={(materials) => change({ materials })} />
            </Section>
            <Section title="admin.guides.section.notice">
              {list('noticeNotes', 'admin.guides.noticeNotes')}
            </Section>
            <Section title="admin.guides.section.facts">
              {text('legalTimeLimit', 'admin.guides.legalTimeLimit')}
              {text('promisedTimeLimit', 'admin.guides.promisedTimeLimit')}
              {text('fees', 'admin.guides.fees', { hint: 'admin.guides.feesHint' })}
              {text('place', 'admin.guides.place', { wide: true })}
              {text('hours', 'admin.guides.hours', { wide: true })}
              {text('phone', 'admin.guides.phone')}
              {text('supervision', 'admin.guides.supervision', { wide: true })}
            </Section>
            <Section title="admin.guides.section.rules">
              {list('commitments', 'admin.guides.commitments')}
              {list('discipline', 'admin.guides.discipline')}
              <FaqEditor form={form} faq={guide.faq} readOnly={readOnly} onChange={(faq) => change({ faq })} />
            </Section>
          </FormShell>
          {saved ? <p class="ok-note" role="status" data-testid="guide-saved">{t('admin.guides.saved')}</p> : null}
          <SamplesEditor form={form} serviceId={props.serviceId} stored={loaded.stored} readOnly={readOnly}
            files={{ samples: guide.samples, resultSample: guide.resultSample }}
            onTitles={(samples) => change({ samples })}
            // A file added or removed is already stored: the form follows without becoming "unsaved".
            onFiles={(files) => setDraft({ ...guide, ...files })} />
        </div>
        <GuidePreview guide={{ serviceId: props.serviceId, ...guide }} serviceName={service?.name ?? ''} />
      </div>
    </section>
  );
}

function Section(props: { title: Parameters<typeof Text>[0]['k']; children: ComponentChildren }) {
  return (
    <fieldset class="editor-section wide">
      <legend><Text k={props.title} /></legend>
      {props.children}
    </fieldset>
  );
}

function ItemTypeField(props: { form: CommandForm<'guide.save'>; value: ItemType; readOnly: boolean; onChange: (t: ItemType) => void }) {
  const { t } = useLang();
  return (
    <FieldFrame form={props.form} path="guide.itemType" label="admin.guides.itemType">
      <select value={props.value} disabled={props.readOnly} data-testid="field-guide.itemType"
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isItemType(value)) props.onChange(value);
        }}>
        {ITEM_TYPES.map((type) => <option key={type} value={type}>{t(`guide.itemType.${type}`)}</option>)}
      </select>
    </FieldFrame>
  );
}

function VisitsField(props: { form: CommandForm<'guide.save'>; value: number; readOnly: boolean; onChange: (n: number) => void }) {
  return (
    <FieldFrame form={props.form} path="guide.visits" label="admin.guides.visits" hint="admin.guides.visitsHint">
      <select value={String(props.value)} disabled={props.readOnly} data-testid="field-guide.visits"
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
        {Array.from({ length: MAX_VISITS + 1 }, (_, n) => <option key={n} value={String(n)}>{n}</option>)}
      </select>
    </FieldFrame>
  );
}
