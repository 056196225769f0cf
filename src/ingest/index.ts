/**
 * Ingestion stage: article files → metadata + clean, citable paragraphs.
 *
 * Modules: frontmatter (optional `---` header), lines (line splitting), boilerplate (what to drop
 * and why), merge (fragments/headings/tweets → paragraphs), split (over-long paragraphs), dates,
 * lang, metadata (title/outlet/date), hash, validate (byte checks), parse (pure orchestration),
 * files (disk I/O).
 */
export { parseArticle, analyzeArticle, type ArticleAnalysis } from './parse.js';
export { ingestFile, ingestFolder, articleFromBytes, isSkipped } from './files.js';
export { validateArticleBytes, isArticleFileName, SKIP_REASONS, type ByteCheck } from './validate.js';
export { splitFrontMatter, type FrontMatter } from './frontmatter.js';
export { detectLang } from '../text/lang.js';
export { sha256Hex } from './hash.js';
