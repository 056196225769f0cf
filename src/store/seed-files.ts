/** The article files of a seeds folder as bytes (for stores that keep the articles themselves). */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFileName } from '../ingest/index.js';
import type { SkippedFile } from '../types.js';
import type { ArticleFile } from './types.js';

/** Every .txt/.md file directly in `dir` (symlinks to files included); unreadable ones skipped with a reason. */
export async function readArticleFiles(dir: string): Promise<{ files: ArticleFile[]; skipped: SkippedFile[] }> {
  const files: ArticleFile[] = [];
  const skipped: SkippedFile[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return []; // a replica without a seeds folder still builds from the database
    throw e;
  });
  for (const e of entries) {
    if (!isArticleFileName(e.name) || !(e.isFile() || e.isSymbolicLink())) continue;
    const p = join(dir, e.name);
    try {
      const st = await stat(p);
      if (!st.isFile()) continue;
      files.push({ file: e.name, bytes: await readFile(p), mtimeMs: st.mtimeMs });
    } catch (err) {
      skipped.push({ file: e.name, reason: `could not read file (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { files, skipped };
}
