/**
 * A SearchResult as Telegram HTML: each hit's paragraph in a blockquote with the answering
 * sentence in bold, then its citation. Pure: the words around it come from the caller's i18n.
 */
import type { Hit } from '../search/types.js';
import type { Paragraph } from '../types.js';

export const TELEGRAM_LIMIT = 4096;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The paragraph escaped, with the highlighted sentence bold (matched on the raw text, escaped piecewise). */
export function quoteWithHighlight(text: string, highlight: string): string {
  const at = highlight ? text.indexOf(highlight) : -1;
  if (at < 0) return escapeHtml(text);
  return escapeHtml(text.slice(0, at)) + '<b>' + escapeHtml(highlight) + '</b>' + escapeHtml(text.slice(at + highlight.length));
}

/** The "never mentions" line: the missing words escaped and joined, put into the caller's sentence. */
export function neverMentionsHtml(missing: readonly string[], sentence: (words: string) => string, lang: 'ar' | 'en'): string {
  return sentence(missing.map((w) => `<b>${escapeHtml(w)}</b>`).join(lang === 'ar' ? ' ولا ' : ', '));
}

export interface CitationWords {
  /** e.g. "paragraph 3 of the article" in the user's language */
  paragraphOf(n: number): string;
  alsoIn: string;
}

export function citationHtml(p: Paragraph, words: CitationWords): string {
  const parts = [`<i>${escapeHtml(p.title)}</i>`, p.outlet && escapeHtml(p.outlet), p.date, words.paragraphOf(p.n)].filter(Boolean);
  return '— ' + parts.join(' · ');
}

export function hitHtml(hit: Hit, words: CitationWords): string {
  const also = hit.alsoIn.length
    ? `\n${escapeHtml(words.alsoIn)} ` + hit.alsoIn.map((p) => citationHtml(p, words).slice(2)).join('; ')
    : '';
  return `<blockquote>${quoteWithHighlight(hit.paragraph.text, hit.highlight)}</blockquote>\n${citationHtml(hit.paragraph, words)}${also}`;
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

/** Splits an over-long "<blockquote>…</blockquote>\ncitation" block at sentence ends (or spaces). */
function splitBlock(block: string, limit: number): string[] {
  const m = /^<blockquote>([\s\S]*)<\/blockquote>\n([\s\S]*)$/.exec(block);
  const inner = m ? m[1]! : block;
  const tail = m ? m[2]! : '';
  const budget = limit - '<blockquote></blockquote>\n'.length - '<b></b>'.length - tail.length - 8;
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
  let open = false;
  return pieces.map((p, i) => {
    let s = (open ? '<b>' : '') + p;
    const opens = (p.match(/<b>/g) ?? []).length;
    const closes = (p.match(/<\/b>/g) ?? []).length;
    open = (open ? 1 : 0) + opens - closes > 0;
    if (open) s += '</b>';
    return `<blockquote>${s}</blockquote>` + (i === pieces.length - 1 && tail ? `\n${tail}` : '');
  });
}
