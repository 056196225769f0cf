/**
 * Compact postings: every term's (row, tf) pairs, sorted by row, in blocks of 128. Within a block
 * rows are delta-coded and, like the frequencies, written as varints, so a posting costs about
 * 2–3 bytes instead of 6. Each block's last row is kept uncompressed, so a cursor can skip whole
 * blocks without decoding them (what dynamic pruning needs). All terms share three typed arrays:
 * a million paragraphs are a few hundred MiB, not millions of small objects.
 */

export const BLOCK = 128;
/** Row value of an exhausted cursor: larger than any row. */
export const END = 0x7fffffff;

/** One list's place in a store: its blocks are [firstBlock, endBlock), `df` postings in all. */
export interface ListRef { firstBlock: number; endBlock: number; df: number }

export interface EncodedLists {
  bytes: Uint8Array;
  /** last row of each block */
  blockLast: Uint32Array;
  /** byte offset of each block in `bytes` */
  blockByte: Float64Array;
}

/** Appends (row, tf) lists one after the other into the compact layout. */
export class PostingsWriter {
  private bytes: Uint8Array;
  private len = 0;
  private blockLast: Uint32Array;
  private blockByte: Float64Array;
  private blocks = 0;

  constructor(capacityBytes = 1 << 16) {
    this.bytes = new Uint8Array(capacityBytes);
    this.blockLast = new Uint32Array(Math.max(4, capacityBytes >> 6));
    this.blockByte = new Float64Array(this.blockLast.length);
  }

  /** Writes one list (rows ascending, tf ≥ 1) and returns where it lives. */
  add(rows: ArrayLike<number>, tfs: ArrayLike<number>, from: number, to: number): ListRef {
    const firstBlock = this.blocks;
    for (let s = from; s < to; s += BLOCK) {
      const e = Math.min(to, s + BLOCK);
      this.reserveBytes((e - s) * 10);
      if (this.blocks === this.blockLast.length) this.growBlocks();
      this.blockByte[this.blocks] = this.len;
      // The first row of a block is coded against the previous block's last row (−1 for the first block).
      let prev = s === from ? -1 : rows[s - 1]!;
      for (let i = s; i < e; i++) {
        const r = rows[i]!;
        this.varint(r - prev);
        this.varint(tfs[i]!);
        prev = r;
      }
      this.blockLast[this.blocks++] = prev;
    }
    return { firstBlock, endBlock: this.blocks, df: to - from };
  }

  finish(): EncodedLists {
    const n = this.blocks;
    return { bytes: this.bytes.slice(0, this.len), blockLast: this.blockLast.slice(0, n), blockByte: this.blockByte.slice(0, n) };
  }

  private varint(x: number): void {
    while (x >= 0x80) {
      this.bytes[this.len++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    this.bytes[this.len++] = x;
  }

  private reserveBytes(n: number): void {
    if (this.len + n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.len + n));
    next.set(this.bytes.subarray(0, this.len));
    this.bytes = next;
  }

  private growBlocks(): void {
    const last = new Uint32Array(this.blockLast.length * 2);
    last.set(this.blockLast);
    const byte = new Float64Array(this.blockByte.length * 2);
    byte.set(this.blockByte);
    this.blockLast = last;
    this.blockByte = byte;
  }
}

/**
 * The first block in [from, end) whose last row is at least `target` (`end` if none): galloping
 * from `from`, then halving, so a seek far ahead costs log of the blocks skipped, a near one a step.
 */
export function firstBlockReaching(last: Uint32Array, from: number, end: number, target: number): number {
  let lo = from; // every block before lo ends below target
  let step = 1;
  let hi = from;
  while (hi < end && last[hi]! < target) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > end) hi = end;
  // last[hi] >= target or hi === end; the answer is in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (last[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Decodes block `b` of the list whose blocks are [first, end) with `df` postings into rows / tfs,
 * stopping after the first row at or past `stopAt` (END: the whole block); returns how many it
 * decoded. The one varint loop every reader shares; values stay below 2^31 (rows, frequencies),
 * so 32-bit shifts are exact.
 */
export function decodeBlock(
  lists: EncodedLists, first: number, end: number, df: number, b: number,
  rows: Int32Array, tfs: Int32Array, stopAt: number,
): number {
  const { bytes, blockLast, blockByte } = lists;
  const n = b === end - 1 ? df - (b - first) * BLOCK : BLOCK;
  let at = blockByte[b]!;
  let prev = b === first ? -1 : blockLast[b - 1]!;
  for (let k = 0; k < n; k++) {
    let byte = bytes[at++]!;
    let x = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[at++]!;
      x |= (byte & 0x7f) << shift;
    }
    prev += x;
    rows[k] = prev;
    byte = bytes[at++]!;
    x = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[at++]!;
      x |= (byte & 0x7f) << shift;
    }
    tfs[k] = x;
    if (prev >= stopAt) return k + 1;
  }
  return n;
}

