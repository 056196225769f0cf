/**
 * Whether words stand near each other in a text. standTogether: within one phrase (no comma or stop
 * between), a run of at most one word more than there are words — the words of a post ("وزير الخارجية
 * الباكستاني"), of a speaker ("الأمم المتحدة") or of an encyclopedia fact ("War and Peace") are one
 * thing only so. nearEachOther: two kinds of word (a name and a verb of saying, a number and what it
 * counts) within a window.
 */
import { stemmedWords } from '../text/tokenize.js';

/** Punctuation that ends a phrase. */
const PHRASE_BREAK = /[،,.;؛:!?؟()«»"“”\[\]/|\n]+/u;

/** `words`: each word as the set of index stems that spell it. */
export function standTogether(text: string, words: ReadonlyArray<ReadonlySet<string>>): boolean {
  if (words.length === 0) return true;
  const span = words.length + 1;
  for (const phrase of text.split(PHRASE_BREAK)) {
    const { stems } = stemmedWords(phrase);
    if (stems.length < words.length) continue;
    for (let i = 0; i < stems.length; i++) {
      if (!words.some((p) => spells(p, stems[i]!))) continue;
      const window = stems.slice(i, i + span);
      if (words.every((p) => window.some((s) => spells(p, s)))) return true;
    }
  }
  return false;
}

/** A stem spells a word when it is one of its stems or that stem lengthened (ايران's اير → الإيراني's ايرا). */
export function spells(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  for (const s of stems) if (s.length >= 3 && stem.length > s.length && stem.startsWith(s)) return true;
  return false;
}

/**
 * Whether some word marked in `a` stands within `window` words of one marked in `b` (same positions);
 * with `breaks`, no marked break may stand between them (a break at either end does not count).
 */
export function nearEachOther(a: readonly boolean[], b: readonly boolean[], window: number, breaks?: readonly boolean[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (!a[i]) continue;
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (b[j] && !(breaks && breaks.slice(Math.min(i, j) + 1, Math.max(i, j)).some(Boolean))) return true;
    }
  }
  return false;
}
