/** Text normalization shared by indexing, querying, highlighting and evaluation. */
import { memo } from './memo.js';

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function stripDiacritics(s: string): string {
  return s.replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '');
}

/** Arabic-Indic and Persian digits → ASCII, so "٢٠٢٥" matches "2025". */
export function asciiDigits(s: string): string {
  return s.replace(ARABIC_INDIC_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** Letter variants that writers use interchangeably: alef forms, alef maqsura, ta marbuta, hamza seats, Persian letters. */
export function foldArabicLetters(s: string): string {
  return s
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك');
}

/** The normalization used for matching terms: NFKC, lowercase, digits, diacritics, letter variants. */
export function normalizeText(s: string): string {
  return foldArabicLetters(stripDiacritics(asciiDigits(s.normalize('NFKC')))).toLowerCase();
}

/**
 * normalizeText remembered for the last few thousand texts: a search's checks (a time, a number, a
 * quoted kind, an earlier post) normalize the same candidate paragraphs and the same question again
 * and again. Keyed by the text itself, so new coverage can never meet an old entry. Not for single
 * words: tokenize.ts caches those, and the vocabulary would crowd the paragraphs out.
 */
export const normalizeCached: (s: string) => string = memo(normalizeText, 4096);

/**
 * The evaluation's normalization (shared/eval/README): NFKC; diacritics and tatweel removed;
 * أ إ آ ٱ → ا, ى → ي, ة → ه; quotes removed; whitespace collapsed; lowercase.
 */
export function normalizeForEval(s: string): string {
  return stripDiacritics(s.normalize('NFKC'))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/["'«»“”„‘’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
