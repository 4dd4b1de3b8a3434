import type { TicketTrack } from '../../protocol/views';
import type { TicketWatch } from '../../protocol/client/ticket-watch';
import { ErrorNote } from '../../ui-kit/ErrorNote';
import { Text, useLang } from '../../ui-kit/i18n';
import { LangToggle } from '../../ui-kit/LangToggle';
import { counterList } from '../../ui-kit/names';
import { useSource } from '../../ui-kit/use-source';
import { useEffect } from 'preact/hooks';
import { RatingSlot } from './RatingSlot';
import { useCallAlert } from './use-call-alert';

export function PhonePage(props: { watch: TicketWatch | null }) {
  const { t } = useLang();
  useEffect(() => {
    document.title = `${t('hall.name')} · ${t('phone.title')}`;
  }, [t]);
  return (
    <div class="phone">
      <header class="phone-header">
        <p class="phone-hall">
          <Text k="hall.name" />
        </p>
        <LangToggle />
      </header>
      <main class="phone-body">{props.watch ? <Tracked watch={props.watch} /> : <BadLink />}</main>
    </div>
  );
}

function BadLink() {
  return (
    <p class="phone-message">
      <Text k="phone.badLink" />
    </p>
  );
}

function Tracked(props: { watch: TicketWatch }) {
  const state = useSource(props.watch);
  useCallAlert(state.ticket);
  const offline = state.status === 'offline' ? (
    <p class="phone-offline" role="status">
      <span aria-hidden="true">⟳ </span>
      <Text k="conn.offline" />
    </p>
  ) : null;
  if (state.error && !state.ticket) {
    return (
      <>
        {offline}
        <ErrorNote code={state.error} class="phone-message" />
      </>
    );
  }
  if (!state.ticket) {
    return (
      <>
        {offline}
        <p class="phone-message" role="status">
          <Text k="phone.loading" />
        </p>
      </>
    );
  }
  return (
    <>
      {offline}
      <TicketView ticket={state.ticket} />
    </>
  );
}

function TicketView(props: { ticket: TicketTrack }) {
  const { ticket } = props;
  return (
    <section class={`phone-ticket status-${ticket.status}`} aria-live="polite">
      <p class="phone-label">
        <Text k="phone.yourNumber" />
      </p>
      <p class="phone-number">{ticket.number}</p>
      <p class="phone-status">
        <Text k={`status.${ticket.status}`} />
      </p>
      <StatusDetail ticket={ticket} />
      {ticket.status === 'waiting' && ticket.servingCounters.length > 0 ? (
        <p class="phone-counters">
          <Text k="phone.counters" varsOf={(l) => ({ list: counterList(ticket.servingCounters, l) })} />
        </p>
      ) : null}
      {ticket.status === 'waiting' || ticket.status === 'called' ? (
        <p class="phone-live">
          <Text k="phone.live" />
        </p>
      ) : null}
    </section>
  );
}

function StatusDetail(props: { ticket: TicketTrack }) {
  const { ticket } = props;
  const counter = ticket.counterId ?? 0;
  switch (ticket.status) {
    case 'waiting':
      return (
        <div class="phone-queue">
          <p>
            <Text k="queue.peopleAhead" vars={{ n: ticket.peopleAhead }} />
          </p>
          {ticket.peopleAhead > 0 ? (
            <p>
              <Text k="queue.estimate" vars={{ n: ticket.estimateMinutes }} />
            </p>
          ) : null}
        </div>
      );
    case 'called':
      return (
        <div class="phone-called" role="alert">
          <p class="phone-called-counter">
            <Text k="phone.calledTo" vars={{ n: counter }} />
          </p>
          <p>
            <Text k="phone.calledHint" />
          </p>
        </div>
      );
    case 'serving':
      return (
        <p class="phone-message">
          <Text k="phone.servingAt" vars={{ n: counter }} />
        </p>
      );
    case 'held':
      return (
        <p class="phone-message">
          <Text k="phone.heldAt" vars={{ n: counter }} />
        </p>
      );
    case 'finished':
      return (
        <div class="phone-finished">
          <p class="phone-thanks">
            <Text k="phone.finished" />
          </p>
          <RatingSlot ticket={ticket} />
        </div>
      );
    case 'no_show':
      return (
        <p class="phone-message">
          <Text k="phone.noShow" />
        </p>
      );
    case 'cancelled':
    case 'expired':
      return (
        <p class="phone-message">
          <Text k="phone.invalid" />
        </p>
      );
  }
}
