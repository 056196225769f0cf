/**
 * Whether a real model's nearest paragraph is evidence of an answer. Multilingual-e5 cosines sit
 * high (about 0.7–0.9) even for unrelated text, so a fixed cosine threshold is unsafe: what counts
 * is how far the best paragraph stands above the question's typical similarity to the coverage,
 * here the mean and spread of the other nearest paragraphs (a z-score).
 */
export interface DenseEvidence {
  top: number;
  /** mean and standard deviation of the other nearest paragraphs' cosines */
  mean: number;
  spread: number;
  /** (top − mean) / spread */
  z: number;
}

/** z at or above which the best paragraph stands out enough to count as an answer */
export const DENSE_MIN_Z = 3.5;
/** a floor on the spread: identical cosines (a tiny or uniform coverage) must not make any gap look huge */
const MIN_SPREAD = 0.01;
/** fewer neighbours than this say nothing about what is typical */
const MIN_SAMPLE = 8;

/** @param scores cosines of the nearest paragraphs, best first */
export function denseEvidence(scores: readonly number[]): DenseEvidence | null {
  if (scores.length < MIN_SAMPLE + 1) return null;
  const top = scores[0]!;
  const rest = scores.slice(1);
  const mean = rest.reduce((a, b) => a + b, 0) / rest.length;
  const variance = rest.reduce((a, b) => a + (b - mean) ** 2, 0) / rest.length;
  const spread = Math.sqrt(variance);
  return { top, mean, spread, z: (top - mean) / Math.max(spread, MIN_SPREAD) };
}

export function denseAnswers(e: DenseEvidence | null, minZ = DENSE_MIN_Z): boolean {
  return e !== null && e.z >= minZ;
}
