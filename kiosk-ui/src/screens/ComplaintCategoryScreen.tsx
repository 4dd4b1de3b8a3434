import { COMPLAINT_CATEGORIES } from '../../../protocol/rating';
import { Text } from '../../../ui-kit/i18n';
import { Pictogram, type PictogramName } from '../parts/Pictogram';
import type { Navigator } from '../route';

const CATEGORY_ICONS: Record<(typeof COMPLAINT_CATEGORIES)[number], PictogramName> = {
  complaint: 'warning',
  suggestion: 'complaint',
  praise: 'rate',
  consultation: 'phone',
};

/** 投诉建议, step one: what kind of thing the resident wants to say. */
export function ComplaintCategoryScreen(props: { complaintPhone: string; nav: Navigator }) {
  return (
    <section class="screen complaint-screen" data-testid="complaint-screen">
      <h2 class="screen-title with-icon">
        <Pictogram name="complaint" size={60} />
        <Text k="kiosk.complaint.title" />
      </h2>
      <p class="screen-prompt">
        <Text k="kiosk.complaint.categoryPrompt" />
      </p>
      <div class="category-grid">
        {COMPLAINT_CATEGORIES.map((category) => (
          <button
            type="button"
            key={category}
            class="category-button"
            data-testid={`complaint-category-${category}`}
            onClick={() => props.nav.push({ screen: 'complaint-compose', category })}
          >
            <Pictogram name={CATEGORY_ICONS[category]} size={80} />
            <Text k={`complaint.category.${category}`} class="category-label" />
            <Text k={`kiosk.complaint.categoryHint.${category}`} class="category-hint" />
          </button>
        ))}
      </div>
      {props.complaintPhone ? (
        <p class="hint complaint-phone-line">
          <Text k="kiosk.complaint.phoneLine" vars={{ phone: props.complaintPhone }} />
        </p>
      ) : null}
    </section>
  );
}
