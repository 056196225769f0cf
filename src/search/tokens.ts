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
}
