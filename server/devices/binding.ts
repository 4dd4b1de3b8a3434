/**
 * What each kind of device may be tied to, as one rule for creating and editing (the record after the
 * change is checked whole). A kiosk prints on a printer and offers some or all centres; a display is of
 * one kind (the whole hall, one centre, one window, or compact) with the links its kind takes; a rating pad belongs to one counter.
 */
import type { DeviceBindingView, DeviceKind } from '../../protocol/views';
import { DEVICE_BINDING_FIELDS } from '../../protocol/admin';
import { displayKindProblems } from '../../protocol/display-kind';

type Field = keyof DeviceBindingView;

function isSet(binding: DeviceBindingView, field: Field): boolean {
  return field === 'centreIds' ? binding.centreIds.length > 0 : binding[field] !== null;
}

const FIELDS = ['printerId', 'counterId', 'centreId', 'centreIds', 'displayKind'] as const satisfies readonly Field[];

/** The fields that are wrong for the kind (named for the form), or [] when the binding fits. */
export function bindingProblems(kind: DeviceKind, binding: DeviceBindingView): Field[] {
  const problems: Field[] = FIELDS
    .filter((field) => isSet(binding, field) && !DEVICE_BINDING_FIELDS[kind].includes(field));
  // A rating pad rates the tickets its counter finishes: without a counter it has nothing to rate.
  if (kind === 'rating-pad' && binding.counterId === null) problems.push('counterId');
  // A display's kind says which links it takes (a window display its counter, a centre display its centre).
  if (kind === 'display') problems.push(...displayKindProblems(binding).filter((f) => !problems.includes(f)));
  return problems;
}