/** listHolds' scratch block (a lookup decodes at most one block, and nothing keeps it). */
const holdRows = new Int32Array(BLOCK);
const holdTfs = new Int32Array(BLOCK);

/** Whether a list holds a row: one block found by its last row and decoded only up to that row. */
export function listHolds(lists: EncodedLists, ref: ListRef, row: number): boolean {
  const b = firstBlockReaching(lists.blockLast, ref.firstBlock, ref.endBlock, row);
  if (b >= ref.endBlock) return false;
  // Block b ends at or past `row`, so the decode stops on the first row ≥ row.
  const k = decodeBlock(lists, ref.firstBlock, ref.endBlock, ref.df, b, holdRows, holdTfs, row);
  return holdRows[k - 1] === row;
}

/**
 * Walks one list: `row` / `tf` are the current posting; `next()` moves one on, `seek(r)` to the
 * first posting at or after row r, skipping blocks by their last row. Cursors are reused across
 * questions (`open`), so a search allocates nothing per posting.
 */
export class Cursor {
  row = END;
  tf = 0;
  weight = 1;
  /** upper bound of tf / (tf + lenNorm) over this list */
  bound = 0;
  df = 0;
  private readonly rows = new Int32Array(BLOCK);
  private readonly tfs = new Int32Array(BLOCK);
  private lists: EncodedLists | null = null;
  private first = 0;
  private block = 0;
  private end = 0;
  private n = 0;
  private i = 0;

  /** the term's id in its index (−1: a phrase) */
  term = -1;

  open(lists: EncodedLists, ref: ListRef, weight: number, bound: number, term = -1): this {
    this.term = term;
    this.lists = lists;
    this.first = ref.firstBlock;
    this.end = ref.endBlock;
    this.df = ref.df;
    this.weight = weight;
    this.bound = bound;
    this.load(ref.firstBlock);
    return this;
  }

  next(): void {
    if (++this.i < this.n) {
      this.row = this.rows[this.i]!;
      this.tf = this.tfs[this.i]!;
    } else this.load(this.block + 1);
  }

  seek(target: number): void {
    if (this.row >= target) return;
    // Skip blocks that end before the target without decoding them.
    if (this.lists!.blockLast[this.block]! < target) {
      this.load(firstBlockReaching(this.lists!.blockLast, this.block + 1, this.end, target));
      if (this.row >= target) return;
    }
    let i = this.i;
    while (i < this.n && this.rows[i]! < target) i++;
    if (i < this.n) {
      this.i = i;
      this.row = this.rows[i]!;
      this.tf = this.tfs[i]!;
    } else this.load(this.block + 1);
  }

  private load(b: number): void {
    this.block = b;
    this.i = 0;
    if (b >= this.end) {
      this.row = END;
      this.n = 0;
      return;
    }
    const n = decodeBlock(this.lists!, this.first, this.end, this.df, b, this.rows, this.tfs, END);
    this.n = n;
    this.row = this.rows[0]!;
    this.tf = this.tfs[0]!;
  }
}
