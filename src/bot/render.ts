/** Turns search results into the messages and buttons the bot sends (Telegram shapes, no search logic). */
import { createHash } from 'node:crypto';
import { InlineKeyboard } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { SearchResult, Hit } from '../search/types.js';
import type { Paragraph } from '../types.js';
import { escapeHtml, hitHtml, packMessages, type CitationWords } from '../answer/telegram.js';
import { encodeCallback } from './callbacks.js';
import type { HitTranslation } from '../answer/translate-hits.js';
import { translationHtml } from '../answer/translation-html.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function articleKey(articleId: string): string {
  return createHash('sha1').update(articleId).digest('hex').slice(0, 10);
}

export function citationWords(t: Translate): CitationWords {
  return { paragraphOf: (n) => t('paragraph-of', { n }), alsoIn: t('also-in') };
}

/** The question echoed (escaped, trimmed) on top, so answers stay readable in groups and after paging. */
export function answerMessages(r: SearchResult, t: Translate, header?: string, translations: ReadonlyArray<HitTranslation | undefined> = [], part: 'highlight' | 'paragraph' = 'highlight'): string[] {
  const top = header ?? `🔎 <i>${escapeHtml(r.question.length > 300 ? r.question.slice(0, 300) + '…' : r.question)}</i>`;
  // Each quote in another language than the question's is followed by its rendering in the asker's.
  return packMessages([top, ...r.hits.flatMap((h, i) => [hitHtml(h, citationWords(t)), ...(translations[i] ? [translationHtml(translations[i]!, part)] : [])])]);
}

export function answerKeyboard(r: SearchResult, qid: string, perPage: number, t: Translate, translated = false): InlineKeyboard {
  const kb = new InlineKeyboard();
  // The whole paragraphs in the asker's language, on request (the answer shows the answering sentence).
  if (translated) kb.text(t('full-translation'), encodeCallback({ kind: 'translate', qid, offset: (r.hits[0]?.rank ?? 1) - 1 })).row();
  const last = r.hits.at(-1);
  if (last && r.total > last.rank) kb.text(t('more-results'), encodeCallback({ kind: 'more', qid, offset: last.rank }));
  const first = r.hits[0];
  if (first) kb.text(t('full-article'), encodeCallback({ kind: 'article', article: articleKey(first.paragraph.articleId), page: 0 }));
  kb.row().text('👍', encodeCallback({ kind: 'vote', qid, up: true })).text('👎', encodeCallback({ kind: 'vote', qid, up: false }));
  return kb;
}

export function nothingFound(topics: string[], t: Translate): string {
  return t('nothing-found', { topics: topics.map((x) => escapeHtml(x)).join(' · ') });
}

/** Pages of an article: paragraphs packed under the message limit, each numbered as a reader counts. */
export function articlePages(paragraphs: readonly Paragraph[], limit = 3500): string[][] {
  const pages: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const p of paragraphs) {
    const block = `<b>${p.n}.</b> ${escapeHtml(p.text)}`;
    if (cur.length && size + block.length > limit) { pages.push(cur); cur = []; size = 0; }
    cur.push(block.length > limit ? block.slice(0, limit - 1) + '…' : block);
    size += block.length + 2;
  }
  if (cur.length) pages.push(cur);
  return pages;
}

export function articlePage(paragraphs: readonly Paragraph[], key: string, page: number, t: Translate): { text: string; keyboard: InlineKeyboard } | undefined {
  const pages = articlePages(paragraphs);
  const body = pages[page];
  const first = paragraphs[0];
  if (!body || !first) return undefined;
  const meta = [first.outlet, first.date].filter(Boolean).map((x) => escapeHtml(x!)).join(' · ');
  const header = t('article-header', { title: escapeHtml(first.title), page: page + 1, pages: pages.length }) + (meta ? `\n${meta}` : '');
  const kb = new InlineKeyboard();
  if (page > 0) kb.text(t('prev-page'), encodeCallback({ kind: 'article', article: key, page: page - 1 }));
  if (page + 1 < pages.length) kb.text(t('next-page'), encodeCallback({ kind: 'article', article: key, page: page + 1 }));
  return { text: `${header}\n\n${body.join('\n\n')}`, keyboard: kb };
}

export function inlineResults(hits: Hit[], t: Translate, translations: ReadonlyArray<HitTranslation | undefined> = []): InlineQueryResultArticle[] {
  return hits.map((h, i) => {
    const tr = translations[i];
    return {
      type: 'article',
      id: h.paragraph.hash.slice(0, 32),
      title: `${tr?.title ?? h.paragraph.title}`.slice(0, 120),
      description: (tr?.text ?? h.highlight).slice(0, 200),
      input_message_content: { message_text: packMessages([hitHtml(h, citationWords(t)), ...(tr ? [translationHtml(tr, 'highlight')] : [])])[0]!, parse_mode: 'HTML' },
    };
  });
}
