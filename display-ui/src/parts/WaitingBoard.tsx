import type { CentreView, HallSnapshot, ServiceLoad, ServiceView } from '../../../protocol/views';
import { centresInOrder, loadOf, servicesOfCentre, waitingInCentre } from '../../../ui-kit/hall-queries';
import { Stacked, Text } from '../../../ui-kit/i18n';
import { namesOf } from '../../../ui-kit/names';
import { PagedList } from './PagedList';

type Row = { kind: 'centre'; centre: CentreView; waiting: number } | { kind: 'service'; service: ServiceView; load: ServiceLoad | null };

/**
 * Waiting people per centre and per service, one row each (a centre's row heads its services); a
 * service that cannot take tickets says "暂停". As many rows as fit, in pages that take turns.
 */
export function WaitingBoard(props: { snapshot: HallSnapshot; now: number }) {
  const { snapshot } = props;
  const rows: Row[] = centresInOrder(snapshot).flatMap((centre): Row[] => [
    { kind: 'centre', centre, waiting: waitingInCentre(snapshot, centre.id) },
    ...servicesOfCentre(snapshot, centre.id).map((service): Row => ({ kind: 'service', service, load: loadOf(snapshot, service.id) })),
  ]);
  return (
    <PagedList
      class="waiting-board"
      title={<h2 class="board-title"><Text k="display.waiting.title" bilingual /></h2>}
      items={rows}
      keyOf={(row) => (row.kind === 'centre' ? `c:${row.centre.id}` : `s:${row.service.id}`)}
      keepsWithNext={(row) => row.kind === 'centre'}
      rowsOf={rowsOf}
      render={(row) => (row.kind === 'centre' ? <CentreRow centre={row.centre} waiting={row.waiting} /> : <ServiceRow service={row.service} load={row.load} />)}
      rowPx={52}
      gapPx={6}
      columns={1}
      rotate
      now={props.now}
      testid="queue-board"
    />
  );
}

/**
 * A name with Mongolian holds it above the Chinese (蒙汉文并用, same size): a centre's heading and a long
 * Mongolian service name may take two Mongolian lines, a short one takes one.
 */
const ONE_LINE_MN = 24;
function rowsOf(row: Row): number {
  const mn = row.kind === 'centre' ? row.centre.nameMn : row.service.nameMn;
  if (!mn) return 1;
  return row.kind === 'centre' || [...mn].length > ONE_LINE_MN ? 3 : 2;
}

function CentreRow(props: { centre: CentreView; waiting: number }) {
  return (
    <div class="centre-head">
      <Stacked {...namesOf(props.centre)} class="centre-head-name" bilingual />
      <span class="centre-head-count">
        <Text k="display.waiting.people" vars={{ n: props.waiting }} />
      </span>
    </div>
  );
}

function ServiceRow(props: { service: ServiceView; load: ServiceLoad | null }) {
  const { service, load } = props;
  return (
    <div class={`service-row ${load?.closedReason ? 'service-closed' : ''}`} data-testid={`waiting-${service.id}`} data-waiting={load?.waiting ?? 0}>
      <Stacked {...namesOf(service)} class="service-row-name" bilingual />
      <span class="service-row-count">
        {load?.closedReason ? <Text k="display.waiting.closed" /> : <Text k="display.waiting.people" vars={{ n: load?.waiting ?? 0 }} />}
      </span>
    </div>
  );
}
