/** A new counter (counter.create): its number first (the next free one is proposed), then the rest. */
import { useEffect } from 'preact/hooks';
import { Text } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { NumberField } from '../../kit/fields';
import { FormShell } from '../../kit/FormShell';
import { useCommand } from '../../kit/use-command';
import { useCommandForm } from '../../kit/use-command-form';
import { CounterFields, prepareCounter } from './CounterFields';

export function CounterCreate() {
  const { navigate } = useConsole();
  const counters = useCommand('counter.list', {}).data;
  const centres = useCommand('centre.list', {}).data;
  const form = useCommandForm('counter.create', { name: '', serviceIds: [], callPolicy: 'oldest-first', enabled: true }, prepareCounter);
  const next = counters ? counters.reduce((max, c) => Math.max(max, c.id), 0) + 1 : undefined;
  const firstCentre = centres?.[0]?.id;
  useEffect(() => {
    if (next !== undefined) form.propose('id', next);
  }, [next]);
  useEffect(() => {
    if (firstCentre !== undefined) form.propose('centreId', firstCentre);
  }, [firstCentre]);
  return (
    <section class="form-page" data-testid="counter-page">
      <header class="screen-head">
        <h1><Text k="admin.counters.new" /></h1>
        <a class="plain-button" href="#/counters"><Text k="admin.kit.back" /></a>
      </header>
      <FormShell form={form} submitLabel="admin.counters.create" testid="counter-form" onDone={(c) => navigate(`counters/${c.id}`)}>
        <NumberField form={form} name="id" label="admin.counters.number" hint="admin.counters.numberHint" />
        <CounterFields form={form} readOnly={false} />
      </FormShell>
    </section>
  );
}
