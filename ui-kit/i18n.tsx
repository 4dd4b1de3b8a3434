/**
 * Language of a screen (zh or mn) and the components that print catalog text. In Mongolian mode a
 * horizontal text shows the Mongolian line above the Chinese one (local rule: Mongolian first); where
 * no Mongolian exists yet, Chinese stands alone.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { tr, trBoth, type Lang, type UiKey, type Vars } from '../protocol/catalog/ui-lookup';
import { setMnOverrides } from '../protocol/catalog/mn-overrides';
import type { Subscribable } from './use-source';
import { rememberedLang, rememberLang } from './remembered-lang';

type MnTexts = Readonly<Record<string, string>>;
/**
 * Where a screen learns the workbench's Mongolian: its hall stream (HallSnapshot.mnTexts), or for a page
 * without a snapshot its own watch (protocol/client/mn-text-watch.ts).
 */
export type MnTextsSource = Subscribable<{ snapshot: { mnTexts: MnTexts } | null } | { mnTexts: MnTexts | null }>;

export interface LangApi {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: UiKey, vars?: Vars): string;
  /** Counts the workbench texts taken so far (a new value redraws the context's readers). */
  edition: number;
}

const LangContext = createContext<LangApi>({ lang: 'zh', setLang: () => undefined, t: (k, v) => tr(k, 'zh', v), edition: 0 });

/**
 * The screen's language, and (with `mnTextsFrom`) the Mongolian edited in the translation workbench: when a
 * snapshot brings a new set, the lookup's override layer takes it and every text of the page is drawn again.
 */
export function LangProvider(props: { initial?: Lang; mnTextsFrom?: MnTextsSource | null;
  /** A resident's own phone: start in the language they chose last time, and keep each new choice. */
  remember?: boolean; children: ComponentChildren }) {
  const remember = props.remember === true;
  const [lang, setShownLang] = useState<Lang>(() => (remember ? rememberedLang() : null) ?? props.initial ?? 'zh');
  const setLang = useCallback((next: Lang): void => {
    if (remember) rememberLang(next);
    setShownLang(next);
  }, [remember]);
  const [edition, setEdition] = useState(0);
  const source = props.mnTextsFrom ?? null;
  useEffect(() => {
    if (!source) return undefined;
    let applied: MnTexts | null = null;
    const follow = (state: MnTextsSource['state']): void => {
      const next = 'mnTexts' in state ? state.mnTexts : state.snapshot?.mnTexts;
      if (!next || next === applied) return;
      applied = next;
      setMnOverrides(next);
      setEdition((n) => n + 1);
    };
    follow(source.state);
    return source.subscribe(follow);
  }, [source]);
  // `edition` is in the deps so that every reader of the context draws again with the new texts.
  const api = useMemo<LangApi>(() => ({ lang, setLang, t: (key, vars) => tr(key, lang, vars), edition }), [lang, setLang, edition]);
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
  useLang(); // reads the context so that a workbench edit draws the text again
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
