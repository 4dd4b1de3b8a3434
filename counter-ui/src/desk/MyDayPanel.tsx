import type { CaseSummary } from '../../../protocol/cases';
import type { DeskFigures } from '../../../protocol/desk-figures';
import { Text, useLang } from '../../../ui-kit/i18n';

/** "4 分 30 秒" from milliseconds. */
function minutesAndSeconds(ms: number): { m: number; s: number } {
  const seconds = Math.round(ms / 1000);
  return { m: Math.floor(seconds / 60), s: seconds % 60 };
}

/** The staff member's own figures today: served, average service time, and how residents rated them. */
export function MyDayPanel(props: { figures: DeskFigures }) {
  const { t } = useLang();
  const { figures } = props;
  const levels = figures.ratingsByLevel;
  return (
    <section class="panel my-day" data-testid="my-day">
      <h2 class="panel-title">
        <Text k="desk.mine.title" />
      </h2>
      <dl class="my-day-figures">
        <div>
          <dt><Text k="desk.mine.served" /></dt>
          <dd data-testid="my-served">{t('desk.mine.servedValue', { n: figures.served })}</dd>
        </div>
        <div>
          <dt><Text k="desk.mine.average" /></dt>
          <dd data-testid="my-average">
            {figures.averageServiceMs === null ? t('desk.mine.none') : t('desk.mine.averageValue', minutesAndSeconds(figures.averageServiceMs))}
          </dd>
        </div>
        <div>
          <dt><Text k="desk.mine.satisfaction" /></dt>
          <dd data-testid="my-satisfaction">
            {figures.satisfaction === null ? t('desk.mine.noRatings')
              : t('desk.mine.satisfactionValue', { percent: Math.round(figures.satisfaction * 100), n: figures.ratings })}
          </dd>
        </div>
      </dl>
      {figures.ratings > 0 ? (
        <p class="my-day-levels" data-testid="my-levels">
          {t('desk.mine.levels', { l5: levels[5], l4: levels[4], l3: levels[3], l2: levels[2], l1: levels[1] })}
        </p>
      ) : null}
    </section>
  );
}

/** The open 差评 and complaint cases about this staff member's service: to read, not to work on. */
export function MyCasesPanel(props: { cases: CaseSummary[] }) {
  const { t } = useLang();
  return (
    <section class="panel my-cases" data-testid="my-cases">
      <h2 class="panel-title">
        <Text k="desk.cases.title" vars={{ n: props.cases.length }} />
      </h2>
      {props.cases.length === 0 ? (
        <p class="panel-empty"><Text k="desk.cases.none" /></p>
      ) : (
        <>
          <p class="panel-empty"><Text k="desk.cases.readOnly" /></p>
          <ul class="ticket-rows">
            {props.cases.map((c) => (
              <li key={c.id} class={`ticket-row case-row ${c.overdue ? 'case-overdue' : ''}`} data-testid={`my-case-${c.id}`}>
                <span class="row-number">{c.ticketNumber ?? '—'}</span>
                <span>
                  {c.level !== null ? t(`rating.level.${c.level}`) : t(`desk.cases.kind.${c.kind}`)} · {t(`desk.cases.status.${c.status}`)}
                </span>
                <span class="row-note">
                  {c.overdue ? <strong class="case-overdue-word">{t('desk.cases.overdue')} </strong> : null}
                  {c.deadline !== null ? t('desk.cases.deadline', { date: c.deadline }) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
