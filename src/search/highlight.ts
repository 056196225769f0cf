/** The sentence of a paragraph that answers the question best: the one matching the most concept weight. */
import { terms } from '../text/tokenize.js';
import type { Concept } from './query.js';

const SENTENCE_END = /(?<=[.!?؟。;؛])\s+|\n+/u;

export function sentences(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s.length > 0);
}

function conceptScore(sentenceTerms: Set<string>, concepts: Concept[], weights: number[]): number {
  let score = 0;
  concepts.forEach((c, i) => {
    if (c.alternatives.some((a) => a.terms.every((t) => sentenceTerms.has(t)))) score += weights[i] ?? 1;
  });
  return score;
}

/** Best sentence; ties go to the earlier sentence, which in news usually carries the fact. */
export function bestSentence(text: string, concepts: Concept[], weights: number[]): string {
  const all = sentences(text);
  let best = all[0] ?? text;
  let bestScore = -1;
  for (const s of all) {
    const score = conceptScore(new Set(terms(s)), concepts, weights);
    if (score > bestScore) { best = s; bestScore = score; }
  }
  return best;
}
