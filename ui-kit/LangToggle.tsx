import { trBoth } from '../protocol/catalog/ui-lookup';
import { useLang } from './i18n';

/** Two plain buttons (not a native select: it would not work in vertical text and is small to touch). */
export function LangToggle() {
  const { lang, setLang } = useLang();
  const mnLabel = trBoth('lang.mn');
  return (
    <div class="lang-toggle" role="group">
      <button
        type="button"
        class="lang-option"
        data-testid="lang-toggle-zh"
        aria-pressed={lang === 'zh'}
        onClick={() => setLang('zh')}
      >
        <span lang="zh-CN">{trBoth('lang.zh').zh}</span>
      </button>
      <button
        type="button"
        class="lang-option"
        data-testid="lang-toggle-mn"
        aria-pressed={lang === 'mn'}
        onClick={() => setLang('mn')}
      >
        {mnLabel.mn ? <span class="mn" lang="mn-Mong">{mnLabel.mn}</span> : null}
        <span lang="zh-CN">{mnLabel.zh}</span>
      </button>
    </div>
  );
}
