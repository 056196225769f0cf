/**
 * A short lede and the paragraph restating it in full. News articles often open with a one-line
 * summary ("ذكرت مصادر … أن زيارة لاريجاني … تشكّل نقطة انعطاف …") that the next paragraph tells again
 * with its attribution and details. BM25's length normalization puts the short line first; a reader
 * wants the full paragraph. Only the top of the final order is read, never the whole coverage.
 */

/** How many of the final order's first rows are compared, pairwise. */
export const RESTATEMENT_DEPTH = 10;
/**
 * "Most of A's content words": the share of A's distinct stems B must hold more than. On the seeds'
 * 566 same-article pairs the one lede (000#1 in 000#2) reaches 0.62, the next highest pair 0.41
 * (002#6 in 002#12, unrelated: lifted at 0.4, Arabic R@1 −3).
 */
export const RESTATES = 0.5;
/**
 * "More fully": b holds at least this many times a's distinct stems. A lede is a line, its restatement a
 * paragraph (000#1 in 000#2: 13 distinct stems in 34); two body paragraphs of like length sharing a figure are two
 * statements, and the rerank's choice between them stands (describer.ts: the one where the person speaks).
 */
export const FULLER = 1.5;

/** What the rule reads of a row: its article, its stems (the index's, as ids) and which question concepts it holds. */
export interface RestatementView {
  article(row: number): string;
  stems(row: number): ArrayLike<number>;
  /** whether the row holds the question's concept i */
  holds(row: number, concept: number): boolean;
  concepts: number;
}

/** The share of a's distinct stems that b holds too (containment, not Jaccard: b may say much more). */
export function containment<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  return shareHeld(new Set(Array.from(a)), new Set(Array.from(b)));
}

function shareHeld<T>(as: ReadonlySet<T>, bs: ReadonlySet<T>): number {
  if (as.size === 0) return 0;
  let n = 0;
  for (const x of as) if (bs.has(x)) n++;
  return n / as.size;
}

/**
 * Whether b restates a more fully: same article, most of a's stems in b, b holding more distinct
 * stems (half again as many), and every question concept a holds (a question asking what only a says keeps a first).
 * `distinct` gives a row's distinct stems; restatedFirst passes one that builds each row's set once.
 */
export function restates(a: number, b: number, view: RestatementView, distinct: (row: number) => ReadonlySet<number> = (r) => new Set(Array.from(view.stems(r)))): boolean {
  if (view.article(a) !== view.article(b)) return false;
  const sa = distinct(a);
  const sb = distinct(b);
  if (sb.size < FULLER * sa.size) return false;
  if (shareHeld(sa, sb) <= RESTATES) return false;
  for (let i = 0; i < view.concepts; i++) if (view.holds(a, i) && !view.holds(b, i)) return false;
  return true;
}

/**
 * The order with each restating paragraph moved directly above the lede it restates (the lede stays,
 * right after it), among the first `depth` rows; `lifted` maps each moved row to the row it now precedes,
 * so the caller can show it with that row's score (scores never rise down a ranking).
 */
export function restatedFirst(order: readonly number[], view: RestatementView, depth = RESTATEMENT_DEPTH): { order: number[]; lifted: Map<number, number> } {
  const out = order.slice();
  const lifted = new Map<number, number>();
  const n = Math.min(depth, out.length);
  // Each row is compared with up to depth − 1 others: its distinct stems are gathered once.
  const sets = new Map<number, ReadonlySet<number>>();
  const distinct = (row: number) => {
    let set = sets.get(row);
    if (!set) sets.set(row, (set = new Set(Array.from(view.stems(row)))));
    return set;
  };
  for (let i = 0; i < n; i++) {
    const a = out[i]!;
    // A row already moved, or a lede already followed by its restatement, is settled.
    if (lifted.has(a) || [...lifted.values()].includes(a)) continue;
    for (let j = i + 1; j < n; j++) {
      const b = out[j]!;
      if (lifted.has(b) || !restates(a, b, view, distinct)) continue;
      out.splice(j, 1);
      out.splice(i, 0, b);
      lifted.set(b, a);
      break;
    }
  }
  return { order: out, lifted };
}
