import { Text, useLang } from '../../ui-kit/i18n';

/**
 * Who serves at this window, on every screen of the pad (so a resident knows whom they rate): the photo
 * when there is one, the masked name and the 工号.
 */
export function StaffBadge(props: { name: string; number: string | null; photo: string | null }) {
  const { t } = useLang();
  return (
    <span class="pad-staff" data-testid="pad-staff">
      {props.photo ? (
        <img class="pad-staff-photo" src={props.photo} alt={t('pad.staffPhoto')} draggable={false} data-testid="pad-staff-thumb" />
      ) : null}
      <span class="pad-staff-words">
        <Text k="pad.staff" vars={{ name: props.name }} bilingual />
        {props.number ? (
          <span class="pad-staff-number" data-testid="pad-staff-number">
            <Text k="pad.staffNumber" vars={{ number: props.number }} bilingual />
          </span>
        ) : null}
      </span>
    </span>
  );
}
