/**
 * BM25 over stems, scored per concept (Pirkola's structured query): all alternatives of a concept
 * count as one term — their frequencies add up and the concept's document frequency is that of
 * their union — so a word with many translations does not outweigh a word with one.
 *
 * Search is document-at-a-time with MaxScore pruning. Before the walk, each concept gets its rows
 * as a bitmap (a frequent term's own, or built from its lists) — which gives the union's document
 * frequency, hence its idf — and an upper bound on what it can add to a row's score (idf times the
 * largest tf / (tf + length norm) any of its lists holds). Concepts whose bounds together cannot
 * lift a row past the current k-th score are non-essential: candidate rows come from the other
 * concepts' bitmaps, 32 at a time, and a row is scored only when the bounds of the concepts that
 * hold it could beat the k-th score. Scores use the same floating-point operations in the same
 * order as exhaustive scoring, so the top k (ties to the lower row) is identical;
 * test/bm25-pruning.test.ts checks it against the old exhaustive scorer on random corpora.
 */
import type { Concept } from './query.js';
import { Cursor, END, listHolds, PostingsWriter, type EncodedLists, type ListRef } from './postings.js';

export interface Bm25Params { k1: number; b: number }
export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export interface LexicalHit {
  row: number;
  score: number;
  /** score / best score any document could get for this query: comparable across queries */
  normalized: number;
  /** indexes of the concepts this document matched */
  matched: number[];
}

export interface ConceptStats { df: number; idf: number }

/** Relative slack on upper bounds, so a float rounding in a score can never exceed its bound. */
const SLACK = 1 + 1e-9;
const MAX_CONCEPTS = 32;
/** Lists holding at least 1/32 of the rows also get a bitmap: their union sizes are then a word-wise OR. */
const BITMAP_SHARE = 32;
const PHRASE_CACHE = 4096;
/**
 * Rows are put in length classes, floor(lenNorm · LENGTH_SCALE) (capped at 255): the class's
 * smallest lenNorm bounds what a term can add to any row of the class.
 */
const LENGTH_SCALE = 16;
const LENGTH_CLASSES = 256;

/** A concept's rows in a search (see conceptBits). */
interface ConceptRows {
  rows: Uint32Array;
  /** rows held by more than one of its lists or with a tf above 1 */
  heavy: Uint32Array;
  /** rows held by its lists without a bitmap (null: it has none) — only those rows need a seek */
  rare: Uint32Array | null;
}

interface PhraseList { lists: EncodedLists; ref: ListRef; bound: number; maxTf: number }
/** One alternative's list as a search opens it; `term` is −1 for a phrase. */
interface OpenList extends PhraseList { weight: number; term: number }

/** The lists without a bitmap, decoded: list i's postings are rows / tfs [from[i], to[i]). */
interface Decoded { rows: Grow; tfs: Grow; from: Int32Array; to: Int32Array }

