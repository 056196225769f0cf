/** Small string helpers shared by the ingest modules. Detection only: article text is never rewritten with these. */

/** Characters that are invisible on screen (zero-width marks, BOM, bidi controls). */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/gu;
/** HTML non-breaking-space entities that leak into scraped text. */
const NBSP_ENTITIES = /&(?:nbsp|#160|#x0*a0);?/giu;

/** True when a line carries no visible text (spaces, NBSP, zero-width marks, `&nbsp;`). */
export function isBlank(s: string): boolean {
  return s.replace(NBSP_ENTITIES, '').replace(INVISIBLE, '').trim() === '';
}

/** Closing quotes/brackets that may follow a sentence-final mark: `...».`, `."`, `.)`. */
const CLOSERS = `"'»”’)\\]›`;
/** Sentence-final punctuation: Latin . ! ? …, Arabic question mark ؟ and Arabic full stop ۔. */
export const SENTENCE_FINAL = '.!?؟…۔';

const ENDS_SENTENCE = new RegExp(`[${escapeClass(SENTENCE_FINAL)}][${escapeClass(CLOSERS)}]*$`, 'u');
const ENDS_PERIOD = new RegExp(`[.۔…][${escapeClass(CLOSERS)}]*$`, 'u');

/** True when the text ends like a finished sentence (. ! ? ؟ … ۔, optionally followed by closing quotes). */
export function endsSentence(s: string): boolean {
  return ENDS_SENTENCE.test(s.replace(INVISIBLE, '').trimEnd());
}

/** True when the text ends with a full stop (questions and exclamations excluded): headlines rarely do. */
export function endsWithPeriod(s: string): boolean {
  return ENDS_PERIOD.test(s.replace(INVISIBLE, '').trimEnd());
}

/** Arabic-Indic and Extended (Persian) digits to ASCII, for pattern matching only. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0)! & 0xf) % 10));
}

/**
 * Comparison key: collapses whitespace, drops diacritics/tatweel/invisible marks and folds
 * alef/ya/ta-marbuta variants so that `على` and `علي`, `أ` and `ا` compare equal.
 */
export function compareKey(s: string): string {
  return s
    .normalize('NFC')
    .replace(NBSP_ENTITIES, ' ')
    .replace(INVISIBLE, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Number of whitespace-separated words. */
export function wordCount(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(/\s+/u).length;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function escapeClass(s: string): string {
  return s.replace(/[\]\\^-]/g, '\\$&');
}
