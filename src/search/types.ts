import type { Lang, Paragraph } from '../types.js';
import type { Greeting } from './greeting.js';

/** One result: a paragraph, its score, the sentence that best answers, and the same text elsewhere. */
export interface Hit {
  rank: number;
  paragraph: Paragraph;
  /** 0–1: the score the final ranking sorted by (relative to the best result), so scores never rise down the list */
  score: number;
  /** the clause or sentence of the paragraph that best answers the question: a substring of the text as written */
  highlight: string;
  /** near-duplicates of this paragraph (the same wire text in another outlet) */
  alsoIn: Paragraph[];
}

export interface SearchTimings { totalMs: number; lexicalMs: number; denseMs: number; embedMs: number }

export interface SearchResult {
  question: string;
  lang: Lang;
  /** 'answer': hits follow; 'none': the coverage holds no answer; 'greeting': hello/thanks, not a question */
  kind: 'answer' | 'none' | 'greeting';
  /** with kind 'greeting': which one, so the reply fits ("you're welcome" to thanks) */
  greeting?: Greeting;
  /** true unless kind is 'answer' */
  abstained: boolean;
  /** content words of the question, as the user wrote them, that nothing in the coverage contains (even translated) */
  missing: string[];
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
