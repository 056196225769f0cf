/** Types shared across the pipeline boundaries: ingest → embed → index → search → answer. */

export type Lang = 'ar' | 'en' | 'other';

/** One clean paragraph of an article with everything needed to cite it. */
export interface Paragraph {
  /** Stable id: `${articleId}#${n}`. */
  id: string;
  /** The article's file name (e.g. `000_5bd0873c23d21c0b.txt`). */
  articleId: string;
  title: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) when the article states it. */
  date?: string;
  url?: string;
  /** Paragraph number as a reader counts it, 1-based. */
  n: number;
  lang: Lang;
  /** The text as written (never normalized). */
  text: string;
  /** sha256 hex of the text (first 16 chars suffice for change detection). */
  hash: string;
}

/** Article-level metadata detected or taken from front matter. */
export interface ArticleMeta {
  articleId: string;
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
  lang: Lang;
}

export interface Article {
  meta: ArticleMeta;
  paragraphs: Paragraph[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface IngestResult {
  articles: Article[];
  skipped: SkippedFile[];
}
