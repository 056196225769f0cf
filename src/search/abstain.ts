/**
 * When to say "the coverage has nothing on this". The best paragraph must match enough of the
 * question's weight: coverage = Σ idf of the concepts it matches / Σ idf of all concepts. A
 * concept no paragraph holds (a word the coverage never uses, with no translation it uses) has
 * the highest idf, so an off-topic question sinks below the threshold even when a few common
 * words match.
 */
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
