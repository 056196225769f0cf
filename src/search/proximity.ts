/**
 * A reranking signal BM25 lacks: question words that stand next to each other in the paragraph
 * too ("أمين المجلس الأعلى", "foreign ministry") mark the passage that says what was asked.
 */
import { terms } from '../text/tokenize.js';
import type { Concept } from './query.js';

/** Which concept (if any) each stem stands for, by single-term alternatives; the first concept wins. */
export function conceptOwners(concepts: Concept[]): Map<string, number> {
  const owner = new Map<string, number>();
  concepts.forEach((c, i) => {
    for (const a of c.alternatives) if (a.terms.length === 1 && !owner.has(a.terms[0]!)) owner.set(a.terms[0]!, i);
  });
  return owner;
}

/**
 * Σ over pairs of different concepts found within two words of each other, weighted by the pair's
 * mean idf, each pair counted once; normalized by the weight of all the question's adjacent pairs.
 * `tokens` are one stem per content word (so positions are word positions), `owner` maps a token to
 * its concept.
 */
export function proximityOfTokens<T>(tokens: ArrayLike<T>, owner: ReadonlyMap<T, number>, concepts: Concept[], idf: number[]): number {
  if (concepts.length < 2) return 0;
  const nc = concepts.length;
  const seen = new Set<number>();
  let score = 0;
  for (let i = 0; i < tokens.length; i++) {
    const a = owner.get(tokens[i]!);
    if (a === undefined) continue;
    for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
      const b = owner.get(tokens[j]!);
      if (b === undefined || b === a) continue;
      const key = a < b ? a * nc + b : b * nc + a;
      if (seen.has(key)) continue;
      seen.add(key);
      score += ((idf[a] ?? 0) + (idf[b] ?? 0)) / 2;
    }
  }
  let max = 0;
  for (let i = 0; i + 1 < concepts.length; i++) max += ((idf[i] ?? 0) + (idf[i + 1] ?? 0)) / 2;
  return max > 0 ? Math.min(1, score / max) : 0;
}

export function proximityScore(text: string, concepts: Concept[], idf: number[]): number {
  return proximityOfTokens(terms(text), conceptOwners(concepts), concepts, idf);
}

/**
 * The share of a paragraph's matched question weight (Σ idf of the concepts it matches) that its
 * best line holds alone: 1 for a paragraph of one line. A list of headlines ("النقاط الرئيسية")
 * matches many question words, each in another line about another fact; the answer is one line.
 */
export function bestLineShare(lines: ReadonlyArray<readonly string[]>, owner: ReadonlyMap<string, number>, idf: number[]): number {
  if (lines.length < 2) return 1;
  const all = new Set<number>();
  let best = 0;
  for (const line of lines) {
    const seen = new Set<number>();
    for (const t of line) { const c = owner.get(t); if (c !== undefined) { seen.add(c); all.add(c); } }
    let w = 0;
    for (const c of seen) w += idf[c] ?? 0;
    best = Math.max(best, w);
  }
  let total = 0;
  for (const c of all) total += idf[c] ?? 0;
  return total > 0 ? best / total : 1;
}

/**
 * The share of the question's weight (Σ idf) that a paragraph lacks and the paragraph before it
 * holds: a short paragraph continuing the previous one ("وفي حين واجهت مثل هذه التبادلات قيودًا …")
 * leaves out what that one named (defense exchanges between Iran and Pakistan). 0 without a previous paragraph.
 */
export function contextShare<T>(tokens: ArrayLike<T>, previous: ArrayLike<T> | null, owner: ReadonlyMap<T, number>, idf: number[]): number {
  if (!previous) return 0;
  const own = new Set<number>();
  for (let i = 0; i < tokens.length; i++) { const c = owner.get(tokens[i]!); if (c !== undefined) own.add(c); }
  const before = new Set<number>();
  for (let i = 0; i < previous.length; i++) { const c = owner.get(previous[i]!); if (c !== undefined && !own.has(c)) before.add(c); }
  let w = 0;
  for (const c of before) w += idf[c] ?? 0;
  let total = 0;
  for (const x of idf) total += x;
  return total > 0 ? w / total : 0;
}
