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
 * Groups items whose texts are near-duplicates; each group keeps the first (best-ranked) item as
 * its head. `shinglesOf` lets the caller cache each text's shingles.
 */
export function groupNearDuplicates<T>(items: T[], shinglesOf: (x: T) => Set<string>, threshold = NEAR_DUPLICATE): Array<{ head: T; dups: T[] }> {
  const groups: Array<{ head: T; dups: T[]; sh: Set<string> }> = [];
  for (const item of items) {
    const sh = shinglesOf(item);
    const g = groups.find((x) => jaccard(x.sh, sh) >= threshold);
    if (g) g.dups.push(item);
    else groups.push({ head: item, dups: [], sh });
  }
  return groups.map(({ head, dups }) => ({ head, dups }));
}
