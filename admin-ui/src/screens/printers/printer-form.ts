/** Between the printer form and its commands: the paper width is chosen in a select (text) and sent as the number. */
import type { PrinterConfigView } from '../../../../protocol/admin';
import type { Choice } from '../../kit/fields';
import type { FormValues } from '../../kit/use-command-form';

export function preparePrinter(values: FormValues): FormValues {
  const { paperWidth } = values;
  return typeof paperWidth === 'string' ? { ...values, paperWidth: Number(paperWidth) } : values;
}

export function formValuesOf(p: PrinterConfigView): FormValues {
  return { id: p.id, name: p.name, url: p.url, paperWidth: String(p.paperWidth) };
}

export function paperChoices(t: (key: 'admin.printers.paper58' | 'admin.printers.paper80') => string): Choice[] {
  return [{ value: '80', label: t('admin.printers.paper80') }, { value: '58', label: t('admin.printers.paper58') }];
}
