/** Reciprocal-rank fusion (Cormack et al. 2009): robust to the two rankers' incomparable scores. */
export function reciprocalRankFusion(rankings: number[][], k = 60, weights?: number[]): Array<{ row: number; score: number }> {
  const scores = new Map<number, number>();
  rankings.forEach((list, r) => {
    const w = weights?.[r] ?? 1;
    list.forEach((row, i) => scores.set(row, (scores.get(row) ?? 0) + w / (k + i + 1)));
  });
  return [...scores].map(([row, score]) => ({ row, score })).sort((a, b) => b.score - a.score || a.row - b.row);
}
