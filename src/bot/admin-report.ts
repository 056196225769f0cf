/** What an admin is told after an upload or a failed re-index: counts, the citation the article will get, why it failed. Pure. */
import type { ArticleMeta } from '../types.js';
import { splitFrontMatter } from '../ingest/frontmatter.js';
import { escapeHtml } from '../answer/telegram.js';

/** "1 paragraph", "2 paragraphs". */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The raw value of a front-matter key the parser dropped (an unreadable date), so the admin sees why. */
function droppedDate(raw: string, meta: ArticleMeta): string | undefined {
  const fm = splitFrontMatter(raw);
  if (!fm.present || fm.frontMatter.date) return undefined;
  const header = raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).slice(1);
  const line = header.find((l) => /^\s*(?:date|published)\s*:/iu.test(l));
  const value = line?.replace(/^[^:]*:/u, '').trim().replace(/^(["'])(.*)\1$/u, '$2');
  // A date detected in the text instead is still worth the warning: it is not the one the admin wrote.
  return value ? `the front matter's date "${value}" is not a date (YYYY-MM-DD)${meta.date ? `; ${meta.date} was taken from the text` : ''}` : undefined;
}

/** The reply to an upload that was indexed (HTML); `replaced` when it overwrote an article of that name. */
export function uploadReport(name: string, paragraphs: number, meta: ArticleMeta, raw: string, replaced = false): string {
  const badDate = droppedDate(raw, meta);
  const hasFrontMatter = splitFrontMatter(raw).present;
  const lines = [
    `${replaced ? 'Replaced' : 'Added'} <code>${escapeHtml(name)}</code>: ${counted(paragraphs, 'paragraph')}.`,
    `title: ${escapeHtml(meta.title)}`,
    `outlet: ${escapeHtml(meta.outlet ?? 'not detected')}`,
    `date: ${badDate ? escapeHtml(badDate) : (meta.date ?? 'not detected')}`,
  ];
  // Advice only where there is something to correct, and in terms of what the file already has.
  if (badDate || !meta.outlet || !meta.date || !hasFrontMatter) {
    lines.push(hasFrontMatter
      ? 'To correct these, edit the front-matter block at the top (title: … outlet: … date: YYYY-MM-DD) and send the file again with the caption "replace".'
      : 'To correct these, add a front-matter block (--- title: … outlet: … date: YYYY-MM-DD ---) at the top and send the file again with the caption "replace".');
  }
  return lines.join('\n');
}

/** System errors a re-index meets when the disk misbehaves, in words an admin can act on. */
const DISK_TROUBLE: Record<string, string> = {
  ENOSPC: 'the disk holding the index is full',
  EDQUOT: 'the disk quota for the index is used up',
  EROFS: 'the index folder is on a read-only file system',
  EACCES: 'no permission to write in the index folder',
  EPERM: 'no permission to write in the index folder',
  ENOTDIR: 'a file stands where a folder of the index path should be',
  // mkdir meets a file where the index folder itself should be.
  EEXIST: 'a file stands where the index folder should be',
};

/** Why a re-index failed: the plain words, then the system's own message for the record. */
export function reindexFailure(e: Error & { code?: string }): string {
  const plain = DISK_TROUBLE[e.code ?? ''];
  return plain ? `${plain} (${e.message})` : e.message;
}
