/**
 * The desk's matter forms as data: the state chosen, the guide's materials ticked and others typed (one a
 * line), the reason. Pure: turns a form into the command's details, or names what is missing first, by the
 * rule the server keeps (protocol/matter-flow.ts).
 */
import type { MatterState } from '../../../../protocol/matters';
import { MATTER_MATERIAL_MAX, MATTER_MATERIALS_MAX } from '../../../../protocol/matters';
import { missingDetail } from '../../../../protocol/matter-flow';

export interface StateForm {
  state: MatterState;
  /** Materials ticked from the service's 办理指南, by name. */
  picked: string[];
  /** Other materials, one a line. */
  other: string;
  reason: string;
}

export function emptyStateForm(state: MatterState): StateForm {
  return { state, picked: [], other: '', reason: '' };
}

/** The materials of the form: ticked first, then typed lines, each once, within the server's limits. */
export function materialsOf(form: StateForm): string[] {
  const typed = form.other.split('\n').map((line) => line.trim().slice(0, MATTER_MATERIAL_MAX)).filter((line) => line !== '');
  return [...new Set([...form.picked, ...typed])].slice(0, MATTER_MATERIALS_MAX);
}

/** The details the command takes for the chosen state (only those the state takes). */
export function detailOf(form: StateForm): { materials?: string[]; reason?: string } {
  if (form.state === 'correction') return { materials: materialsOf(form) };
  if (form.state === 'rejected') return { reason: form.reason.trim() };
  return {};
}

/** What the form still lacks for its state, or null. */
export function formProblem(form: StateForm): 'materials' | 'reason' | null {
  const reason = form.reason.trim();
  return missingDetail(form.state, { materials: materialsOf(form), reason: reason === '' ? null : reason });
}

export function togglePicked(form: StateForm, name: string): StateForm {
  return { ...form, picked: form.picked.includes(name) ? form.picked.filter((n) => n !== name) : [...form.picked, name] };
}
