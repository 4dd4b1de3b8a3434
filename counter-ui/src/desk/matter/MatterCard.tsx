/** A matter as the desk shows it: the 受理编号 large, its state, the masked phone, the ticket, and its history. */
import type { MatterView } from '../../../../protocol/matters';
import { groupedMatterNumber } from '../../../../protocol/matters';
import { localDateTime } from '../../../../protocol/local-time';
import { Text, useLang } from '../../../../ui-kit/i18n';

export function MatterCard(props: { matter: MatterView; timezone: string }) {
  const { t } = useLang();
  const { matter } = props;
  return (
    <section class="matter-card" data-testid="desk-matter" data-state={matter.state}>
      <p class="matter-card-label"><Text k="desk.matter.number" /></p>
      <p class="matter-card-number" data-testid="desk-matter-number">{groupedMatterNumber(matter.number)}</p>
      <p class="matter-card-state" data-testid="desk-matter-state">{t(`phone.matter.state.${matter.state}`)}</p>
      <p class="matter-card-facts">
        {t('desk.matter.found', { ticket: matter.ticketNumber, day: matter.businessDay, phone: matter.maskedPhone, staff: matter.staffName ?? '—' })}
      </p>
      {matter.materials.length > 0 ? (
        <ul class="matter-card-materials">{matter.materials.map((m) => <li key={m}>{m}</li>)}</ul>
      ) : null}
      {matter.reason ? <p class="matter-card-reason">{t('phone.matter.reason', { reason: matter.reason })}</p> : null}
      <h3 class="panel-title"><Text k="desk.matter.history" /></h3>
      <ol class="matter-card-history">
        {matter.history.map((step, i) => (
          <li key={`${step.at}-${i}`}>
            <span class="row-number">{localDateTime(step.at, props.timezone)}</span> {t(`phone.matter.state.${step.state}`)}
            {step.materials.length > 0 ? ` · ${step.materials.join('、')}` : ''}
            {step.reason ? ` · ${step.reason}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
