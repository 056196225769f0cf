/** Turns search results into the messages and buttons the bot sends (Telegram shapes, no search logic). */
import { createHash } from 'node:crypto';
import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton, InlineQueryResultArticle } from 'grammy/types';
import type { SearchResult, Hit } from '../search/types.js';
import type { Paragraph } from '../types.js';
import { escapeHtml, hitHtml, neverMentionsHtml, packMessages, TELEGRAM_LIMIT, wordList, type CitationWords } from '../answer/telegram.js';
import { isolate, isolatedLine, lineStart } from '../answer/bidi.js';
import { readerDate } from '../answer/dates.js';
import { encodeCallback, type DownReason } from './callbacks.js';
import type { HitTranslation } from '../answer/translate-hits.js';
import { translationHtml } from '../answer/translation-html.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function articleKey(articleId: string): string {
  return createHash('sha1').update(articleId).digest('hex').slice(0, 10);
}

function langOf(t: Translate): 'ar' | 'en' {
  return t('lang-code') === 'ar' ? 'ar' : 'en';
}

export function citationWords(t: Translate): CitationWords {
  return { lang: langOf(t), paragraphOf: (n) => t('paragraph-of', { n }), alsoIn: t('also-in') };
}

/** The question echoed (escaped, trimmed) on top of every results page, so a page says what it answers. */
export function questionHeader(r: SearchResult, t: Translate): string {
  const q = escapeHtml(r.question.length > 300 ? r.question.slice(0, 300) + '…' : r.question);
  const first = r.hits[0];
  const range = first && first.rank > 1 ? `\n${t('results-header', { from: first.rank, to: r.hits.at(-1)!.rank })}` : '';
  // Above results, the missing words say the match is partial: alone, the line reads like a refusal.
  return `🔎 <i>${q}</i>${range}${r.missing.length ? `\n${neverMentions(r, t, 'partial-never-mentions')}` : ''}`;
}

/** "The coverage never mentions Bitcoin." — the words of the question nothing in the coverage holds (at most five). */
export function neverMentions(r: SearchResult, t: Translate, key: 'never-mentions' | 'partial-never-mentions' = 'never-mentions'): string {
  return neverMentionsHtml(r.missing.slice(0, 5), (words) => t(key, { words }), r.lang === 'ar' ? 'ar' : 'en');
}

/**
 * The echoed question, then each hit's quote; a quote in another language than the question's is
 * followed by its rendering in the asker's (`part`: the answering sentence, or the whole paragraph).
 */
export function answerMessages(r: SearchResult, t: Translate, translations: ReadonlyArray<HitTranslation | undefined> = [], part: 'highlight' | 'paragraph' = 'highlight'): string[] {
  const words = citationWords(t);
  // An article's title in the asker's language is given once per page, under its first result.
  const firstOfArticle = (i: number) => !r.hits.slice(0, i).some((e) => e.paragraph.articleId === r.hits[i]!.paragraph.articleId);
  return packMessages([questionHeader(r, t), ...r.hits.flatMap((h, i) => [hitHtml(h, words), ...(translations[i] ? [translationHtml(translations[i]!, part, firstOfArticle(i))] : [])])]);
}

/**
 * A results page edited into one message: as many of its hits as fit (at least one), so paging
 * never needs a second message. Returns the text and the hits shown.
 */
export function answerPage(r: SearchResult, t: Translate, translations: ReadonlyArray<HitTranslation | undefined> = [], limit = TELEGRAM_LIMIT): { text: string; hits: Hit[] } {
  for (let n = r.hits.length; n > 1; n--) {
    const part = { ...r, hits: r.hits.slice(0, n) };
    const messages = answerMessages(part, t, translations);
    if (messages.length === 1 && messages[0]!.length <= limit) return { text: messages[0]!, hits: part.hits };
  }
  return { text: answerMessages({ ...r, hits: r.hits.slice(0, 1) }, t, translations)[0]!, hits: r.hits.slice(0, 1) };
}

export type VoteState = { up: boolean; reason?: DownReason } | undefined;

