import type { Lang } from '../types.js';

const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/gu;
const LATIN_LETTER = /(?=\p{L})\p{Script=Latin}/gu;

/** Letter counts per script (letters only: digits, punctuation and emoji are ignored). */
export function scriptCounts(text: string): { arabic: number; latin: number; letters: number } {
  return {
    arabic: text.match(ARABIC_LETTER)?.length ?? 0,
    latin: text.match(LATIN_LETTER)?.length ?? 0,
    letters: text.match(LETTER)?.length ?? 0,
  };
}

/**
 * The dominant script decides (questions are short, so letter counts beat any n-gram model):
 * 'ar' when Arabic-script letters are the majority of letters, 'en' when Latin letters are,
 * 'other' otherwise (no letters, another script, or an even mix).
 */
export function detectLang(text: string): Lang {
  const { arabic, latin, letters } = scriptCounts(text);
  if (letters === 0) return 'other';
  if (arabic * 2 > letters) return 'ar';
  if (latin * 2 > letters) return 'en';
  return 'other';
}

/** True when the text contains letters and every one of them is Latin. */
export function isLatinOnly(text: string): boolean {
  const { latin, letters } = scriptCounts(text);
  return letters > 0 && latin === letters;
}
