/**
 * Deleting a centre, service or counter: asked first, then refused in words when something still uses
 * it (IN_USE names what: its services, today's tickets, a tied device…), with the way out — disable it.
 */
import { useState } from 'preact/hooks';
import type { ErrorCode } from '../../../../protocol/errors';
import type { UiKey } from '../../../../protocol/catalog/ui-lookup';
import type { Outcome } from '../../../../ui-kit/command-outcome';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import { useLang } from '../../../../ui-kit/i18n';
import { ConfirmButton } from '../../kit/ConfirmDialog';

/** What still uses the thing, as the server names it in IN_USE's fields. */
const IN_USE_REASONS: Record<string, UiKey> = {
  services: 'admin.structure.inUse.services',
  counters: 'admin.structure.inUse.counters',
  staff: 'admin.structure.inUse.staff',
  tickets: 'admin.structure.inUse.tickets',
  devices: 'admin.structure.inUse.devices',
  status: 'admin.structure.inUse.status',
  id: 'admin.structure.inUse.id',
};

type Refusal = { code: ErrorCode; fields: readonly string[] } | { code: 'unanswered' };

export function RemoveButton(props: { label: UiKey; message: string; remove: () => Promise<Outcome<unknown>>; onRemoved: () => void }) {
  const { t } = useLang();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  return (
    <>
      <ConfirmButton label={props.label} testid="remove" message={props.message}
        onConfirm={async () => {
          setRefusal(null);
          const outcome = await props.remove();
          if (outcome.kind === 'ok') props.onRemoved();
          else setRefusal(outcome.kind === 'error' ? { code: outcome.code, fields: outcome.fields ?? [] } : { code: 'unanswered' });
        }} />
      {refusal === null ? null : refusal.code === 'unanswered' ? (
        <p class="error-note" role="alert">{t('account.unanswered')}</p>
      ) : refusal.code === 'IN_USE' ? (
        <div class="error-note" role="alert" data-testid="in-use">
          <span class="error-sign" aria-hidden="true">!</span>
          <span>
            {t('admin.structure.inUseIntro')}
            <ul class="facts-list">
              {refusal.fields.map((f) => <li key={f}>{t(IN_USE_REASONS[f] ?? 'admin.structure.inUse.id')}</li>)}
            </ul>
            {t('admin.structure.disableInstead')}
          </span>
        </div>
      ) : (
        <ErrorNote code={refusal.code} />
      )}
    </>
  );
}
