import type { Lang } from '../types.js';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;

/** The dominant script decides: questions are short, so letter counts beat any n-gram model here. */
export function detectLang(text: string): Lang {
  const ar = text.match(ARABIC_LETTER)?.length ?? 0;
  const la = text.match(LATIN_LETTER)?.length ?? 0;
  if (ar === 0 && la === 0) return 'other';
  const other = (text.match(/\p{L}/gu)?.length ?? 0) - ar - la;
  if (other > ar + la) return 'other';
  return ar >= la ? 'ar' : 'en';
}
