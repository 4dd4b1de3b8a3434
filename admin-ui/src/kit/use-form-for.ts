/**
 * The record an edit form shows, handed out only once the form holds that record's values. Until then
 * the screen shows its loading state, so a person (or a browser test) never types into a form that the
 * record's values arrive into a moment later and overwrite. Each time the record is read again (after
 * a save), the form follows it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FormValues } from './use-command-form';

interface Resettable {
  reset(values: FormValues): void;
}

/** `also` lists anything else the values are derived from (e.g. the hall's timezone). */
export function useFormFor<T>(record: T | null | undefined, form: Resettable, valuesOf: (record: NoInfer<T>) => FormValues,
  also: readonly unknown[] = []): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    if (record === null || record === undefined) return;
    // Both updates land in the same render: the record appears together with its values.
    form.reset(valuesOf(record));
    setShown(record);
  }, [record, ...also]);
  return shown;
}
