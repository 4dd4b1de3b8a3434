/**
 * What each kind of device may be tied to, as one rule for creating and editing (the record after the
 * change is checked whole). A kiosk prints on a printer and offers some or all centres; a display shows
 * the whole hall, one centre or one counter; a rating pad belongs to one counter.
 */
import type { DeviceBindingView, DeviceKind } from '../../protocol/views';
import { DEVICE_BINDING_FIELDS } from '../../protocol/admin';

type Field = keyof DeviceBindingView;

function isSet(binding: DeviceBindingView, field: Field): boolean {
  return field === 'centreIds' ? binding.centreIds.length > 0 : binding[field] !== null;
}

/** The fields that are wrong for the kind (named for the form), or [] when the binding fits. */
export function bindingProblems(kind: DeviceKind, binding: DeviceBindingView): Field[] {
  const problems = (['printerId', 'counterId', 'centreId', 'centreIds'] as const)
    .filter((field) => isSet(binding, field) && !DEVICE_BINDING_FIELDS[kind].includes(field));
  // A rating pad rates the tickets its counter finishes: without a counter it has nothing to rate.
  if (kind === 'rating-pad' && binding.counterId === null) problems.push('counterId');
  // A display shows one scope: a counter or a centre, not both.
  if (kind === 'display' && binding.centreId !== null && binding.counterId !== null) problems.push('centreId');
  return problems;
}
