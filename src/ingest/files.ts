/** Reading article files from disk. The only module here that does I/O. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Article, IngestResult, SkippedFile } from '../types.js';
import { parseArticle } from './parse.js';
import { isArticleFileName, SKIP_REASONS, validateArticleBytes } from './validate.js';

/** Turns decoded bytes into an Article, or a skip when nothing citable remains. */
export function articleFromBytes(file: string, bytes: Uint8Array): Article | SkippedFile {
  const check = validateArticleBytes(file, bytes);
  if (!check.ok) return { file, reason: check.reason };
  const article = parseArticle(file, check.text);
  if (article.paragraphs.length === 0) return { file, reason: SKIP_REASONS.noParagraphs };
  return article;
}

export function isSkipped(result: Article | SkippedFile): result is SkippedFile {
  return 'reason' in result;
}

/** Reads and parses a single article file; the article id is the file name. */
export async function ingestFile(path: string): Promise<Article | SkippedFile> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { file, reason: `could not read file (${code})` };
  }
  return articleFromBytes(file, bytes);
}

/** Indexes every .txt/.md file directly in `dir` (non-recursive), in file-name order. */
export async function ingestFolder(dir: string): Promise<IngestResult> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    if (!isArticleFileName(e.name)) continue;
    if (e.isFile() || (e.isSymbolicLink() && (await stat(join(dir, e.name)).then((s) => s.isFile(), () => false)))) {
      names.push(e.name);
    }
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const result: IngestResult = { articles: [], skipped: [] };
  for (const name of names) {
    const r = await ingestFile(join(dir, name));
    if (isSkipped(r)) result.skipped.push(r);
    else result.articles.push(r);
  }
  return result;
}
