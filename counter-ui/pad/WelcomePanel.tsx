import type { CounterView } from '../../protocol/views';
import { Text, useLang } from '../../ui-kit/i18n';

/** The calm screen between residents: a welcome, who serves at this window, and what it is doing in words. */
export function WelcomePanel(props: { counter: CounterView | null }) {
  const { counter } = props;
  return (
    <section class="welcome" data-testid="pad-idle">
      {counter?.staffName && counter.staffPhoto ? (
        <StaffCard name={counter.staffName} number={counter.staffNumber} photo={counter.staffPhoto} />
      ) : null}
      <h1 class="welcome-word">
        <Text k="pad.welcome" bilingual />
      </h1>
      <p class="welcome-line">
        {counter === null ? (
          <Text k="pad.connecting" />
        ) : counter.status !== 'open' ? (
          <span class={`welcome-status welcome-status-${counter.status}`}>
            <Text k={`counter.status.${counter.status}`} bilingual />
          </span>
        ) : counter.currentNumber !== null ? (
          <span data-testid="pad-now-serving">
            <Text k="pad.nowServing" vars={{ number: counter.currentNumber }} />
          </span>
        ) : (
          <Text k="pad.welcomeHint" />
        )}
      </p>
    </section>
  );
}

/** The photo of whoever works this window, beside their masked name and 工号, so a resident knows whom they rate. */
function StaffCard(props: { name: string; number: string | null; photo: string }) {
  const { t } = useLang();
  return (
    <figure class="welcome-staff" data-testid="pad-staff-card">
      <img class="welcome-staff-photo" src={props.photo} alt={t('pad.staffPhoto')} draggable={false} data-testid="pad-staff-photo" />
      <figcaption class="welcome-staff-name">
        <Text k="pad.staff" vars={{ name: props.name }} bilingual />
        {props.number ? (
          <span class="welcome-staff-number">
            <Text k="pad.staffNumber" vars={{ number: props.number }} bilingual />
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