/** A growable typed array, for building without per-posting JS arrays. */
class Grow {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

function setBit(words: Uint32Array, i: number): void {
  words[i >>> 5] = words[i >>> 5]! | (1 << (i & 31));
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function popcount(words: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    let v = words[i]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

export class Bm25Index {
  readonly size: number;
  private readonly avgdl: number;
  private readonly ids = new Map<string, number>();
  private readonly lists: EncodedLists;
  private readonly firstBlock: Uint32Array;
  private readonly endBlock: Uint32Array;
  private readonly dfs: Uint32Array;
  /** per term: the largest tf / (tf + lenNorm) of its postings, and its largest tf */
  private readonly bounds: Float64Array;
  private readonly maxTf: Uint16Array;
  /** index row → the row's own number, and back (see the constructor) */
  private readonly byLength: Uint32Array;
  private readonly place: Uint32Array;
  private readonly bitmaps = new Map<number, { rows: Uint32Array; many: Uint32Array }>();
  /** BM25's length normalization per row, k1 · (1 − b + b · len / avglen), computed once */
  private readonly lenNorm: Float32Array;
  /** each row's length class (see LENGTH_SCALE), and the lowest and highest class of any row */
  private readonly lenClass: Uint8Array;
  private readonly classLo: number;
  private readonly classHi: number;
  /** per-search bound tables by concept and length class (see walk) */
  private readonly tables = new Float64Array((2 * MAX_CONCEPTS + 2) * LENGTH_CLASSES);
  /** scratch reused across questions (search is synchronous, so this is safe) */
  private readonly cursors: Cursor[] = [];
  private readonly phrases = new Map<string, PhraseList>();
  private readonly walker = new Cursor();
  /** 32-bit words in a bitmap of all rows */
  private readonly words: number;
  /** one bitmap slot per concept, for concepts without a precomputed bitmap */
  private scratch = new Uint32Array(0);
  /** per concept slot: its "heavy" rows, where its Σ weight · tf may exceed its largest weight */
  private heavyScratch = new Uint32Array(0);
  private rareScratch = new Uint32Array(0);
  /** the rows and frequencies of a search's lists without a bitmap (see Decoded) */
  private readonly decodedRows = new Grow(1 << 12);
  private readonly decodedTfs = new Grow(1 << 12);
  /** per 32-bit word: the rows the walk's seeding scores first (see walk) */
  private seedScratch = new Uint32Array(0);

  /** @param docs each row's terms; any iterable, so a large corpus is never held as term lists all at once */
  constructor(docs: Iterable<string[]>, count: number, private readonly params: Bm25Params = DEFAULT_BM25) {
    this.size = count;
    const docLen = new Uint32Array(count);
    // Pass 1: each row's distinct terms and frequencies, appended in row order.
    const postTerm = new Grow(1 << 16);
    const postTf = new Grow(1 << 16);
    const rowStart = new Float64Array(count + 1);
    const df = new Grow(1 << 12);
    let total = 0;
    let row = 0;
    const tf = new Map<number, number>();
    for (const terms of docs) {
      docLen[row] = terms.length;
      total += terms.length;
      tf.clear();
      for (const t of terms) {
        let id = this.ids.get(t);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(t, id);
          df.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      rowStart[row] = postTerm.length;
      for (const [id, n] of tf) {
        postTerm.push(id);
        postTf.push(Math.min(n, 65535));
        df.data[id]!++;
      }
      row++;
    }
    rowStart[row] = postTerm.length;
    this.avgdl = count ? total / count : 1;
    // Inside the index rows are numbered by length, shortest first (a stable counting sort): the
    // walk then meets the rows that can score highest first, and the rows of a bitmap word have
    // about the same length, so a whole word of long rows is ruled out at once. Results carry the
    // rows' own numbers, and ties still go to the lower one.
    let longest = 0;
    for (let r = 0; r < count; r++) longest = Math.max(longest, docLen[r]!);
    const firstOfLen = new Uint32Array(longest + 2);
    for (let r = 0; r < count; r++) firstOfLen[docLen[r]! + 1]!++;
    for (let l = 0; l <= longest; l++) firstOfLen[l + 1]! += firstOfLen[l]!;
    this.byLength = new Uint32Array(count);
    this.place = new Uint32Array(count);
    for (let r = 0; r < count; r++) {
      const i = firstOfLen[docLen[r]!]!++;
      this.byLength[i] = r;
      this.place[r] = i;
    }
    const { k1, b } = params;
    this.lenNorm = Float32Array.from(this.byLength, (r) => k1 * (1 - b + (b * docLen[r]!) / this.avgdl));
    this.lenClass = Uint8Array.from(this.lenNorm, (x) => Math.min(LENGTH_CLASSES - 1, Math.floor(x * LENGTH_SCALE)));
    // Rows are in length order, so the first and last rows have the extreme classes.
    this.classLo = count ? this.lenClass[0]! : 0;
    this.classHi = count ? this.lenClass[count - 1]! : -1;

    // Pass 2: postings grouped by term (a counting sort: rows stay ascending within a term).
    const terms = this.ids.size;
    const start = new Uint32Array(terms + 1);
    for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + df.data[t]!;
    const fill = start.slice(0, terms);
    const rows = new Uint32Array(postTerm.length);
    const tfs = new Uint16Array(postTerm.length);
    for (let i = 0; i < count; i++) {
      const r = this.byLength[i]!;
      if (r >= row) continue;
      for (let p = rowStart[r]!; p < rowStart[r + 1]!; p++) {
        const at = fill[postTerm.data[p]!]!++;
        rows[at] = i;
        tfs[at] = postTf.data[p]!;
      }
    }

    // Pass 3: encode each term's list; note its bound and, for very frequent terms, a bitmap.
    const writer = new PostingsWriter();
    this.firstBlock = new Uint32Array(terms);
    this.endBlock = new Uint32Array(terms);
    this.dfs = new Uint32Array(terms);
    this.bounds = new Float64Array(terms);
    this.maxTf = new Uint16Array(terms);
    const words = Math.ceil(count / 32);
    for (let t = 0; t < terms; t++) {
      const from = start[t]!;
      const to = start[t + 1]!;
      const ref = writer.add(rows, tfs, from, to);
      this.firstBlock[t] = ref.firstBlock;
      this.endBlock[t] = ref.endBlock;
      this.dfs[t] = ref.df;
      let bound = 0;
      let maxTf = 0;
      for (let i = from; i < to; i++) {
        const f = tfs[i]!;
        const g = f / (f + this.lenNorm[rows[i]!]!);
        if (g > bound) bound = g;
        if (f > maxTf) maxTf = f;
      }
      this.bounds[t] = bound;
      this.maxTf[t] = maxTf;
      if ((to - from) * BITMAP_SHARE >= count) {
        // Rows holding the term, and those holding it more than once: most frequencies are 1, so
        // scoring a row rarely has to decode the list.
        const bm = new Uint32Array(words);
        const many = new Uint32Array(words);
        for (let i = from; i < to; i++) {
          setBit(bm, rows[i]!);
          if (tfs[i]! > 1) setBit(many, rows[i]!);
        }
        this.bitmaps.set(t, { rows: bm, many });
      }
    }
    this.lists = writer.finish();
    this.words = words;
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  df(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.dfs[id]!;
  }

  /** Whether a row holds a term: the same answer as tokenizing its text again, read off the postings. */
  holds(row: number, term: string): boolean {
    const id = this.ids.get(term);
    if (id === undefined) return false;
    row = this.place[row]!;
    const bm = this.bitmaps.get(id);
    if (bm) return (bm.rows[row >>> 5]! & (1 << (row & 31))) !== 0;
    return listHolds(this.lists, this.termRef(id), row);
  }

  terms(): IterableIterator<string> {
    return this.ids.keys();
  }

  idf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Bytes held by the postings: encoded lists with their block index, and the frequent terms' bitmaps. */
  postingsBytes(): { lists: number; bitmaps: number } {
    let bitmaps = 0;
    for (const bm of this.bitmaps.values()) bitmaps += bm.rows.byteLength + bm.many.byteLength;
    return { lists: this.lists.bytes.byteLength + this.lists.blockLast.byteLength + this.lists.blockByte.byteLength, bitmaps };
  }

  private cursor(i: number): Cursor {
    while (this.cursors.length <= i) this.cursors.push(new Cursor());
    return this.cursors[i]!;
  }

  private termRef(id: number): ListRef {
    return { firstBlock: this.firstBlock[id]!, endBlock: this.endBlock[id]!, df: this.dfs[id]! };
  }

  /** A phrase's list: rows holding every term, its frequency the rarest term's; cached per phrase. */
  private phrase(ids: number[]): PhraseList {
    const key = ids.join(',');
    const hit = this.phrases.get(key);
    if (hit) return hit;
    const sorted = ids.slice().sort((a, b) => this.dfs[a]! - this.dfs[b]!);
    const cs = sorted.map((id, i) => this.cursor(i).open(this.lists, this.termRef(id), 1, 0));
    const rows: number[] = [];
    const tfs: number[] = [];
    let bound = 0;
    let maxTf = 0;
    const lead = cs[0]!;
    for (; lead.row !== END; lead.next()) {
      const d = lead.row;
      let m = lead.tf;
      let all = true;
      for (let j = 1; j < cs.length; j++) {
        const c = cs[j]!;
        c.seek(d);
        if (c.row !== d) { all = false; break; }
        m = Math.min(m, c.tf);
      }
      if (!all) continue;
      rows.push(d);
      tfs.push(m);
      bound = Math.max(bound, m / (m + this.lenNorm[d]!));
      maxTf = Math.max(maxTf, m);
    }
    const writer = new PostingsWriter(64);
    const ref = writer.add(rows, tfs, 0, rows.length);
    const list = { lists: writer.finish(), ref, bound, maxTf };
    if (this.phrases.size >= PHRASE_CACHE) this.phrases.clear();
    this.phrases.set(key, list);
    return list;
  }

  /**
   * The rows holding a concept (any of its lists), as a bitmap: a frequent term's own, or built in
   * the concept's scratch slot from its lists' bitmaps and postings. With it, the concept's heavy
   * rows: those held by more than one of its lists or with a tf above 1 — everywhere else the
   * concept's Σ weight · tf is one list's weight.
   */
  private conceptBits(slot: number, lists: OpenList[], from: number, to: number, decoded: Decoded): ConceptRows {
    const only = to - from === 1 && lists[from]!.term >= 0 ? this.bitmaps.get(lists[from]!.term) : undefined;
    if (only) return { rows: only.rows, heavy: only.many, rare: null };
    const words = this.words;
    if (this.scratch.length < (slot + 1) * words) {
      this.scratch = new Uint32Array(MAX_CONCEPTS * words);
      this.heavyScratch = new Uint32Array(MAX_CONCEPTS * words);
      this.rareScratch = new Uint32Array(MAX_CONCEPTS * words);
    }
    const bits = this.scratch.subarray(slot * words, (slot + 1) * words);
    const heavy = this.heavyScratch.subarray(slot * words, (slot + 1) * words);
    bits.fill(0);
    heavy.fill(0);
    let rare: Uint32Array | null = null;
    for (let i = from; i < to; i++) {
      const l = lists[i]!;
      const bm = l.term >= 0 ? this.bitmaps.get(l.term) : undefined;
      if (bm) {
        const rows = bm.rows;
        const many = bm.many;
        for (let w = 0; w < words; w++) {
          const r = rows[w]!;
          heavy[w] = heavy[w]! | (bits[w]! & r) | many[w]!;
          bits[w] = bits[w]! | r;
        }
        continue;
      }
      if (!rare) {
        rare = this.rareScratch.subarray(slot * words, (slot + 1) * words);
        rare.fill(0);
      }
      const walk = this.walker.open(l.lists, l.ref, 1, 0);
      decoded.from[i] = decoded.rows.length;
      for (; walk.row !== END; walk.next()) {
        const d = walk.row;
        decoded.rows.push(d);
        decoded.tfs.push(walk.tf);
        const w = d >>> 5;
        const bit = 1 << (d & 31);
        if (walk.tf > 1 || bits[w]! & bit) heavy[w] = heavy[w]! | bit;
        bits[w] = bits[w]! | bit;
        rare[w] = rare[w]! | bit;
      }
      decoded.to[i] = decoded.rows.length;
    }
    return { rows: bits, heavy, rare };
  }

  search(concepts: Concept[], k: number): { hits: LexicalHit[]; stats: ConceptStats[]; maxScore: number } {
    const { k1 } = this.params;
    const n = Math.min(concepts.length, MAX_CONCEPTS); // concepts past the 32nd are ignored
    // The usable alternatives' lists, concept by concept, in the alternatives' order.
    const altStart = new Int32Array(n + 1);
    const lists: OpenList[] = [];
    for (let ci = 0; ci < n; ci++) {
      altStart[ci] = lists.length;
      for (const alt of concepts[ci]!.alternatives) {
        if (alt.terms.length === 0) continue;
        const ids = alt.terms.map((t) => this.ids.get(t));
        if (ids.some((id) => id === undefined)) continue;
        if (ids.length === 1) {
          const id = ids[0]!;
          lists.push({ lists: this.lists, ref: this.termRef(id), weight: alt.weight, bound: this.bounds[id]!, maxTf: this.maxTf[id]!, term: id });
        } else {
          const p = this.phrase(ids as number[]);
          lists.push({ lists: p.lists, ref: p.ref, weight: alt.weight, bound: p.bound, maxTf: p.maxTf, term: -1 });
        }
      }
    }
    altStart[n] = lists.length;
    // Opened after the phrases were built, which borrow the same cursors.
    const open = (): Cursor[] => lists.map((l, i) => this.cursor(i).open(l.lists, l.ref, l.weight, l.bound, l.term));
    const cs = open();
    // The lists without a bitmap, decoded once while their concepts' bitmaps are built, for the walk to read.
    this.decodedRows.length = 0;
    this.decodedTfs.length = 0;
    const decoded: Decoded = { rows: this.decodedRows, tfs: this.decodedTfs, from: new Int32Array(lists.length), to: new Int32Array(lists.length) };

    // Each concept's idf (from its union's size) and upper bound, before any scoring.
    const stats: ConceptStats[] = [];
    const ub = new Float64Array(n);
    const rowsOf: Array<Uint32Array | null> = [];
    const heavyOf: Array<Uint32Array | null> = [];
    const rareOf: Array<Uint32Array | null> = [];
    const light = new Float64Array(n);
    const heavyF = new Float64Array(n);
    let maxScore = 0;
    for (let ci = 0; ci < n; ci++) {
      const from = altStart[ci]!;
      const to = altStart[ci + 1]!;
      const got = to > from ? this.conceptBits(ci, lists, from, to, decoded) : null;
      const bits = got ? got.rows : null;
      rowsOf.push(bits);
      heavyOf.push(got ? got.heavy : null);
      rareOf.push(got ? got.rare : null);
      const df = to - from === 1 ? lists[from]!.ref.df : bits ? popcount(bits) : 0;
      const idf = this.idf(df);
      stats.push({ df, idf });
      maxScore += idf * (k1 + 1);
      let g = 0;
      for (let i = from; i < to; i++) g += Math.max(1, cs[i]!.weight) * cs[i]!.bound;
      ub[ci] = idf * (k1 + 1) * Math.min(1, g);
      let wmax = 0;
      let fmax = 0;
      for (let i = from; i < to; i++) {
        wmax = Math.max(wmax, cs[i]!.weight);
        fmax += lists[i]!.weight * lists[i]!.maxTf;
      }
      light[ci] = wmax;
      heavyF[ci] = fmax;
    }
    const idf = Float64Array.from(stats, (x) => x.idf);
    const df = Float64Array.from(stats, (x) => x.df);
    const heap = this.walk(cs, open, altStart, rowsOf, heavyOf, rareOf, decoded, light, heavyF, ub, idf, df, k);
    const hits = heap.sorted().map(({ row, score, mask }) => {
      const matched: number[] = [];
      for (let ci = 0, bits = mask; bits > 0; ci++, bits = Math.floor(bits / 2)) if (bits % 2) matched.push(ci);
      return { row, score, normalized: maxScore > 0 ? score / maxScore : 0, matched };
    });
    return { hits, stats, maxScore };
  }

  /**
   * MaxScore: concepts by upper bound, lowest first. The first ones, whose bounds together cannot
   * lift a row past the k-th score (theta), are "non-essential": candidate rows come only from the
   * others' bitmaps, 32 rows at a time. A candidate's bound is the sum over the concepts whose
   * bitmaps hold it (membership is exact), and only candidates above theta are scored, by seeking
   * their concepts' lists for the frequencies.
   */
  private walk(cs: Cursor[], reopen: () => void, altStart: Int32Array, rowsOf: Array<Uint32Array | null>, heavyOf: Array<Uint32Array | null>, rareOf: Array<Uint32Array | null>, decoded: Decoded, wmax: Float64Array, fmax: Float64Array, ub: Float64Array, idf: Float64Array, df: Float64Array, k: number): TopK {
    const k1 = this.params.k1;
    const n = ub.length;
    const order = Int32Array.from(Array.from({ length: n }, (_, i) => i).filter((ci) => rowsOf[ci] !== null).sort((a, b) => ub[a]! - ub[b]! || a - b));
    const m = order.length;
    const prefix = new Float64Array(m + 1); // prefix[j] = Σ ub of order[0 .. j-1]
    for (let j = 0; j < m; j++) prefix[j + 1] = prefix[j]! + ub[order[j]!]!;
    const bitsOf = Array.from(order, (ci) => rowsOf[ci]!);
    const ubOf = Float64Array.from(order, (ci) => ub[ci]!);
    const heavyBits = Array.from(order, (ci) => heavyOf[ci]!);
    // Per concept and length class: what the concept adds to a row of the class that is not among
    // its heavy rows (Σ weight · tf is then at most its largest weight), never above its bound.
    // For a heavy row, the same with Σ weight · largest tf over its lists. Summed over the concepts
    // per class, they bound any row of the class (rows are in length order: a word's first row has
    // its lowest class).
    // Kept across searches (no garbage per question); only the classes rows have are filled.
    const tables = this.tables;
    // Light and heavy bounds side by side per concept: (2j + 1 if heavy) · LENGTH_CLASSES + class.
    const ubTable = tables.subarray(0, 2 * m * LENGTH_CLASSES);
    const lightAll = tables.subarray(2 * MAX_CONCEPTS * LENGTH_CLASSES, (2 * MAX_CONCEPTS + 1) * LENGTH_CLASSES);
    const heavyAll = tables.subarray((2 * MAX_CONCEPTS + 1) * LENGTH_CLASSES);
    lightAll.fill(0);
    heavyAll.fill(0);
    for (let j = 0; j < m; j++) {
      const ci = order[j]!;
      const f = wmax[ci]!;
      const h = Math.max(f, fmax[ci]!);
      for (let c = this.classLo; c <= this.classHi; c++) {
        const l = Math.min(ubOf[j]!, (idf[ci]! * f * (k1 + 1)) / (f + c / LENGTH_SCALE));
        const hb = Math.min(ubOf[j]!, (idf[ci]! * h * (k1 + 1)) / (h + c / LENGTH_SCALE));
        ubTable[2 * j * LENGTH_CLASSES + c] = l;
        ubTable[(2 * j + 1) * LENGTH_CLASSES + c] = hb;
        lightAll[c] = lightAll[c]! + l;
        heavyAll[c] = heavyAll[c]! + hb;
      }
    }
    const rowUb = new Float64Array(m);
    const rowBound = new Float64Array(32);
    const cw = new Int32Array(m);
    const hw = new Int32Array(m);
    // Per list: its bitmaps when it has them (tf 1 is then read off the bitmaps, not decoded).
    const altRows: Array<Uint32Array | null> = [];
    const altMany: Array<Uint32Array | null> = [];
    for (const c of cs) {
      const bm = c.term >= 0 ? this.bitmaps.get(c.term) : undefined;
      altRows.push(bm?.rows ?? null);
      altMany.push(bm?.many ?? null);
    }
    const heap = new TopK(k);
    const gain = new Float64Array(n);
    let theta = -1;
    // Seeding: the rows holding all of the r concepts with the highest bounds (r as large as leaves
    // at least k rows) are scored first, so theta is high before the many weak rows are met; the
    // walk then skips them. The top k does not depend on the order rows are offered in.
    const seeds = this.seedConcepts(bitsOf, Float64Array.from(order, (ci) => df[ci]!), k);
    const seedAll = Array.from(seeds.all, (j) => bitsOf[j]!);
    const seedAny = Array.from(seeds.any, (j) => bitsOf[j]!);
    // Each word's seed rows, computed once for both passes (kept across searches, like the tables).
    const words = this.words;
    if (this.seedScratch.length < words) this.seedScratch = new Uint32Array(words);
    const seedMask = this.seedScratch;
    for (let w = 0; w < words; w++) {
      let a = seedAll.length > 0 ? -1 : 0;
      for (let s = 0; s < seedAll.length; s++) a &= seedAll[s]![w]!;
      for (let s = 0; s < seedAny.length; s++) a |= seedAny[s]![w]!;
      seedMask[w] = a;
    }
    const lenClass = this.lenClass;
    const lenNorm = this.lenNorm;
    const decRows = decoded.rows.data;
    const decTfs = decoded.tfs.data;
    const at = decoded.from.slice();
    // A row's bound is at most the sum of all bounds less those of the concepts it lacks; a row
    // lacking concept a, or both a and b, when those bounds leave the rest at or below theta, cannot
    // enter the top k (the doubled slack covers the rounding of the sums). Listed as pairs (a, a) or (a, b).
    const needA = new Int32Array((m * (m + 1)) / 2);
    const needB = new Int32Array(needA.length);
    let needs = 0;
    const needed = (th: number, as: Int32Array, bs: Int32Array): number => {
      let count = 0;
      const total = prefix[m]!;
      for (let a = m - 1; a >= 0; a--) {
        if ((total - ubOf[a]!) * SLACK * SLACK <= th) {
          as[count] = a;
          bs[count++] = a;
          continue;
        }
        for (let b2 = a - 1; b2 >= 0; b2--) {
          if ((total - ubOf[a]! - ubOf[b2]!) * SLACK * SLACK <= th) {
            as[count] = a;
            bs[count++] = b2;
          }
        }
      }
      return count;
    };
    let essential = 0;
    for (let pass = 0; pass < 2; pass++) {
    if (pass === 1) {
      reopen(); // cursors only move forward: the walk starts again from row 0
      at.set(decoded.from);
      needs = needed(theta, needA, needB);
    }
    while (essential < m && prefix[essential + 1]! * SLACK <= theta) essential++;
    for (let w = 0; w < words && essential < m; w++) {
      let x = 0;
      for (let j = essential; j < m; j++) x |= bitsOf[j]![w]!;
      // The seed rows first, then the rest. Either way, once theta is set, not rows lacking a concept
      // (or a pair of concepts) whose bounds alone exceed what theta leaves.
      x &= pass === 0 ? seedMask[w]! : ~seedMask[w]!;
      for (let i = 0; i < needs && x !== 0; i++) x &= bitsOf[needA[i]!]![w]! | bitsOf[needB[i]!]![w]!;
      if (x === 0) continue;
      // The word's rows are at least as long as its first: when even every concept's heavy bound
      // for that length cannot beat theta, neither can any later row; when the light ones cannot,
      // only rows heavy in some concept are left.
      const cls0 = lenClass[w * 32]!;
      if (heavyAll[cls0]! * SLACK * SLACK <= theta) break;
      if (lightAll[cls0]! * SLACK * SLACK <= theta) {
        let heavy = 0;
        for (let j = 0; j < m; j++) heavy |= heavyBits[j]![w]!;
        x &= heavy;
        if (x === 0) continue;
      }
      // Each candidate row's bound: per concept holding it, the concept's bound, or for a row light
      // in it, what it can add to a row of this length class. Summed concept by concept over the
      // word's 32 rows, so a row costs only the concepts it holds.
      const base = w * 32;
      for (let j = 0; j < m; j++) {
        const c = bitsOf[j]![w]!;
        const h = heavyBits[j]![w]!;
        cw[j] = c;
        hw[j] = h;
        const at = 2 * j * LENGTH_CLASSES;
        for (let y = c & x; y !== 0; y &= y - 1) {
          const i = 31 - Math.clz32(y & -y);
          rowBound[i] = rowBound[i]! + ubTable[(h & (1 << i) ? at + LENGTH_CLASSES : at) + lenClass[base + i]!]!;
        }
      }
      while (x !== 0) {
        const t = x & -x;
        x ^= t;
        const i = 31 - Math.clz32(t);
        const bound = rowBound[i]!;
        rowBound[i] = 0;
        if (bound * SLACK * SLACK <= theta) continue;
        const d = base + i;
        const cls = lenClass[d]!;
        for (let j = 0; j < m; j++) if (cw[j]! & t) rowUb[j] = ubTable[(hw[j]! & t ? 2 * j + 1 : 2 * j) * LENGTH_CLASSES + cls]!;
        const norm = lenNorm[d]!;
        // Concepts by bound, highest first, each one's bound replaced by what it adds: once what is
        // known plus the bounds left cannot reach theta, the row is dropped unscored.
        let rest = bound;
        let known = 0;
        let dropped = false;
        for (let j = m - 1; j >= 0; j--) {
          if (!(cw[j]! & t)) continue;
          const ci = order[j]!;
          const rare = rareOf[ci] ?? null;
          const seekRare = rare !== null && (rare[w]! & t) !== 0;
          let f = 0;
          for (let i = altStart[ci]!, end = altStart[ci + 1]!; i < end; i++) {
            const c = cs[i]!;
            const one = altRows[i];
            if (one) {
              if (!(one[w]! & t)) continue;
              if (!(altMany[i]![w]! & t)) {
                f = f + c.weight * 1;
                continue;
              }
              c.seek(d);
              if (c.row === d) f = f + c.weight * c.tf;
              continue;
            }
            if (!seekRare) continue;
            // A list without a bitmap: its decoded rows, read forward from where the pass last stopped.
            let p = at[i]!;
            const e = decoded.to[i]!;
            while (p < e && decRows[p]! < d) p++;
            at[i] = p;
            if (p < e && decRows[p] === d) f = f + c.weight * decTfs[p]!;
          }
          const add = (idf[ci]! * f * (k1 + 1)) / (f + norm);
          gain[ci] = add;
          known += add;
          rest -= rowUb[j]!;
          if ((known + rest) * SLACK * SLACK < theta) {
            dropped = true;
            break;
          }
        }
        if (dropped) continue;
        // Concepts added in their own order, with the same operations as exhaustive scoring.
        let score = 0;
        let mask = 0;
        for (let ci = 0; ci < n; ci++) {
          const bits = rowsOf[ci];
          if (!bits || !(bits[w]! & t)) continue;
          score = score + gain[ci]!;
          mask += BIT[ci]!;
        }
        heap.offer(this.byLength[d]!, score, mask);
        if (heap.full && heap.min > theta) {
          theta = heap.min;
          while (essential < m && prefix[essential + 1]! * SLACK <= theta) essential++;
          needs = needed(theta, needA, needB);
        }
      }
    }
    }
    return heap;
  }

  /**
   * The seed concepts (`order` positions, ordered by bound, lowest first), greedily from the
   * highest bound: `all` — concepts whose rows in common still number at least k (one that would
   * leave fewer is passed over); `any` — concepts with fewer than k rows, whose every row is a seed
   * (a rare word's rows are the likeliest best, and would otherwise stop the seeding at once).
   */
  private seedConcepts(bitsOf: Uint32Array[], dfOf: Float64Array, k: number): { all: number[]; any: number[] } {
    const m = bitsOf.length;
    const all: number[] = [];
    const any: number[] = [];
    for (let j = m - 1; j >= 0; j--) {
      if (dfOf[j]! < k) {
        any.push(j);
        continue;
      }
      let count = 0;
      for (let w = 0; w < this.words && count < k; w++) {
        let a = bitsOf[j]![w]!;
        for (let s = 0; s < all.length; s++) a &= bitsOf[all[s]!]![w]!;
        if (a !== 0) count += popcount32(a);
      }
      if (count >= k) all.push(j);
    }
    return { all, any };
  }

}

/** 2^i for i < 32, as unsigned bit masks */
const BIT = Float64Array.from({ length: MAX_CONCEPTS }, (_, i) => 2 ** i);

/** A bounded min-heap of (row, score, mask): O(n log k) top-k; ties go to the lower row, as a full sort would. */
class TopK {
  private readonly rows: number[] = [];
  private readonly scores: number[] = [];
  private readonly masks: number[] = [];
  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.k > 0 && this.rows.length >= this.k;
  }

  /** the worst score kept (meaningful once full) */
  get min(): number {
    return this.scores[0] ?? -1;
  }

  /** true when a is worse than b */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.rows[i]! > this.rows[j]!);
  }

  /** (plain assignments: a destructuring swap allocates arrays, garbage at every heap step) */
  private swap(i: number, j: number): void {
    const row = this.rows[i]!;
    this.rows[i] = this.rows[j]!;
    this.rows[j] = row;
    const score = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = score;
    const mask = this.masks[i]!;
    this.masks[i] = this.masks[j]!;
    this.masks[j] = mask;
  }

  offer(row: number, score: number, mask: number): void {
    if (this.k <= 0) return;
    if (this.rows.length < this.k) {
      this.rows.push(row);
      this.scores.push(score);
      this.masks.push(mask);
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
    this.masks[0] = mask;
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

  sorted(): Array<{ row: number; score: number; mask: number }> {
    return this.rows.map((row, i) => ({ row, score: this.scores[i]!, mask: this.masks[i]! })).sort((x, y) => y.score - x.score || x.row - y.row);
  }
}
