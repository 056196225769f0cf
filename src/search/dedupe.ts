/** Near-duplicate detection by word-shingle overlap: the same wire text in two outlets is shown once. */
import { terms } from '../text/tokenize.js';

/** Word n-grams of a token sequence (stems, or their ids), as strings. */
export function shinglesOfTokens(t: ArrayLike<string | number> & { slice(a: number, b?: number): { join(s: string): string } }, n = 3): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n).join(' '));
  if (out.size === 0 && t.length) out.add(t.slice(0).join(' '));
  return out;
}

export function shingles(text: string, n = 3): Set<string> {
  return shinglesOfTokens(terms(text), n);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export const NEAR_DUPLICATE = 0.6;

/**
 * jaccard(a, b) >= threshold, decided early: sets whose sizes differ too much cannot reach it, and
 * the count stops once the shingles left cannot lift the overlap enough. Where it completes, it is
 * the same computation as jaccard, so the decisions are identical.
 */
export function nearDuplicate(a: Set<string>, b: Set<string>, threshold: number): boolean {
  if (a.size === 0 || b.size === 0) return 0 >= threshold;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size / large.size < threshold) return false;
  const total = a.size + b.size;
  let inter = 0;
  let left = small.size;
  for (const x of small) {
    if (large.has(x)) inter++;
    left--;
    if ((left & 7) === 0 && (inter + left) / (total - inter - left) < threshold) return false;
  }
  return inter / (total - inter) >= threshold;
}

/**
 * Groups items whose texts are near-duplicates; each group keeps the first (best-ranked) item as
 * its head. `shinglesOf` lets the caller cache each text's shingles.
 */
export function groupNearDuplicates<T>(items: T[], shinglesOf: (x: T) => Set<string>, threshold = NEAR_DUPLICATE): Array<{ head: T; dups: T[] }> {
  const groups: Array<{ head: T; dups: T[]; sh: Set<string> }> = [];
  for (const item of items) {
    const sh = shinglesOf(item);
    const g = groups.find((x) => nearDuplicate(x.sh, sh, threshold));
    if (g) g.dups.push(item);
    else groups.push({ head: item, dups: [], sh });
  }
  return groups.map(({ head, dups }) => ({ head, dups }));
}
