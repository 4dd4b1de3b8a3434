import { canonicalMatterNumber } from '../../../protocol/matters';
import { Text } from '../../../ui-kit/i18n';
import { MatterPanel, type SendLookup } from '../../phone/MatterPanel';
import { PageHeading } from '../parts/PageHeading';
import { readApi } from '../read-api';

/** The anonymous lookup the page sends: GET /api/cases/lookup, the public path of matter.lookup. */
const lookup: SendLookup = (input) =>
  readApi(`/api/cases/lookup?number=${encodeURIComponent(canonicalMatterNumber(input.number))}&phoneTail=${encodeURIComponent(input.phoneTail)}`);

/**
 * 办件查询 on the portal: the resident types the 受理编号 the window gave them and the last four digits of
 * the mobile number they left, and sees the state, the materials of a 补正, the reason of a 不予受理 and
 * every step with its time (the same form as the ticket's phone page).
 */
export function MattersPage() {
  return (
    <>
      <PageHeading>
        <Text k="phone.matter.title" />
      </PageHeading>
      <MatterPanel number="" send={lookup} titled={false} />
    </>
  );
}
