/** The machine-readable answer: one JSON object per question (`ask --jsonl`). */
import type { SearchResult } from '../search/types.js';
import { citationOf } from './citation.js';
import type { HitTranslation } from './translate-hits.js';

export interface JsonResult {
  rank: number;
  score: number;
  text: string;
  article: string;
  paragraph: number;
  title: string;
  outlet: string | null;
  date: string | null;
  highlight: string;
  also_in?: Array<{ article: string; paragraph: number; title: string; outlet: string | null; date: string | null }>;
  /** the paragraph in the question's language, when it is written in the other one */
  translation?: { lang: string; text: string; method: string; title: string };
}

export interface JsonAnswer {
  id: unknown;
  question: string;
  lang: string;
  /** 'answer', 'none' (nothing in the coverage answers) or 'greeting' */
  kind: SearchResult['kind'];
  abstained: boolean;
  /** question words nothing in the coverage contains, as written */
  missing: string[];
  results: JsonResult[];
}

export function toJsonAnswer(id: unknown, r: SearchResult, translations: ReadonlyArray<HitTranslation | undefined> = []): JsonAnswer {
  return {
    id,
    question: r.question,
    lang: r.lang,
    kind: r.kind,
    abstained: r.abstained,
    missing: r.missing,
    results: r.hits.map((h, i) => {
      const c = citationOf(h.paragraph);
      const out: JsonResult = {
        rank: h.rank,
        score: h.score,
        text: h.paragraph.text,
        article: c.article,
        paragraph: c.paragraph,
        title: c.title,
        outlet: c.outlet ?? null,
        date: c.date ?? null,
        highlight: h.highlight,
      };
      if (h.alsoIn.length) {
        out.also_in = h.alsoIn.map((p) => ({ article: p.articleId, paragraph: p.n, title: p.title, outlet: p.outlet ?? null, date: p.date ?? null }));
      }
      const tr = translations[i];
      if (tr) out.translation = { lang: tr.lang, text: tr.text, method: tr.method, title: tr.title };
      return out;
    }),
  };
}
