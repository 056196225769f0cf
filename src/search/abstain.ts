/**
 * When to say "the coverage has nothing on this". The best paragraph must match enough of the
 * question's weight: coverage = Σ idf of the concepts it matches / Σ idf of all concepts. A
 * concept no paragraph holds (a word the coverage never uses, with no translation it uses) has
 * the highest idf, so an off-topic question sinks below the threshold even when a few common
 * words match.
 */
import { stemmedWords } from '../text/tokenize.js';
import { isSayingWord } from './frame-words.js';
export interface AbstainInput {
  /** weight of each concept of the question (its idf, lowered for concepts the search cannot check) */
  idf: number[];
  /** concepts matched by the best paragraph (indexes into idf) */
  matched: number[];
  /** per matched concept (same order), how fully it is matched, 0–1 (a coarse form only: less); default 1 */
  strength?: number[];
}

export const MIN_COVERAGE = 0.35;

export function coverage({ idf, matched, strength }: AbstainInput): number {
  const total = idf.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return matched.reduce((a, i, j) => a + (idf[i] ?? 0) * (strength?.[j] ?? 1), 0) / total;
}

export function shouldAbstain(input: AbstainInput, minCoverage = MIN_COVERAGE): { abstain: boolean; coverage: number; reason?: string } {
  if (input.idf.length === 0) return { abstain: true, coverage: 0, reason: 'no searchable words in the question' };
  if (input.matched.length === 0) return { abstain: true, coverage: 0, reason: 'no paragraph matches any word of the question' };
  const c = coverage(input);
  if (c < minCoverage) return { abstain: true, coverage: c, reason: `best paragraph covers ${(c * 100).toFixed(0)}% of the question (< ${minCoverage * 100}%)` };
  return { abstain: false, coverage: c };
}

/**
 * "وحثّ خلال مقابلة مع شبكة …", "كما أعرب عن تقديره …", "وأضاف: «…»", "He urged …": a paragraph opening with
 * "and" / "also" and a verb of saying whose subject is left out (the next word is a preposition, أن, a
 * quote) goes on with the previous paragraph's speaker — news names the speaker once and reports the rest
 * of the interview in the next paragraphs. The people that paragraph names are named here too (engine:
 * the share of the question).
 */
const OPENS_CLAUSE = /^(?:ان|انه|انها|بان|بانه|خلال|في|فى|علي|الي|عن|امام|لدي|مع|من|اثناء|ايضا|كذلك|that|in|during|on|at|to|also|the)$/;
const PRONOUN_SUBJECT = /^(?:he|she|they)$/;
const ALSO = /^(?:كما|وكما)$/;

export function omitsSubject(text: string): boolean {
  const ws = stemmedWords(text).words.slice(0, 4).map((w) => w.norm);
  if (ws.length < 2) return false;
  if (PRONOUN_SUBJECT.test(ws[0]!)) return isSayingWord(ws[1]!) || (ws[1] === 'also' && isSayingWord(ws[2] ?? ''));
  const at = ALSO.test(ws[0]!) ? 1 : /^[وف]/.test(ws[0]!) ? 0 : -1;
  if (at < 0 || !isSayingWord(ws[at] ?? '')) return false;
  // The verb straight before a colon or a quote: what follows is the words said (وأضاف: «…»).
  const raw = text.trim().split(/\s+/);
  const quoteNext = /[:«"“]$/.test(raw[at] ?? '') || /^[:«"“]/.test(raw[at + 1] ?? '');
  return quoteNext || OPENS_CLAUSE.test(ws[at + 1] ?? '');
}
