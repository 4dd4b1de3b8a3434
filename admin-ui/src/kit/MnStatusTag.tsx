/**
 * The review status of a Mongolian text (缺译, 草稿, 已审定), one look wherever the console shows one: the
 * translation workbench, and the lists and pages of configured names (centres, services, calendar days),
 * so nobody takes a draft for reviewed text.
 */
import type { MnStatus } from '../../../protocol/catalog/mn-coverage';
import { useLang } from '../../../ui-kit/i18n';
import './MnStatusTag.css';

export function MnStatusTag(props: { status: MnStatus; testid?: string }) {
  const { t } = useLang();
  return <span class={`mn-status mn-status-${props.status}`} data-testid={props.testid}>{t(`admin.mnTexts.status.${props.status}`)}</span>;
}

/** A configured name's Mongolian with its review status beside it. */
export function MnNameCell(props: { mn: string; status: MnStatus; testid?: string }) {
  return (
    <span class="mn-name-cell">
      {props.mn ? <span class="mn" lang="mn-Mong">{props.mn}</span> : null}
      <MnStatusTag status={props.status} testid={props.testid} />
    </span>
  );
}
