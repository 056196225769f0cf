/**
 * The exhaustive term-at-a-time BM25 the product used before dynamic pruning, kept verbatim as the
 * reference the pruned search must equal (test/bm25-pruning.test.ts).
 *
 * BM25 over stems, scored per concept (Pirkola's structured query): all alternatives of a concept
 * count as one term — their frequencies add up and the concept's document frequency is that of
 * their union — so a word with many translations does not outweigh a word with one.
 */
import type { Concept } from '../../src/search/query.js';

interface Bm25Params { k1: number; b: number }
const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

interface Postings { docs: Uint32Array; tfs: Uint16Array }

interface LexicalHit {
  row: number;
  score: number;
  /** score / best score any document could get for this query: comparable across queries */
  normalized: number;
  /** indexes of the concepts this document matched */
  matched: number[];
}

interface ConceptStats { df: number; idf: number }

export class ExhaustiveBm25 {
  readonly size: number;
  private readonly docLen: Uint32Array;
  private readonly avgdl: number;
  private readonly postings = new Map<string, Postings>();
  /** scratch buffers reused across queries (search is synchronous, so this is safe) */
  private readonly acc: Float64Array;
  private readonly conceptTf: Float64Array;
  private readonly mask: Float64Array;
  /** BM25's length normalization per row, k1 · (1 − b + b · len / avglen), computed once */
  private readonly lenNorm: Float32Array;

  /** @param docs each row's terms; any iterable, so a large corpus is never held as term lists all at once */
  constructor(docs: Iterable<string[]>, count: number, private readonly params: Bm25Params = DEFAULT_BM25) {
    this.size = count;
    this.docLen = new Uint32Array(count);
    const build = new Map<string, { docs: number[]; tfs: number[] }>();
    let total = 0;
    let row = 0;
    for (const terms of docs) {
      this.docLen[row] = terms.length;
      total += terms.length;
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        let p = build.get(t);
        if (!p) build.set(t, (p = { docs: [], tfs: [] }));
        p.docs.push(row);
        p.tfs.push(Math.min(n, 65535));
      }
      row++;
    }
    for (const [t, p] of build) this.postings.set(t, { docs: Uint32Array.from(p.docs), tfs: Uint16Array.from(p.tfs) });
    this.avgdl = count ? total / count : 1;
    this.acc = new Float64Array(count);
    this.conceptTf = new Float64Array(count);
    this.mask = new Float64Array(count);
    const { k1, b } = params;
    this.lenNorm = Float32Array.from(this.docLen, (len) => k1 * (1 - b + (b * len) / this.avgdl));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  idf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Per-document weighted frequency of one concept, written into conceptTf; returns the touched rows. */
  private accumulateConcept(c: Concept): number[] {
    const touched: number[] = [];
    const tf = this.conceptTf;
    for (const alt of c.alternatives) {
      const lists = alt.terms.map((t) => this.postings.get(t));
      if (lists.length === 0 || lists.some((l) => !l)) continue;
      if (lists.length === 1) {
        const p = lists[0]!;
        for (let i = 0; i < p.docs.length; i++) {
          const d = p.docs[i]!;
          if (tf[d] === 0) touched.push(d);
          tf[d] = tf[d]! + alt.weight * p.tfs[i]!;
        }
        continue;
      }
      // A phrase: rows holding every term (postings are sorted by row, so a merge walk finds them
      // without building anything); its frequency is the rarest term's.
      const sorted = (lists as Postings[]).slice().sort((a, b) => a.docs.length - b.docs.length);
      const first = sorted[0]!;
      const rest = sorted.slice(1);
      const at = new Array<number>(rest.length).fill(0);
      for (let i = 0; i < first.docs.length; i++) {
        const d = first.docs[i]!;
        let m = first.tfs[i]!;
        let all = true;
        for (let j = 0; j < rest.length; j++) {
          const p = rest[j]!;
          let k = at[j]!;
          while (k < p.docs.length && p.docs[k]! < d) k++;
          at[j] = k;
          if (k === p.docs.length || p.docs[k] !== d) { all = false; break; }
          m = Math.min(m, p.tfs[k]!);
        }
        if (!all) continue;
        if (tf[d] === 0) touched.push(d);
        tf[d] = tf[d]! + alt.weight * m;
      }
    }
    return touched;
  }

  search(concepts: Concept[], k: number): { hits: LexicalHit[]; stats: ConceptStats[]; maxScore: number } {
    const { k1 } = this.params;
    const acc = this.acc;
    // Which concepts each row matched, as a bit mask (questions have far fewer than 32 concepts).
    const mask = this.mask;
    const rows: number[] = [];
    const stats: ConceptStats[] = [];
    let maxScore = 0;
    concepts.slice(0, 32).forEach((c, ci) => {
      const touched = this.accumulateConcept(c);
      const idf = this.idf(touched.length);
      stats.push({ df: touched.length, idf });
      maxScore += idf * (k1 + 1);
      const bit = 2 ** ci;
      for (const d of touched) {
        const f = this.conceptTf[d]!;
        this.conceptTf[d] = 0;
        const norm = this.lenNorm[d]!;
        if (mask[d] === 0) rows.push(d);
        acc[d] = acc[d]! + (idf * f * (k1 + 1)) / (f + norm);
        mask[d] = mask[d]! + bit;
      }
    });
    // Keep the k best in a small heap instead of sorting every matching row.
    const heap = new TopK(k);
    for (const d of rows) heap.offer(d, acc[d]!);
    const hits = heap.sorted().map(({ row, score }) => {
      const m: number[] = [];
      for (let ci = 0, bits = mask[row]!; bits > 0; ci++, bits = Math.floor(bits / 2)) if (bits % 2) m.push(ci);
      return { row, score, normalized: maxScore > 0 ? score / maxScore : 0, matched: m };
    });
    for (const d of rows) { acc[d] = 0; mask[d] = 0; }
    return { hits, stats, maxScore };
  }
}

/** A bounded min-heap of (row, score): O(n log k) top-k; ties go to the lower row, as a full sort would. */
class TopK {
  private readonly rows: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** true when a is worse than b */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.rows[i]! > this.rows[j]!);
  }

  private swap(i: number, j: number): void {
    [this.rows[i], this.rows[j]] = [this.rows[j]!, this.rows[i]!];
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
  }

  offer(row: number, score: number): void {
    if (this.k <= 0) return;
    if (this.rows.length < this.k) {
      this.rows.push(row);
      this.scores.push(score);
      for (let i = this.rows.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    const top = this.scores[0]!;
    if (score < top || (score === top && row > this.rows[0]!)) return;
    this.rows[0] = row;
    this.scores[0] = score;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.rows.length && this.worse(l, m)) m = l;
      if (r < this.rows.length && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): Array<{ row: number; score: number }> {
    return this.rows.map((row, i) => ({ row, score: this.scores[i]! })).sort((x, y) => y.score - x.score || x.row - y.row);
  }
}
