/** A new service (service.create); its hours and limits are set right after, on its own page. */
import { useEffect } from 'preact/hooks';
import { Text } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { FormShell } from '../../kit/FormShell';
import { TextField } from '../../kit/fields';
import { useCommand } from '../../kit/use-command';
import { useCommandForm } from '../../kit/use-command-form';
import { ServiceFields, prepareService } from './ServiceFields';

export function ServiceCreate() {
  const { navigate } = useConsole();
  const centres = useCommand('centre.list', {}).data;
  const form = useCommandForm('service.create', {
    id: '', name: '', nameMn: '', prefix: '', sharePrefix: false, defaultServiceMinutes: 10, priorityOffered: true, enabled: true,
  }, prepareService);
  const firstCentre = centres?.[0]?.id;
  useEffect(() => {
    // The first centre is chosen until the admin picks another.
    if (firstCentre !== undefined) form.propose('centreId', firstCentre);
  }, [firstCentre]);
  return (
    <section class="form-page" data-testid="service-page">
      <header class="screen-head">
        <h1><Text k="admin.services.new" /></h1>
        <a class="plain-button" href="#/services"><Text k="admin.kit.back" /></a>
      </header>
      <FormShell form={form} submitLabel="admin.services.create" testid="service-form" onDone={(s) => navigate(`services/${s.id}`)}>
        <TextField form={form} name="id" label="admin.structure.id" hint="admin.structure.idHint" />
        <ServiceFields form={form} readOnly={false} self={null} />
      </FormShell>
      <p class="muted"><Text k="admin.services.hoursAfterCreate" /></p>
    </section>
  );
}
