/**
 * Each paragraph's content-word stems, in text order, as small integer ids in one flat array:
 * computed once while the engine indexes, so the proximity rerank and near-duplicate folding read
 * them instead of tokenizing paragraph texts again for every question.
 */
export class RowTokens {
  private readonly vocab = new Map<string, number>();
  private ids = new Uint32Array(1 << 16);
  private len = 0;
  private readonly start: Float64Array;
  private rows = 0;

  constructor(count: number) {
    this.start = new Float64Array(count + 1);
  }

  /** Appends the next row's stems. */
  add(stems: readonly string[]): void {
    if (this.len + stems.length > this.ids.length) {
      const next = new Uint32Array(Math.max(this.ids.length * 2, this.len + stems.length));
      next.set(this.ids.subarray(0, this.len));
      this.ids = next;
    }
    for (const s of stems) {
      let id = this.vocab.get(s);
      if (id === undefined) this.vocab.set(s, (id = this.vocab.size));
      this.ids[this.len++] = id;
    }
    this.start[++this.rows] = this.len;
  }

  /** Gives back the slack of the growing array once every row is in. */
  seal(): void {
    this.ids = this.ids.slice(0, this.len);
  }

  of(row: number): Uint32Array {
    return this.ids.subarray(this.start[row]!, this.start[row + 1]!);
  }

  id(stem: string): number | undefined {
    return this.vocab.get(stem);
  }

  /** per id, the sets' bits while `holding` runs; all zero between calls */
  private marks = new Int32Array(0);

  /**
   * Per row of `rows`, a bit mask of the id sets it holds an id of (bit k: sets[k]; a set from the
   * HOLDING_BITS-th on is not marked: the caller takes every row as holding it). One pass over each row's
   * ids, each read from a per-id array, instead of a set lookup per id and set. Nothing is kept between calls.
   */
  holding(rows: readonly number[], sets: ReadonlyArray<ReadonlySet<number>>): Map<number, number> {
    if (this.marks.length < this.vocab.size) this.marks = new Int32Array(this.vocab.size);
    const marks = this.marks;
    const marked = sets.slice(0, HOLDING_BITS);
    marked.forEach((ids, k) => { for (const id of ids) marks[id]! |= 1 << k; });
    const out = new Map<number, number>();
    for (const row of rows) {
      if (out.has(row)) continue;
      let mask = 0;
      for (let i = this.start[row]!, end = this.start[row + 1]!; i < end; i++) mask |= marks[this.ids[i]!]!;
      out.set(row, mask);
    }
    for (const ids of marked) for (const id of ids) marks[id] = 0;
    return out;
  }
}

/** how many id sets `holding` marks: the bits of a 32-bit integer below its sign */
export const HOLDING_BITS = 31;
