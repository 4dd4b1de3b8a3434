import type { BoardPage as Page } from '../../../protocol/public-info';
import { boardBlocks } from '../../../protocol/board-text';

/** A board's text as paragraphs and lists, large like the guides. `lang` marks the script for fonts and readers. */
export function BoardPage(props: { page: Page; lang: 'zh-CN' | 'mn-Mong' }) {
  return (
    <div class={`board-page ${props.lang === 'mn-Mong' ? 'mn' : ''}`} lang={props.lang}>
      {boardBlocks(props.page.body).map((block, i) => {
        if (block.kind === 'paragraph') return <p key={i} class="guide-text board-paragraph">{block.text}</p>;
        const items = block.items.map((item, j) => <li key={j}>{item}</li>);
        return block.ordered
          ? <ol key={i} class="guide-list guide-steps">{items}</ol>
          : <ul key={i} class="guide-list">{items}</ul>;
      })}
    </div>
  );
}
