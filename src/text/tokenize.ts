/** Tokenization into search terms: each word is analysed by its own script, so mixed paragraphs work. */
import { normalizeText } from './normalize.js';
import { isStopword } from './stopwords.js';
import { arabicRootish, stemArabic, stemEnglish } from './stem.js';

export type Script = 'ar' | 'latin' | 'digit';

export interface Word {
  /** normalized surface form (no stemming) */
  norm: string;
  /** the word as written */
  raw: string;
  script: Script;
  /** offset in the normalized string, for phrase adjacency */
  index: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const ARABIC = /[\u0600-\u06FF]/;

export function scriptOf(w: string): Script {
  if (ARABIC.test(w)) return 'ar';
  if (/^\p{N}+$/u.test(w)) return 'digit';
  return 'latin';
}

/** Words of a text in normalized form, stopwords included (phrases and highlights need positions). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  for (const m of text.normalize('NFKC').matchAll(WORD)) {
    const norm = normalizeText(m[0]).replace(/’/g, "'").replace(/'s$/, '');
    if (!norm) continue;
    out.push({ norm, raw: m[0], script: scriptOf(norm), index: i++ });
  }
  return out;
}

export function stemWord(norm: string, script: Script): string {
  if (script === 'ar') return stemArabic(norm);
  if (script === 'latin') return stemEnglish(norm);
  return norm;
}

/** A word becomes a term unless it is a stopword or a single letter. */
export function isContentWord(w: Word): boolean {
  if (isStopword(w.norm)) return false;
  return w.script === 'digit' ? true : w.norm.length >= 2;
}

/** The terms a paragraph is indexed under (bag of stems). */
export function terms(text: string): string[] {
  return words(text).filter(isContentWord).map((w) => stemWord(w.norm, w.script));
}

/** Prefix marking coarse Arabic forms in the index, so they never collide with a real stem. */
export const ROOTISH = '~';

export function rootishTerms(stem: string): string[] {
  return arabicRootish(stem).map((r) => ROOTISH + r);
}

/** The terms a paragraph is indexed under: stems, plus the coarse form of each Arabic stem. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (!isContentWord(w)) continue;
    const stem = stemWord(w.norm, w.script);
    out.push(stem);
    if (w.script === 'ar') out.push(...rootishTerms(stem));
  }
  return out;
}
