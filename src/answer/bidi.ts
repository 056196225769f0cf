/**
 * Bidirectional text in mixed Arabic/Latin lines. A line like "title · Al Mayadeen · 21 Oct 2025"
 * whose title is Arabic is laid out right to left, and the Latin and numeric pieces then jump
 * around; isolating each piece (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE)
 * keeps it one unit, and a leading mark sets the line's direction to the reader's language.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';
const LRM = '\u200E';
const RLM = '\u200F';

/** One piece laid out on its own, whatever its neighbours' direction. */
export function isolate(piece: string): string {
  return piece ? `${FSI}${piece}${PDI}` : piece;
}

/** The invisible mark that starts a line in the reader's direction (RLM or LRM, strong but unseen). */
export function lineStart(lang: 'ar' | 'en'): string {
  return lang === 'ar' ? RLM : LRM;
}

/**
 * Pieces joined into one line that runs in the reader's direction, each piece isolated; `prefix`
 * (a number, a dash) comes first in that direction.
 */
export function isolatedLine(pieces: ReadonlyArray<string | undefined>, lang: 'ar' | 'en', prefix = '', sep = ' · '): string {
  return lineStart(lang) + prefix + pieces.filter((x): x is string => Boolean(x)).map(isolate).join(sep);
}
