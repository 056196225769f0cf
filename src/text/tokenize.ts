/** Tokenization into search terms: each word is analysed by its own script, so mixed paragraphs work. */
import { memo } from './memo.js';
import { normalizeText } from './normalize.js';
import { isStopword } from './stopwords.js';
import { arabicRootish, stemArabic, stemEnglish } from './stem.js';
import { markIdioms } from './idioms.js';

export type Script = 'ar' | 'latin' | 'digit';

export interface Word {
  /** normalized surface form (no stemming) */
  norm: string;
  /** the word as written */
  raw: string;
  script: Script;
  /** offset in the normalized string, for phrase adjacency */
  index: number;
  /** the noun of a fixed expression ("في ضوء": in light of): not a content word (idioms.ts) */
  idiom?: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const ARABIC = /[\u0600-\u06FF]/;

export function scriptOf(w: string): Script {
  if (ARABIC.test(w)) return 'ar';
  if (/^\p{N}+$/u.test(w)) return 'digit';
  return 'latin';
}

/** What the analysis of one written word gives; the same word recurs constantly, so it is computed once. */
interface Analysis { norm: string; script: Script; content: boolean; stem: string; index: string[] }

const CACHE_LIMIT = 500_000;
const analyses = new Map<string, Analysis | null>();

function analyse(raw: string): Analysis | null {
  let a = analyses.get(raw);
  if (a !== undefined) return a;
  const norm = normalizeText(raw).replace(/’/g, "'").replace(/'s$/, '');
  if (!norm) a = null;
  else {
    const script = scriptOf(norm);
    const content = !isStopword(norm) && (script === 'digit' || norm.length >= 2);
    const stem = stemWord(norm, script);
    a = { norm, script, content, stem, index: content ? (script === 'ar' ? [stem, ...rootishTerms(stem)] : [stem]) : [] };
  }
  // A bound on memory for pathological input; the vocabulary of real coverage stays far below it.
  if (analyses.size >= CACHE_LIMIT) analyses.clear();
  analyses.set(raw, a);
  return a;
}

/** Words of a text in normalized form, stopwords included (phrases and highlights need positions). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  for (const m of text.normalize('NFKC').matchAll(WORD)) {
    const a = analyse(m[0]);
    if (!a) continue;
    out.push({ norm: a.norm, raw: m[0], script: a.script, index: i++ });
  }
  markIdioms(out);
  return out;
}

export function stemWord(norm: string, script: Script): string {
  if (script === 'ar') return stemArabic(norm);
  if (script === 'latin') return stemEnglish(norm);
  return norm;
}

/** A word becomes a term unless it is a stopword or a single letter. */
export function isContentWord(w: Word): boolean {
  if (w.idiom || isStopword(w.norm)) return false;
  return w.script === 'digit' ? true : w.norm.length >= 2;
}

/** The terms a paragraph is indexed under (bag of stems), without the nouns of fixed expressions (idioms.ts). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.idiom) continue;
    const a = analyse(w.raw);
    if (a?.content) out.push(a.stem);
  }
  return out;
}

/** Prefix marking coarse Arabic forms in the index, so they never collide with a real stem. */
export const ROOTISH = '~';

export function rootishTerms(stem: string): string[] {
  return arabicRootish(stem).map((r) => ROOTISH + r);
}

/** The terms a paragraph is indexed under: stems, plus the coarse form of each Arabic stem. */
export function indexTerms(text: string): string[] {
  return indexTermsOf(words(text));
}

/** The index terms of words already split (the analysis of each is cached, so this is a lookup). */
export function indexTermsOf(ws: readonly Word[]): string[] {
  const out: string[] = [];
  for (const w of ws) if (!w.idiom) for (const t of analyse(w.raw)!.index) out.push(t);
  return out;
}

/** A text's words and each one's stem. */
export interface StemmedWords {
  words: Word[];
  stems: string[];
}

/**
 * A text's words and stems, remembered for the last few thousand texts: the checks on a question's
 * candidate paragraphs (who is quoted, where a number stands) read the same paragraphs search after search.
 */
export const stemmedWords: (text: string) => StemmedWords = memo((text: string) => {
  const ws = words(text);
  return { words: ws, stems: ws.map((w) => stemWord(w.norm, w.script)) };
}, 4096);

/** A text's words and, per word, the index terms indexTermsOf([word]) gives (none for an idiom's noun). */
export interface IndexedWords {
  words: readonly Word[];
  terms: ReadonlyArray<readonly string[]>;
}

const NO_TERMS: readonly string[] = [];

/**
 * indexedWords(text): the words of stemmedWords(text) with each one's index terms, remembered for the
 * last few thousand texts like it. The rerank's scans (whose noun, with whom, who is new) ask of every
 * word of 30 paragraphs per question whether it is one of the question's stems: a lookup here instead
 * of an analysis and an array per word. Keyed by the text itself, so re-indexed coverage never meets
 * an old entry; the arrays are shared: read-only.
 */
export const indexedWords: (text: string) => IndexedWords = memo((text: string): IndexedWords => {
  const ws = stemmedWords(text).words;
  return { words: ws, terms: ws.map((w) => (w.idiom ? NO_TERMS : analyse(w.raw)!.index)) };
}, 4096);
