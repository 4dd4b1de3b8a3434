import { useLang } from '../../../ui-kit/i18n';
import { capsOf } from './key-map';

/** The keys of one verb, as printed on its button: number-pad keys framed differently and named so. */
export function KeyCaps(props: { codes: readonly string[] }) {
  const { t } = useLang();
  return (
    <>
      {capsOf(props.codes).map((cap) => (
        <kbd
          key={`${cap.pad ? 'pad' : 'main'}-${cap.legend}`}
          class={`action-key ${cap.pad ? 'action-key-pad' : ''}`}
          title={cap.pad ? t('desk.keys.padKey', { key: cap.legend }) : undefined}
        >
          {cap.legend}
        </kbd>
      ))}
    </>
  );
}

/** The legends of a verb's keys for `aria-keyshortcuts` (space-separated), or undefined when it has none. */
export function ariaKeys(codes: readonly string[]): string | undefined {
  const legends = capsOf(codes).map((cap) => (cap.legend === '−' ? '-' : cap.legend));
  return legends.length > 0 ? legends.join(' ') : undefined;
}
