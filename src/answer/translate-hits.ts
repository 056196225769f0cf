/**
 * The rendering of each cited paragraph (and its title) in the asker's language, for every output
 * (JSON, terminal, Telegram): only results whose paragraph language differs from the question's.
 */
import type { SearchResult } from '../search/types.js';
import type { TextLang, Translation } from '../translate/types.js';
import { detectLang } from '../text/lang.js';

export interface HitTranslation extends Translation {
  lang: TextLang;
  /** the article title in the asker's language */
  title: string;
}

/** The part of the translator the answer needs: the instant gloss or the best available. */
export type TranslateTexts = (texts: string[], from: TextLang, to: TextLang, hint: string) => Promise<Translation[]> | Translation[];

function isText(l: string): l is TextLang {
  return l === 'ar' || l === 'en';
}

/** One entry per hit: its translation, or undefined when the paragraph is already in the question's language. */
export async function translateHits(r: SearchResult, translate: TranslateTexts, part: 'paragraph' | 'highlight' = 'paragraph'): Promise<Array<HitTranslation | undefined>> {
  const to = r.lang;
  const out: Array<HitTranslation | undefined> = r.hits.map(() => undefined);
  if (!isText(to)) return out;
  for (const from of ['ar', 'en'] as const) {
    if (from === to) continue;
    const idx = r.hits.map((h, i) => (h.paragraph.lang === from ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) continue;
    const texts = idx.map((i) => (part === 'highlight' && r.hits[i]!.highlight ? r.hits[i]!.highlight : r.hits[i]!.paragraph.text));
    // A title may already be in the asker's language (an English quote in an Arabic article): kept as it is.
    const titles = idx.map((i) => r.hits[i]!.paragraph.title).filter((t) => detectLang(t) === from);
    const done = await translate([...texts, ...new Set(titles)], from, to, r.question);
    const titleOf = new Map([...new Set(titles)].map((t, j) => [t, done[texts.length + j]!.text]));
    idx.forEach((hitIndex, j) => {
      const t = done[j]!;
      const title = r.hits[hitIndex]!.paragraph.title;
      out[hitIndex] = { lang: to, text: t.text, method: t.method, title: titleOf.get(title) ?? title };
    });
  }
  return out;
}