/** 👍/👎 as a row; the chosen one carries ✓; after a 👎 the reasons are offered (the chosen one ✓). */
function voteRows(qid: string, vote: VoteState, t: Translate): InlineKeyboardButton[][] {
  const mark = (on: boolean) => (on ? ' ✓' : '');
  const rows: InlineKeyboardButton[][] = [[
    { text: `👍${mark(vote?.up === true)}`, callback_data: encodeCallback({ kind: 'vote', qid, up: true }) },
    { text: `👎${mark(vote?.up === false)}`, callback_data: encodeCallback({ kind: 'vote', qid, up: false }) },
  ]];
  if (vote?.up === false) {
    rows.push((['paragraph', 'none', 'translation'] as const).map((reason) => ({
      text: `${t(`reason-${reason}`)}${mark(vote.reason === reason)}`,
      callback_data: encodeCallback({ kind: 'vote', qid, up: false, reason }),
    })));
  }
  return rows;
}

/** One "Source n" button per result (its own article at the cited paragraph), paging, votes (`vote` shown as chosen). */
export function answerKeyboard(r: SearchResult, qid: string, perPage: number, t: Translate, hits: readonly Hit[] = r.hits, vote?: VoteState, translated = false): InlineKeyboard {
  const rows: InlineKeyboardButton[][] = [];
  // The whole paragraphs in the asker's language, on request (the answer shows the answering part).
  if (translated) rows.push([{ text: t('full-translation'), callback_data: encodeCallback({ kind: 'translate', qid, offset: (hits[0]?.rank ?? 1) - 1 }) }]);
  const sources = hits.map((h) => ({ text: t('source-n', { n: h.rank }), callback_data: encodeCallback({ kind: 'open', article: articleKey(h.paragraph.articleId), paragraph: h.paragraph.n }) }));
  // Five to a row: Telegram shows at most eight, and five "Source n" labels still read on a phone.
  for (let i = 0; i < sources.length; i += 5) rows.push(sources.slice(i, i + 5));
  const first = hits[0];
  const last = hits.at(-1);
  const paging: InlineKeyboardButton[] = [];
  if (first && first.rank > 1) paging.push({ text: t('prev-results'), callback_data: encodeCallback({ kind: 'more', qid, offset: Math.max(0, first.rank - 1 - perPage) }) });
  if (last && r.total > last.rank) paging.push({ text: t('more-results'), callback_data: encodeCallback({ kind: 'more', qid, offset: last.rank }) });
  if (paging.length) rows.push(paging);
  rows.push(...voteRows(qid, vote, t));
  return new InlineKeyboard(rows);
}

/** The same keyboard with its vote rows redrawn to show `vote` as chosen (other rows untouched). */
export function keyboardWithVote(rows: readonly InlineKeyboardButton[][], qid: string, vote: VoteState, t: Translate): InlineKeyboard {
  const isVote = (b: InlineKeyboardButton) => 'callback_data' in b && typeof b.callback_data === 'string' && b.callback_data.startsWith('v:');
  const kept = rows.filter((row) => !row.some(isVote)).map((row) => [...row]);
  return new InlineKeyboard([...kept, ...voteRows(qid, vote, t)]);
}

/** A few of the coverage's titles on one line in the reader's direction, each isolated (Arabic titles keep their order in an English line). */
function topicsHtml(topics: readonly string[], t: Translate): string {
  return isolatedLine(topics.map((x) => escapeHtml(x)), langOf(t));
}

export function nothingFound(topics: string[], t: Translate): string {
  return t('nothing-found', { topics: topicsHtml(topics, t) });
}

/** Telegram's inline button allows 64 characters of plain text. */
const INLINE_BUTTON = 64;

/**
 * What an inline query with no results says instead of an empty list (the button above the results):
 * the words the coverage never mentions, or that it has nothing on this; the button opens the bot's help.
 */
export function inlineNoResults(r: SearchResult, t: Translate): string {
  const lang = r.lang === 'ar' ? 'ar' : 'en';
  const text = r.missing.length ? t('never-mentions', { words: wordList(r.missing.slice(0, 3), lang) }) : t('nothing-found', { topics: '' }).split('\n')[0]!.trim();
  return text.length > INLINE_BUTTON ? `${text.slice(0, INLINE_BUTTON - 1)}…` : text;
}

