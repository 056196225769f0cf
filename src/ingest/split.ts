/** Splitting over-long paragraphs at sentence ends so that each citation stays readable. */

/** Paragraphs longer than this are split. */
export const MAX_PARAGRAPH = 1200;
/** Pieces shorter than this are avoided (a split never leaves a stub). */
export const MIN_PIECE = 300;

/** Latin abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Capt|Sgt|St|No|vs|etc|Jr|Sr|U\.S|[A-Z])\.$/u;

/** Offsets just after sentence ends (. ! ? ؟ … ۔ plus closing quotes) that are followed by whitespace. */
function sentenceCuts(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/[.!?؟…۔]["'»”’)\]]*(?=\s)/gu)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    cuts.push(end);
  }
  // Line breaks inside a merged paragraph are natural boundaries too.
  for (const m of text.matchAll(/\n/gu)) cuts.push(m.index);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Weaker boundaries for a single sentence that is itself too long: clause marks, then spaces. */
function fallbackCuts(text: string): number[] {
  const clause = [...text.matchAll(/[،,;؛:](?=\s)/gu)].map((m) => m.index + 1);
  const space = [...text.matchAll(/\s+/gu)].map((m) => m.index);
  return [...new Set([...clause, ...space])].sort((a, b) => a - b);
}

function pickCut(cuts: number[], start: number, total: number, max: number, min: number): number | undefined {
  const remaining = total - start;
  const pieces = Math.ceil(remaining / max);
  const target = start + remaining / pieces;
  let best: number | undefined;
  for (const c of cuts) {
    if (c - start < min || c - start > max) continue;
    if (total - c < min) continue; // never leave a stub at the end
    if (best === undefined || Math.abs(c - target) < Math.abs(best - target)) best = c;
  }
  return best;
}

/**
 * Splits `text` into pieces of at most `max` characters, cutting at sentence ends near evenly
 * spaced targets and keeping pieces ≥ `min` characters. Pieces are trimmed substrings of `text`.
 */
export function splitLongParagraph(text: string, max = MAX_PARAGRAPH, min = MIN_PIECE): string[] {
  if (text.length <= max) return [text];
  const strong = sentenceCuts(text);
  const weak = fallbackCuts(text);
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const cut =
      pickCut(strong, start, text.length, max, min) ??
      pickCut(weak, start, text.length, max, min) ??
      pickCut(strong, start, text.length, max, 1) ??
      pickCut(weak, start, text.length, max, 1) ??
      start + max; // one unbroken token longer than `max`: hard cut
    pieces.push(text.slice(start, cut).trim());
    start = cut;
    while (start < text.length && /\s/u.test(text[start]!)) start++;
  }
  const last = text.slice(start).trim();
  if (last !== '') pieces.push(last);
  return pieces.filter((p) => p !== '');
}
