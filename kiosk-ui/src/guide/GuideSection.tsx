import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiKey } from '../../../protocol/catalog/ui-lookup';
import { Text } from '../../../ui-kit/i18n';

/**
 * The heading level of a guide's fields: h3 under the kiosk screen's title; a page that gives the guide
 * its own h1 (the portal) sets 2, so headings go down one level at a time.
 */
export const GuideHeadingLevel = createContext<2 | 3>(3);

/** One field of a guide: a heading the resident can find by eye, then its content. */
export function GuideSection(props: { id: string; title: UiKey; children: ComponentChildren }) {
  const Heading = useContext(GuideHeadingLevel) === 2 ? 'h2' : 'h3';
  return (
    <section class="guide-section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <Heading class="guide-heading" id={`${props.id}-title`}>
        <Text k={props.title} />
      </Heading>
      {props.children}
    </section>
  );
}

/** A list field (依据, 条件, 承诺, 纪律); an empty one says 无 rather than leaving a bare heading. */
export function GuideList(props: { items: string[]; ordered?: boolean }) {
  if (props.items.length === 0) {
    return (
      <p class="guide-text">
        <Text k="kiosk.guide.noneListed" />
      </p>
    );
  }
  const items = props.items.map((item, i) => <li key={`${i}:${item}`}>{item}</li>);
  return props.ordered ? <ol class="guide-list guide-steps">{items}</ol> : <ul class="guide-list">{items}</ul>;
}

/** A one-line field (地点, 时间, 电话). */
export function GuideText(props: { text: string }) {
  return props.text ? (
    <p class="guide-text">{props.text}</p>
  ) : (
    <p class="guide-text">
      <Text k="kiosk.guide.noneListed" />
    </p>
  );
}
