/** The fields of a device: its name, and what its kind is tied to (the other kinds' fields are not shown). */
import type { CommandName } from '../../../../protocol/commands';
import type { DeviceKind } from '../../../../protocol/views';
import { centresInOrder } from '../../../../ui-kit/hall-queries';
import { useLang } from '../../../../ui-kit/i18n';
import { useHall } from '../../kit/console';
import { ChecklistField, FieldFrame, ProblemText, SelectField, TextField, type Choice } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';

function counterChoices(counters: { id: number; name: string }[]): Choice[] {
  return [...counters].sort((a, b) => a.id - b.id).map((c) => ({ value: String(c.id), label: c.name }));
}

export function DeviceFields<N extends CommandName>(props: { form: CommandForm<N>; kind: DeviceKind; readOnly: boolean }) {
  const { t } = useLang();
  const hall = useHall().snapshot;
  const { form, kind, readOnly } = props;
  const centres = hall ? centresInOrder(hall) : [];
  const counters = hall?.counters ?? [];
  const printers = hall?.printers ?? [];
  return (
    <>
      <TextField form={form} name="name" label="admin.devices.name" hint="admin.devices.nameHint" readOnly={readOnly} />
      {kind === 'kiosk' ? (
        <>
          <SelectField form={form} name="printerId" label="admin.devices.printer" readOnly={readOnly}
            choices={[...printers.map((p) => ({ value: p.printerId, label: p.name })), { value: null, label: t('admin.devices.noPrinter') }]} />
          <ChecklistField form={form} name="centreIds" label="admin.devices.centres" readOnly={readOnly}
            choices={centres.map((c) => ({ value: c.id, label: c.name }))} />
          <p class="form-hint wide">{t('admin.devices.centresHint')}</p>
        </>
      ) : null}
      {kind === 'display' ? <ScopeField form={form} readOnly={readOnly} centres={centres} counters={counters} /> : null}
      {kind === 'rating-pad' ? (
        <SelectField form={form} name="counterId" label="admin.devices.counter" readOnly={readOnly} choices={counterChoices(counters)} />
      ) : null}
    </>
  );
}

/**
 * A display's kind and scope as one choice: the whole hall, a centre, a counter (its window display), or
 * the compact layout for a small screen (the whole hall or one centre). It writes `displayKind`,
 * `centreId` and `counterId` together, so they can never disagree by mistake.
 */
function ScopeField<N extends CommandName>(props: { form: CommandForm<N>; readOnly: boolean; centres: { id: string; name: string }[];
  counters: { id: number; name: string }[] }) {
  const { t } = useLang();
  const { form } = props;
  form.claim('counterId');
  form.claim('displayKind');
  const choices = [
    { value: 'hall', label: t('admin.devices.scopeHall') },
    ...props.centres.map((c) => ({ value: `centre:${c.id}`, label: t('admin.devices.scopeCentre', { name: c.name }) })),
    ...counterChoices(props.counters).map((c) => ({ value: `window:${c.value ?? ''}`, label: t('admin.devices.scopeCounter', { name: c.label }) })),
    { value: 'compact', label: t('admin.devices.scopeCompact') },
    ...props.centres.map((c) => ({ value: `compact:${c.id}`, label: t('admin.devices.scopeCompactCentre', { name: c.name }) })),
  ];
  const { counterId, centreId, displayKind } = form.values;
  const current = typeof counterId === 'string' ? `window:${counterId}`
    : displayKind === 'compact' ? (typeof centreId === 'string' ? `compact:${centreId}` : 'compact')
    : typeof centreId === 'string' ? `centre:${centreId}` : 'hall';
  return (
    <FieldFrame form={form} path="centreId" label="admin.devices.scope" hint="admin.devices.scopeHint">
      <select name="scope" data-testid="field-scope" disabled={props.readOnly} value={current}
        onChange={(e) => {
          const [kind = 'hall', id = ''] = e.currentTarget.value.split(':');
          form.set('displayKind', kind);
          form.set('centreId', (kind === 'centre' || kind === 'compact') && id !== '' ? id : null);
          form.set('counterId', kind === 'window' ? id : null);
        }}>
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
      <ProblemText problem={form.problemAt('counterId')} testid="problem-counterId" />
      <ProblemText problem={form.problemAt('displayKind')} testid="problem-displayKind" />
    </FieldFrame>
  );
}
