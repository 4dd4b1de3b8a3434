import { useState } from 'preact/hooks';
import type { ErrorCode } from '../../../../protocol/errors';
import type { UiKey } from '../../../../protocol/catalog/ui-lookup';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole } from '../../kit/console';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm } from '../../kit/use-command-form';
import { PrinterFields } from './PrinterFields';
import { PrinterState, usePrinterState } from './PrinterState';
import { formValuesOf, preparePrinter } from './printer-form';
import { useFormFor } from '../../kit/use-form-for';

export function PrinterEdit(props: { id: string }) {
  const { t } = useLang();
  const { canEdit, stream, navigate } = useConsole();
  const read = useCommand('printer.get', { id: props.id });
  const state = usePrinterState(props.id, read.data?.status ?? null);
  const form = useCommandForm('printer.update', { id: props.id }, preparePrinter);
  const printer = useFormFor(read.data, form, formValuesOf);
  const [note, setNote] = useState<UiKey | null>(null);
  const [refusal, setRefusal] = useState<ErrorCode | null>(null);

  if (!printer) return <section class="form-page">{loadStatus(read)}</section>;

  async function testPrint(): Promise<void> {
    setNote(null);
    setRefusal(null);
    const outcome = await runCommand(stream, 'printer.test', { id: props.id });
    if (outcome.kind === 'ok') setNote(outcome.data.print.status === 'queued' ? 'admin.printers.testQueued' : 'admin.printers.testUnavailable');
    else setRefusal(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
  }

  return (
    <section class="form-page">
      <header class="screen-head">
        <h1>{t('admin.printers.edit', { name: printer.name })}</h1>
        <PrinterState state={state} testid="printer-state" />
        <a class="plain-button" href="#/printers">
          <Text k="admin.kit.back" />
        </a>
      </header>
      <FormShell form={form} readOnly={!canEdit} testid="printer-form"
        onDone={() => {
          setNote('admin.printers.applied');
          read.reload();
        }}
        actions={canEdit ? (
          <>
            <button type="button" class="plain-button" data-testid="printer-test" onClick={() => void testPrint()}>
              <Text k="admin.printers.test" />
            </button>
            <ConfirmButton label="admin.printers.remove" testid="printer-remove"
              message={t('admin.printers.removeConfirm', { name: printer.name })}
              onConfirm={async () => {
                setNote(null);
                setRefusal(null);
                const outcome = await runCommand(stream, 'printer.remove', { id: props.id });
                if (outcome.kind === 'ok') navigate('printers');
                else if (outcome.kind === 'error' && outcome.code === 'IN_USE') setNote('admin.printers.inUse');
                else setRefusal(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
              }} />
          </>
        ) : null}>
        <PrinterFields form={form} withId={false} readOnly={!canEdit} />
      </FormShell>
      {note ? <p class={note === 'admin.printers.inUse' ? 'error-note' : 'ok-note'} role="status" data-testid="printer-note">{t(note)}</p> : null}
      {refusal ? <ErrorNote code={refusal} /> : null}
    </section>
  );
}
