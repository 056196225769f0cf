/**
 * The part of a paragraph that answers: the sentence matching the most concept weight, and when
 * that sentence is long (Arabic news paragraphs are often one long sentence) its best clause —
 * split at commas and semicolons (، ؛ , ;), colons, quotes (« » “ ” ") and و-clauses (a word
 * opening with the conjunction و before a verb or particle: "وأكد", "وقال", "وفي"). Always a
 * substring of the paragraph as written, so the caller can mark it.
 */
import { memo } from '../text/memo.js';
import { terms } from '../text/tokenize.js';
import type { Concept } from './query.js';

/**
 * A full stop after a title (Dr., Gen.) or an initial (U.S., M.) ends no sentence: "… received Dr. Ali Larijani"
 * would otherwise bold "… received Dr." alone.
 */
const SENTENCE_END = /(?<=[.!?؟。;؛])(?<!(?:^|[^\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Amb|Pres|St|Jr|Sr|Mt|No|vs|\p{Lu})\.)\s+|\n+/u;
/** sentences longer than this are cut into clauses */
const LONG_SENTENCE = 160;
/** clauses shorter than this join the next one: "قال لاريجاني،" alone says nothing */
const MIN_CLAUSE = 40;

/**
 * Where a clause may end: after a comma, semicolon or colon (Arabic or Latin) or a closing quote;
 * before an opening quote; before a و-clause (و + a verb or particle, not و + a noun like وزير).
 */
const CLAUSE_BREAK = new RegExp(
  [
    '(?<=[،,؛;:])\\s+',
    '(?<=[»”])\\s+',
    '\\s+(?=[«“"])',
    '\\s+(?=و(?:قد|قال|قالت|كان|كانت|أن|أنّ|إن|إنّ|لكن|في|فى|لا|لم|لن|هو|هي|هذا|هذه|ذلك|بحسب|بينما|حيث|أكد|أكدت|أضاف|أضافت|أشار|أشارت|أوضح|أوضحت|تابع|لفت|اعتبر|وصف|ي\\p{L}{3,}|ت\\p{L}{3,})(?![\\p{L}]*ة(?![\\p{L}])))',
  ].join('|'),
  'gu',
);

export function sentences(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Clauses of a sentence, each a substring of it; short ones merged with their neighbour. */
export function clauses(sentence: string): string[] {
  const cuts: number[] = [0];
  for (const m of sentence.matchAll(CLAUSE_BREAK)) cuts.push(m.index! + m[0].length);
  cuts.push(sentence.length);
  const pieces: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) pieces.push([cuts[i]!, cuts[i + 1]!]);
  // Merge short pieces forward (the last one backward).
  const merged: Array<[number, number]> = [];
  for (const p of pieces) {
    const last = merged.at(-1);
    if (last && sentence.slice(last[0], last[1]).trim().length < MIN_CLAUSE) last[1] = p[1];
    else merged.push([...p]);
  }
  const tail = merged.at(-1);
  if (merged.length > 1 && tail && sentence.slice(tail[0], tail[1]).trim().length < MIN_CLAUSE) {
    merged.pop();
    merged.at(-1)![1] = tail[1];
  }
  return merged.map(([a, b]) => sentence.slice(a, b).trim()).filter((s) => s.length > 0);
}

function conceptScore(sentenceTerms: ReadonlySet<string>, concepts: Concept[], weights: number[]): number {
  let score = 0;
  concepts.forEach((c, i) => {
    if (c.alternatives.some((a) => a.terms.every((t) => sentenceTerms.has(t)))) score += weights[i] ?? 1;
  });
  return score;
}

/** A piece's index terms as a set. */
export type PieceTerms = (piece: string) => ReadonlySet<string>;

const termSet: PieceTerms = (piece) => new Set(terms(piece));

/**
 * PieceTerms remembered for the last `size` pieces: the paragraphs a search returns keep turning
 * up, and tokenizing and stemming their sentences again is most of highlighting's time.
 */
export function cachedPieceTerms(size = 4096): PieceTerms {
  return memo(termSet, size);
}

/** The best-scoring piece; ties go to the earlier one, which in news usually carries the fact. */
function best(pieces: string[], concepts: Concept[], weights: number[], termsOf: PieceTerms): string | undefined {
  let out: string | undefined;
  let bestScore = -1;
  for (const s of pieces) {
    const score = conceptScore(termsOf(s), concepts, weights);
    if (score > bestScore) { out = s; bestScore = score; }
  }
  return out;
}

/** Best sentence, cut to its best clause when long. */
export function bestSentence(text: string, concepts: Concept[], weights: number[], termsOf: PieceTerms = termSet): string {
  const sentence = best(sentences(text), concepts, weights, termsOf) ?? text;
  if (sentence.length <= LONG_SENTENCE) return sentence;
  return best(clauses(sentence), concepts, weights, termsOf) ?? sentence;
}
