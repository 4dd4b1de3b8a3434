import { useEffect } from 'preact/hooks';
import type { TicketTrack } from '../../protocol/views';
import { groupedMatterNumber } from '../../protocol/matters';
import type { TicketWatch } from '../../protocol/client/ticket-watch';
import { sendCommand } from '../../protocol/client/hall-socket';
import { outcomeOf } from '../../ui-kit/command-outcome';
import { ErrorNote } from '../../ui-kit/ErrorNote';
import { Text, useLang } from '../../ui-kit/i18n';
import { LangToggle } from '../../ui-kit/LangToggle';
import { counterList } from '../../ui-kit/names';
import { useSource } from '../../ui-kit/use-source';
import type { CallSound } from './call-sound';
import { FollowUpPanel } from './FollowUpPanel';
import { MatterPanel, type SendLookup } from './MatterPanel';
import { RatingPanel, type SendRating } from './RatingPanel';
import { SoundSwitch } from './SoundSwitch';
import { useCallAlert } from './use-call-alert';
import { useServiceName } from './use-service-name';

export function PhonePage(props: { watch: TicketWatch | null; sound: CallSound | null }) {
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
      <main class="phone-body">{props.watch ? <Tracked watch={props.watch} sound={props.sound} /> : <BadLink />}</main>
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

function Tracked(props: { watch: TicketWatch; sound: CallSound | null }) {
  const { watch, sound } = props;
  const state = useSource(watch);
  useCallAlert(state.ticket, sound);
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
  const send: SendRating = (input) => outcomeOf(sendCommand(watch.socket, 'ticket.rate', input));
  const lookup: SendLookup = (input) => outcomeOf(sendCommand(watch.socket, 'matter.lookup', input));
  const active = state.ticket.status === 'waiting' || state.ticket.status === 'called';
  return (
    <>
      {offline}
      <TicketView ticket={state.ticket} send={send} lookup={lookup} />
      {active && sound ? <SoundSwitch sound={sound} /> : null}
      {active ? (
        <p class="phone-live">
          <Text k="phone.live" />
        </p>
      ) : null}
    </>
  );
}

function TicketView(props: { ticket: TicketTrack; send: SendRating; lookup: SendLookup }) {
  const { ticket } = props;
  const service = useServiceName(ticket.serviceId);
  return (
    <section class={`phone-ticket status-${ticket.status}`} aria-live="polite">
      <p class="phone-label">
        <Text k="phone.yourNumber" />
      </p>
      <p class="phone-number" data-testid="phone-number">
        {ticket.number}
      </p>
      {service ? (
        <p class="phone-service">
          <Text k="phone.service" varsOf={(lang) => ({ name: lang === 'mn' && service.nameMn ? service.nameMn : service.name })} />
        </p>
      ) : null}
      <p class="phone-status" data-testid="phone-status" data-status={ticket.status}>
        <Text k={`status.${ticket.status}`} />
      </p>
      <StatusDetail ticket={ticket} send={props.send} lookup={props.lookup} />
      {ticket.status === 'waiting' && ticket.servingCounters.length > 0 ? (
        <p class="phone-counters">
          <Text k="phone.counters" varsOf={(l) => ({ list: counterList(ticket.servingCounters, l) })} />
        </p>
      ) : null}
    </section>
  );
}

function StatusDetail(props: { ticket: TicketTrack; send: SendRating; lookup: SendLookup }) {
  const { ticket } = props;
  const counter = ticket.counterId ?? 0;
  switch (ticket.status) {
    case 'waiting':
      return (
        <div class="phone-queue">
          <p class="phone-ahead" data-testid="phone-ahead" data-count={ticket.peopleAhead}>
            <Text k={ticket.peopleAhead > 0 ? 'queue.peopleAhead' : 'phone.nextUp'} vars={{ n: ticket.peopleAhead }} />
          </p>
          {ticket.peopleAhead > 0 ? (
            <p class="phone-estimate">
              <Text k="queue.estimate" vars={{ n: ticket.estimateMinutes }} />
            </p>
          ) : null}
        </div>
      );
    case 'called':
      return (
        <div class="phone-called" data-testid="phone-called" data-counter={counter} role="alert">
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
          {ticket.matterNumber ? (
            <p class="phone-matter-recorded" data-testid="phone-matter-recorded">
              <Text k="phone.matter.recorded" vars={{ number: groupedMatterNumber(ticket.matterNumber) }} />
            </p>
          ) : null}
          {ticket.matterNumber ? <MatterPanel key={ticket.matterNumber} number={ticket.matterNumber} send={props.lookup} /> : null}
          <RatingPanel ticket={ticket} send={props.send} />
          {ticket.followUp ? <FollowUpPanel progress={ticket.followUp} /> : null}
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
