/**
 * A SearchResult as Telegram HTML: each hit numbered with its citation, then its paragraph quoted
 * with the answering part in bold. Pure: the words around it come from the caller's i18n.
 */
import type { Hit } from '../search/types.js';
import type { Paragraph } from '../types.js';
import { isolatedLine } from './bidi.js';
import { readerDate } from './dates.js';

export const TELEGRAM_LIMIT = 4096;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A quoted paragraph longer than this opens collapsed (Telegram's expandable blockquote). */
export const LONG_QUOTE = 600;
/** Text this long before or after the highlight goes into its own collapsed quote. */
const FOLD = 280;

/** The paragraph escaped, with the highlighted part bold (matched on the raw text, escaped piecewise). */
export function quoteWithHighlight(text: string, highlight: string): string {
  const at = highlight ? text.indexOf(highlight) : -1;
  if (at < 0) return escapeHtml(text);
  return escapeHtml(text.slice(0, at)) + '<b>' + escapeHtml(highlight) + '</b>' + escapeHtml(text.slice(at + highlight.length));
}

/**
 * One hit's paragraph as quotes, in order and complete: short ones in one quote; in a long one the
 * highlighted part stays in an open quote (so the answer is seen at once) and long stretches
 * before and after it fold into expandable quotes. The one place a hit's quote is drawn, so a line
 * (e.g. a translation) can be added under it.
 */
export function quoteHtml(text: string, highlight: string): string {
  const at = highlight ? text.indexOf(highlight) : -1;
  if (text.length <= LONG_QUOTE) return `<blockquote>${quoteWithHighlight(text, highlight)}</blockquote>`;
  if (at < 0) return `<blockquote expandable>${escapeHtml(text)}</blockquote>`;
  const end = at + highlight.length;
  // Fold only at a word boundary, so no word is cut in two between quotes.
  const before = at > FOLD ? text.lastIndexOf(' ', at - 1) : -1;
  const after = text.length - end > FOLD ? text.indexOf(' ', end) : -1;
  const quotes: string[] = [];
  if (before > 0) quotes.push(`<blockquote expandable>${escapeHtml(text.slice(0, before))}</blockquote>`);
  const midStart = before > 0 ? before + 1 : 0;
  const midEnd = after > 0 ? after : text.length;
  const mid = text.slice(midStart, midEnd);
  quotes.push(`<blockquote${mid.length > LONG_QUOTE ? ' expandable' : ''}>${quoteWithHighlight(mid, highlight)}</blockquote>`);
  if (after > 0) quotes.push(`<blockquote expandable>${escapeHtml(text.slice(after + 1))}</blockquote>`);
  return quotes.join('\n');
}

/** The "never mentions" line: the missing words escaped and joined, put into the caller's sentence. */
export function neverMentionsHtml(missing: readonly string[], sentence: (words: string) => string, lang: 'ar' | 'en'): string {
  return sentence(wordList(missing.map((w) => `<b>${escapeHtml(w)}</b>`), lang));
}

/**
 * "A, B or C"; Arabic repeats the negation and quotes each word: "«A» ولا «B»" — a bare noun after
 * the verb ("لا تذكر التغطية سعر") reads as broken grammar, a word quoted as a mention does not.
 */
export function wordList(words: readonly string[], lang: 'ar' | 'en'): string {
  if (lang === 'ar') return words.map((w) => `«${w}»`).join(' ولا ');
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

export interface CitationWords {
  /** the reader's language: month names and the line's direction */
  lang: 'ar' | 'en';
  /** e.g. "paragraph 3 of the article" in the user's language */
  paragraphOf(n: number): string;
  alsoIn: string;
}

/** Title, outlet, date for the reader, paragraph: each piece isolated so mixed scripts keep their order. */
export function citationHtml(p: Paragraph, words: CitationWords, number?: number): string {
  const prefix = number === undefined ? '— ' : `<b>${number}.</b> `;
  return isolatedLine(
    [`<i>${escapeHtml(p.title)}</i>`, p.outlet && escapeHtml(p.outlet), p.date && readerDate(p.date, words.lang), words.paragraphOf(p.n)],
    words.lang,
    prefix,
  );
}

/** A numbered source: its citation, then the quote, then where else the same text ran. */
export function hitHtml(hit: Hit, words: CitationWords): string {
  const also = hit.alsoIn.length
    ? `\n${escapeHtml(words.alsoIn)} ` + hit.alsoIn.map((p) => citationHtml(p, words)).join('; ')
    : '';
  return `${citationHtml(hit.paragraph, words, hit.rank)}\n${quoteHtml(hit.paragraph.text, hit.highlight)}${also}`;
}

/**
 * Joins blocks into messages under the limit, breaking only between blocks. A block that alone is
 * too long is cut at sentence ends, each piece closed and reopened so the HTML stays valid.
 */
export function packMessages(blocks: string[], limit = TELEGRAM_LIMIT): string[] {
  const out: string[] = [];
  let cur = '';
  for (const block of blocks.flatMap((b) => (b.length <= limit ? [b] : splitBlock(b, limit)))) {
    if (!cur) cur = block;
    else if (cur.length + 2 + block.length <= limit) cur += '\n\n' + block;
    else { out.push(cur); cur = block; }
  }
  if (cur) out.push(cur);
  return out;
}

const QUOTE = /(<blockquote(?: expandable)?>[\s\S]*?<\/blockquote>)/;

/**
 * Splits an over-long block between its parts (citation line, quotes); a quote that alone is too
 * long is cut at sentence ends (or spaces) into several quotes of the same kind.
 */
function splitBlock(block: string, limit: number): string[] {
  const units = block.split(QUOTE).filter((u) => u.trim() !== '').flatMap((u) => (u.length <= limit ? [u.replace(/^\n|\n$/g, '')] : splitQuote(u, limit)));
  const out: string[] = [];
  let cur = '';
  for (const u of units) {
    if (cur && cur.length + 1 + u.length > limit) { out.push(cur); cur = ''; }
    cur = cur ? `${cur}\n${u}` : u;
  }
  if (cur) out.push(cur);
  return out;
}

function splitQuote(quote: string, limit: number): string[] {
  const m = /^<blockquote( expandable)?>([\s\S]*)<\/blockquote>$/.exec(quote);
  const open = m ? `<blockquote${m[1] ?? ''}>` : '';
  const close = m ? '</blockquote>' : '';
  const inner = m ? m[2]! : quote;
  const budget = limit - open.length - close.length - '<b></b>'.length - 8;
  const pieces: string[] = [];
  let rest = inner;
  while (rest.length > budget) {
    let cut = Math.max(rest.lastIndexOf('. ', budget), rest.lastIndexOf('؟ ', budget), rest.lastIndexOf('\n', budget));
    if (cut < budget / 2) cut = rest.lastIndexOf(' ', budget);
    if (cut <= 0) cut = budget;
    // Never cut inside an entity or a tag.
    const amp = rest.lastIndexOf('&', cut);
    if (amp > rest.lastIndexOf(';', cut)) cut = amp;
    const lt = rest.lastIndexOf('<', cut);
    if (lt > rest.lastIndexOf('>', cut)) cut = lt;
    pieces.push(rest.slice(0, cut + (rest[cut] === ' ' || rest[cut] === '\n' ? 1 : 0)));
    rest = rest.slice(cut).replace(/^[ \n]/, '');
  }
  pieces.push(rest);
  // Bold may span a cut: close it in one piece and reopen it in the next.
  let bold = false;
  return pieces.map((p) => {
    let s = (bold ? '<b>' : '') + p;
    const opens = (p.match(/<b>/g) ?? []).length;
    const closes = (p.match(/<\/b>/g) ?? []).length;
    bold = (bold ? 1 : 0) + opens - closes > 0;
    if (bold) s += '</b>';
    return `${open}${s}${close}`;
  });
}
