import { Text } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { FormShell } from '../../kit/FormShell';
import { useCommandForm } from '../../kit/use-command-form';
import { PrinterFields } from './PrinterFields';
import { preparePrinter } from './printer-form';

export function PrinterCreate() {
  const { navigate } = useConsole();
  const form = useCommandForm('printer.create', { id: '', name: '', url: '', paperWidth: '80' }, preparePrinter);
  return (
    <section class="form-page">
      <header class="screen-head">
        <h1>
          <Text k="admin.printers.new" />
        </h1>
        <a class="plain-button" href="#/printers">
          <Text k="admin.kit.back" />
        </a>
      </header>
      <FormShell form={form} onDone={(p) => navigate(`printers/${p.id}`)} submitLabel="admin.printers.add" testid="printer-form">
        <PrinterFields form={form} withId readOnly={false} />
      </FormShell>
    </section>
  );
}
