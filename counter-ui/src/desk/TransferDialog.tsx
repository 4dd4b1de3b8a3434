import { useRef } from 'preact/hooks';
import type { CounterDesk, HallSnapshot } from '../../../protocol/views';
import { centresInOrder, servicesOfCentre } from '../../../ui-kit/hall-queries';
import { Text } from '../../../ui-kit/i18n';
import { useDialogKeys } from './dialog-keys';
import { DeskDialog } from './DeskDialog';

export type TransferTarget = { toServiceId: string } | { toCounterId: number };

/**
 * Where the ticket in hand goes: another service (any centre) or one specific open counter. By keyboard:
 * arrows move among the targets, a window's number jumps to it, Enter transfers, Escape cancels.
 */
export function TransferDialog(props: {
  desk: CounterDesk;
  snapshot: HallSnapshot;
  onTarget: (target: TransferTarget) => void;
  onCancel: () => void;
}) {
  const { desk, snapshot } = props;
  const dialog = useRef<HTMLDivElement>(null);
  useDialogKeys(dialog, props.onCancel);
  const current = desk.current;
  const counters = snapshot.counters
    .filter((c) => c.id !== desk.counter.id && c.status !== 'closed')
    .sort((a, b) => a.id - b.id);
  return (
    <DeskDialog id="transfer" title={<Text k="desk.transfer.title" vars={{ number: current?.number ?? '' }} />} leave="cancel"
      onLeave={props.onCancel} dialogRef={dialog} hint={<Text k="desk.transfer.keysHint" />}>
      <div class="dialog-columns">
        <section>
          <h3 class="panel-title">
            <Text k="desk.transfer.toService" />
          </h3>
          {centresInOrder(snapshot).map((centre) => (
            <div key={centre.id} class="transfer-group">
              <p class="transfer-centre">{centre.name}</p>
              <div class="transfer-options">
                {servicesOfCentre(snapshot, centre.id)
                  .filter((s) => s.enabled && s.id !== current?.serviceId)
                  .map((service) => (
                    <button
                      type="button"
                      key={service.id}
                      class="option-button"
                      data-choice
                      data-testid={`transfer-service-${service.id}`}
                      onClick={() => props.onTarget({ toServiceId: service.id })}
                    >
                      {service.name}
                    </button>
                  ))}
              </div>
            </div>
          ))}
        </section>
        <section>
          <h3 class="panel-title">
            <Text k="desk.transfer.toCounter" />
          </h3>
          {counters.length === 0 ? (
            <p class="panel-empty">
              <Text k="desk.transfer.noCounters" />
            </p>
          ) : (
            <div class="transfer-options">
              {counters.map((counter) => (
                <button
                  type="button"
                  key={counter.id}
                  class="option-button"
                  data-choice
                  data-number={String(counter.id)}
                  data-testid={`transfer-counter-${counter.id}`}
                  onClick={() => props.onTarget({ toCounterId: counter.id })}
                >
                  <Text k="counter.name" vars={{ n: counter.id }} />
                </button>
              ))}
            </div>
          )}
        </section>
      </div>
    </DeskDialog>
  );
}
