/** parseArticle: raw article text → metadata + clean, citable paragraphs. Pure. */
import type { Article, ArticleMeta, Paragraph } from '../types.js';
import { classifyLines, type ClassifiedLine } from './boilerplate.js';
import { splitFrontMatter } from './frontmatter.js';
import { sha256Hex } from './hash.js';
import { detectLang } from '../text/lang.js';
import { toLines } from './lines.js';
import { groupLines } from './merge.js';
import { detectDate, detectOutlet, isTitleLine, titleFromBody, titleFromLine, titleFromParagraph } from './metadata.js';
import { splitLongParagraph } from './split.js';
import { compareKey } from './text.js';

export interface ArticleAnalysis {
  article: Article;
  /** Every body line that was not kept as paragraph text, with the rule that dropped it. */
  dropped: { line: number; text: string; reason: string }[];
}

/** Like parseArticle, plus the dropped lines and why (for debugging and reports). */
export function analyzeArticle(articleId: string, raw: string): ArticleAnalysis {
  const { frontMatter: fm, body } = splitFrontMatter(raw);
  const lines: ClassifiedLine[] = classifyLines(toLines(body), detectLang(body));
  const kept = () => lines.filter((l) => !l.drop);

  // Title: front matter, else the first content line when it looks like a headline.
  let title = fm.title;
  const first = kept()[0];
  if (first) {
    if (title === undefined && isTitleLine(first.text)) {
      title = titleFromLine(first.text);
      first.drop = 'title';
    } else if (title !== undefined && compareKey(titleFromLine(first.text)) === compareKey(title)) {
      first.drop = 'title'; // the front-matter title repeated as the first line
    }
  }
  // A headline repeated further down (page heading + article heading) is not a paragraph either.
  if (title !== undefined) {
    const key = compareKey(title);
    for (const l of kept()) if (compareKey(titleFromLine(l.text)) === key) l.drop = 'title';
  }
  // A one-line article (a short note, an upload of a single sentence) keeps its line as paragraph 1:
  // it is the title AND the only citable text.
  if (kept().length === 0) {
    const titleLine = lines.find((l) => l.drop === 'title');
    if (titleLine) delete titleLine.drop;
  }

  const texts = groupLines(kept().map((l) => l.text))
    .map((group) => group.join('\n'))
    .flatMap((t) => splitLongParagraph(t));

  if (title === undefined || title === '') {
    const body = lines.filter((l) => !l.drop || l.drop === 'blank line').map((l) => (l.drop ? '' : l.text));
    title = titleFromBody(body) ?? (texts[0] !== undefined ? titleFromParagraph(texts[0]) : articleId.replace(/\.[^.]+$/u, ''));
  }

  const datelines = lines.flatMap((l) => (l.date ? [l.date] : []));
  const date = fm.date ?? detectDate(datelines, body);
  const outlet = fm.outlet ?? detectOutlet([title, ...texts].join('\n'));
  const url = fm.url ?? lines.find((l) => l.url)?.url;
  const lang = fm.lang ?? detectLang(texts.join('\n'));

  const meta: ArticleMeta = { articleId, title, lang };
  if (outlet !== undefined) meta.outlet = outlet;
  if (date !== undefined) meta.date = date;
  if (url !== undefined) meta.url = url;

  const paragraphs: Paragraph[] = texts.map((text, i) => {
    const n = i + 1;
    const p: Paragraph = { id: `${articleId}#${n}`, articleId, title, n, lang: detectLang(text), text, hash: sha256Hex(text) };
    if (outlet !== undefined) p.outlet = outlet;
    if (date !== undefined) p.date = date;
    if (url !== undefined) p.url = url;
    return p;
  });

  const dropped = lines
    .filter((l) => l.drop && l.drop !== 'blank line')
    .map((l) => ({ line: l.index + 1, text: l.text, reason: l.drop! }));
  return { article: { meta, paragraphs }, dropped };
}

/**
 * Parses one article. `articleId` is the file name; `raw` the decoded file text.
 * Paragraph ids are `${articleId}#${n}`, n counted 1-based after cleaning.
 */
export function parseArticle(articleId: string, raw: string): Article {
  return analyzeArticle(articleId, raw).article;
}
