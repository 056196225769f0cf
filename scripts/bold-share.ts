/**
 * How much of each quoted paragraph a reply puts in bold, read from the text and entities Telegram
 * makes of the bot's HTML. A hit's paragraph may be drawn as several adjacent quotes (a long one is
 * folded around its highlight): quotes separated only by a line break count as one paragraph.
 */
export interface Entity { type: string; offset: number; length: number }

const QUOTE = new Set(['blockquote', 'expandable_blockquote']);


/** Bold share (0–1, by visible characters) of each quoted paragraph in one message. */
export function boldShares(text: string, entities: readonly Entity[]): number[] {
  const quotes = entities.filter((e) => QUOTE.has(e.type)).sort((a, b) => a.offset - b.offset);
  const groups: Array<{ start: number; end: number }> = [];
  for (const q of quotes) {
    const last = groups.at(-1);
    if (last && /^\s*$/u.test(text.slice(last.end, q.offset))) last.end = q.offset + q.length;
    else groups.push({ start: q.offset, end: q.offset + q.length });
  }
  const bold = entities.filter((e) => e.type === 'bold');
  return groups.map((g) => {
    const inBold = new Array<boolean>(g.end - g.start).fill(false);
    for (const b of bold) for (let i = Math.max(b.offset, g.start); i < Math.min(b.offset + b.length, g.end); i++) inBold[i - g.start] = true;
    const chars = [...text.slice(g.start, g.end)];
    let total = 0;
    let marked = 0;
    // UTF-16 offsets, as Telegram counts them; whitespace does not count either way.
    let at = 0;
    for (const ch of chars) {
      if (!/\s/u.test(ch)) { total++; if (inBold[at]) marked++; }
      at += ch.length;
    }
    return total === 0 ? 0 : marked / total;
  });
}

/** Average share and how many paragraphs are bold from end to end (≥ 99 % of their characters). */
export function summarizeShares(shares: readonly number[]): { quotes: number; average: number; fullyBold: number } {
  const n = shares.length;
  return { quotes: n, average: n ? shares.reduce((a, b) => a + b, 0) / n : 0, fullyBold: shares.filter((s) => s >= 0.99).length };
}
