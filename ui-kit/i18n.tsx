/**
 * Language of a screen (zh or mn) and the components that print catalog text. In Mongolian mode a
 * horizontal text shows the Mongolian line above the Chinese one (local rule: Mongolian first); where
 * no Mongolian exists yet, Chinese stands alone.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { tr, trBoth, type Lang, type UiKey, type Vars } from '../protocol/catalog/ui-lookup';

export interface LangApi {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: UiKey, vars?: Vars): string;
}

const LangContext = createContext<LangApi>({ lang: 'zh', setLang: () => undefined, t: (k, v) => tr(k, 'zh', v) });

export function LangProvider(props: { initial?: Lang; children: ComponentChildren }) {
  const [lang, setLang] = useState<Lang>(props.initial ?? 'zh');
  const api = useMemo<LangApi>(() => ({ lang, setLang, t: (key, vars) => tr(key, lang, vars) }), [lang]);
  return <LangContext.Provider value={api}>{props.children}</LangContext.Provider>;
}

export function useLang(): LangApi {
  return useContext(LangContext);
}

/**
 * A text in both scripts, stacked, when the screen is in Mongolian (or `bilingual` asks for both, as
 * public signage does) and a translation exists.
 */
export function Stacked(props: { mn: string; zh: string; class?: string; bilingual?: boolean }) {
  const { lang } = useLang();
  if ((lang !== 'mn' && !props.bilingual) || !props.mn) return <span class={props.class}>{props.zh}</span>;
  return (
    <span class={`stacked ${props.class ?? ''}`}>
      <span class="mn" lang="mn-Mong">{props.mn}</span>
      <span class="zh" lang="zh-CN">{props.zh}</span>
    </span>
  );
}

/**
 * Catalog text, stacked in Mongolian mode (see Stacked). `varsOf` gives values that are themselves
 * words (e.g. a list of window names), so each line gets them in its own language.
 */
export function Text(props: { k: UiKey; vars?: Vars; varsOf?: (lang: Lang) => Vars; class?: string; bilingual?: boolean }) {
  const mn = props.varsOf ? trBoth(props.k, props.varsOf('mn')).mn : trBoth(props.k, props.vars).mn;
  const zh = props.varsOf ? trBoth(props.k, props.varsOf('zh')).zh : trBoth(props.k, props.vars).zh;
  return <Stacked mn={mn} zh={zh} class={props.class} bilingual={props.bilingual} />;
}

/** Mongolian set vertically (top to bottom, lines left to right), e.g. a side band of a screen. */
export function VerticalMongolian(props: { text: string; class?: string }) {
  if (!props.text) return null;
  return (
    <span class={`mn mn-vertical ${props.class ?? ''}`} lang="mn-Mong">
      {props.text}
    </span>
  );
}
