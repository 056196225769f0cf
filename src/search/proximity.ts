/**
 * A reranking signal BM25 lacks: question words that stand next to each other in the paragraph
 * too ("أمين المجلس الأعلى", "foreign ministry") mark the passage that says what was asked.
 */
import { terms } from '../text/tokenize.js';
import type { Concept } from './query.js';

/** Which concept (if any) each position of the text matches, by single-term alternatives. */
function conceptAt(text: string, concepts: Concept[]): Array<number | undefined> {
  const owner = new Map<string, number>();
  concepts.forEach((c, i) => {
    for (const a of c.alternatives) if (a.terms.length === 1 && !owner.has(a.terms[0]!)) owner.set(a.terms[0]!, i);
  });
  // One stem per content word, so positions are word positions.
  return terms(text).map((t) => owner.get(t));
}

/**
 * Σ over pairs of different concepts found within two words of each other, weighted by the pair's
 * mean idf, each pair counted once; normalized by the weight of all the question's adjacent pairs.
 */
export function proximityScore(text: string, concepts: Concept[], idf: number[]): number {
  if (concepts.length < 2) return 0;
  const at = conceptAt(text, concepts);
  const seen = new Set<string>();
  let score = 0;
  for (let i = 0; i < at.length; i++) {
    const a = at[i];
    if (a === undefined) continue;
    for (let j = i + 1; j <= i + 2 && j < at.length; j++) {
      const b = at[j];
      if (b === undefined || b === a) continue;
      const key = a < b ? `${a}:${b}` : `${b}:${a}`;
      if (seen.has(key)) continue;
      seen.add(key);
      score += ((idf[a] ?? 0) + (idf[b] ?? 0)) / 2;
    }
  }
  let max = 0;
  for (let i = 0; i + 1 < concepts.length; i++) max += ((idf[i] ?? 0) + (idf[i + 1] ?? 0)) / 2;
  return max > 0 ? Math.min(1, score / max) : 0;
}
