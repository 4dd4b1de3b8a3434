import type { PortalServices } from '../../../protocol/portal';
import { Text } from '../../../ui-kit/i18n';
import { PageHeading } from '../parts/PageHeading';
import { DayList } from '../parts/DayList';

/**
 * Opening hours and the working-day calendar of the coming two weeks: which days the hall works
 * (holidays and 调休 working days by name) and, where every service keeps the same hours that day, those
 * hours; otherwise each service's page has its own.
 */
export function HoursPage(props: { data: PortalServices }) {
  const { data } = props;
  const hallHours = (index: number): string | null | 'varies' => {
    const distinct = new Set(data.services.map((s) => s.hours[index] ?? null));
    if (distinct.size === 0) return null;
    return distinct.size === 1 ? ([...distinct][0] ?? null) : 'varies';
  };
  return (
    <>
      <PageHeading>
        <Text k="portal.hours.title" />
      </PageHeading>
      <p class="portal-lead">
        <Text k="portal.hours.rule" />
      </p>
      <section aria-labelledby="hours-next">
        <h2 id="hours-next" class="portal-h2"><Text k="portal.hours.next" /></h2>
        <DayList days={data.days} hours={hallHours} testId="hall-days" />
      </section>
    </>
  );
}