/** The reply to "hi", "thanks", "bye": a greeting, example questions, and what the coverage is about. */
export function greetingHtml(kind: 'hello' | 'thanks' | 'bye', topics: readonly string[], t: Translate): string {
  return t(`greeting-${kind}`, { topics: topicsHtml(topics, t) });
}

/** Characters of article text per page: about one phone screen, so the marked paragraph is found at a glance. */
export const ARTICLE_PAGE = 2200;

/**
 * Pages of an article: paragraphs packed under the message limit, each numbered as a reader
 * counts; the cited paragraph `mark` is bold and flagged ◀.
 */
export function articlePages(paragraphs: readonly Paragraph[], mark = 0, limit = ARTICLE_PAGE): string[][] {
  const pages: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const p of paragraphs) {
    const text = p.text.length > limit ? p.text.slice(0, limit - 20) + '…' : p.text;
    const block = p.n === mark ? `<b>◀ ${p.n}. ${escapeHtml(text)}</b>` : `<b>${p.n}.</b> ${escapeHtml(text)}`;
    if (cur.length && size + block.length > limit) { pages.push(cur); cur = []; size = 0; }
    cur.push(block);
    size += block.length + 2;
  }
  if (cur.length) pages.push(cur);
  return pages;
}

/** The page of an article that holds paragraph `n` (0 when there is none). */
export function pageOfParagraph(paragraphs: readonly Paragraph[], n: number): number {
  const at = articlePages(paragraphs, n).findIndex((page) => page.some((b) => b.startsWith(`<b>◀ ${n}.`)));
  return Math.max(0, at);
}

export function articlePage(paragraphs: readonly Paragraph[], key: string, page: number, t: Translate, mark = 0): { text: string; keyboard: InlineKeyboard } | undefined {
  const pages = articlePages(paragraphs, mark);
  const body = pages[page];
  const first = paragraphs[0];
  if (!body || !first) return undefined;
  const meta = isolatedLine([first.outlet && escapeHtml(first.outlet), first.date && readerDate(first.date, langOf(t))], langOf(t));
  // The title isolated, so "— page 1 of 2" stays after it whatever the title's script.
  const header = lineStart(langOf(t)) + t('article-header', { title: isolate(escapeHtml(first.title)), page: page + 1, pages: pages.length }) + (first.outlet || first.date ? `\n${meta}` : '');
  const kb = new InlineKeyboard();
  if (page > 0) kb.text(t('prev-page'), encodeCallback({ kind: 'article', article: key, page: page - 1, mark }));
  if (page + 1 < pages.length) kb.text(t('next-page'), encodeCallback({ kind: 'article', article: key, page: page + 1, mark }));
  return { text: `${header}\n\n${body.join('\n\n')}`, keyboard: kb };
}

/** Inline results told apart: the title says which article and paragraph, the snippet what it says (in the asker's language when rendered). */
export function inlineResults(hits: Hit[], t: Translate, translations: ReadonlyArray<HitTranslation | undefined> = []): InlineQueryResultArticle[] {
  const words = citationWords(t);
  return hits.map((h, i) => {
    const p = h.paragraph;
    const tr = translations[i];
    const where = [p.outlet, p.date && readerDate(p.date, words.lang), words.paragraphOf(p.n)].filter(Boolean).join(' · ');
    const snippet = (tr?.text ?? (h.highlight || p.text)).replace(/\s+/g, ' ');
    return {
      type: 'article',
      id: p.hash.slice(0, 32),
      title: `${h.rank}. ${tr?.title ?? p.title}`.slice(0, 120),
      description: `${where}\n${snippet.length > 160 ? snippet.slice(0, 160) + '…' : snippet}`,
      input_message_content: { message_text: packMessages([hitHtml(h, words), ...(tr ? [translationHtml(tr, 'highlight')] : [])])[0]!, parse_mode: 'HTML' },
    };
  });
}
