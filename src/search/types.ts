import type { Lang, Paragraph } from '../types.js';

/** One result: a paragraph, its score, the sentence that best answers, and the same text elsewhere. */
export interface Hit {
  rank: number;
  paragraph: Paragraph;
  /** 0–1: share of the question's weight the paragraph matches (lexical), or the fused score */
  score: number;
  /** the sentence of the paragraph that best answers the question, as written */
  highlight: string;
  /** near-duplicates of this paragraph (the same wire text in another outlet) */
  alsoIn: Paragraph[];
}

export interface SearchTimings { totalMs: number; lexicalMs: number; denseMs: number; embedMs: number }

export interface SearchResult {
  question: string;
  lang: Lang;
  abstained: boolean;
  /** why the search abstained, for logs and the eval */
  reason?: string;
  /** share of the question's weight the best paragraph matches (what abstention is decided on) */
  coverage: number;
  hits: Hit[];
  /** how many results exist beyond the page returned (for "more results") */
  total: number;
  timings: SearchTimings;
}

export interface SearchOptions {
  /** results per page */
  k?: number;
  /** results to skip (paging) */
  offset?: number;
}
