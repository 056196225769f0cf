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

/** No token id reaches this: it pads a text shorter than a shingle, so its one shingle is like no 3-gram. */
const PAD = 0xffffffff;

/**
 * The distinct word 3-grams of a sequence of token ids, as triples sorted lexicographically in one
 * flat array: the same set as shinglesOfTokens (a text of one or two tokens is one padded
 * shingle), compared by merging instead of hashing strings.
 */
export function shingleTriples(t: ArrayLike<number>): Uint32Array {
  const n = t.length < 3 ? Math.min(t.length, 1) : t.length - 2;
  const order = Array.from({ length: n }, (_, i) => i);
  const at = (i: number, k: number): number => (i + k < t.length ? t[i + k]! : PAD);
  const cmp = (i: number, j: number): number => at(i, 0) - at(j, 0) || at(i, 1) - at(j, 1) || at(i, 2) - at(j, 2);
  order.sort(cmp);
  const out = new Uint32Array(n * 3);
  let len = 0;
  for (let x = 0; x < n; x++) {
    const i = order[x]!;
    if (x > 0 && cmp(order[x - 1]!, i) === 0) continue;
    out[len++] = at(i, 0);
    out[len++] = at(i, 1);
    out[len++] = at(i, 2);
  }
  return out.slice(0, len);
}

/** nearDuplicate for shingleTriples: the same decision, the overlap counted by a merge. */
export function nearDuplicateTriples(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
  const na = a.length / 3;
  const nb = b.length / 3;
  if (na === 0 || nb === 0) return 0 >= threshold;
  if (Math.min(na, nb) / Math.max(na, nb) < threshold) return false;
  const total = na + nb;
  // The least overlap passing the threshold, by the same division (monotone in the overlap):
  // the merge stops once what is left on the shorter side cannot reach it.
  let need = Math.max(0, Math.floor((threshold * total) / (1 + threshold)) - 1);
  while (need <= total && need / (total - need) < threshold) need++;
  let inter = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const d = a[i]! - b[j]! || a[i + 1]! - b[j + 1]! || a[i + 2]! - b[j + 2]!;
    if (d === 0) {
      inter++;
      i += 3;
      j += 3;
    } else if (d < 0) i += 3;
    else j += 3;
    if (inter + Math.min(a.length - i, b.length - j) / 3 < need) return false;
  }
  return inter >= need;
}

/**
 * Groups items whose texts are near-duplicates; each group keeps the first (best-ranked) item as
 * its head. `shinglesOf` lets the caller cache each text's shingles; `near` compares two of them.
 */
export function groupNearDuplicates<T, S = Set<string>>(
  items: T[],
  shinglesOf: (x: T) => S,
  threshold = NEAR_DUPLICATE,
  near: (a: S, b: S, threshold: number) => boolean = nearDuplicate as unknown as (a: S, b: S, threshold: number) => boolean,
): Array<{ head: T; dups: T[] }> {
  const groups: Array<{ head: T; dups: T[]; sh: S }> = [];
  for (const item of items) {
    const sh = shinglesOf(item);
    const g = groups.find((x) => near(x.sh, sh, threshold));
    if (g) g.dups.push(item);
    else groups.push({ head: item, dups: [], sh });
  }
  return groups.map(({ head, dups }) => ({ head, dups }));
}
