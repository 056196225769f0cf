/** Wraps an embedder to count the texts (and calls) sent to embedPassages; optionally fails once `throwAfterTexts` texts are embedded. */
import type { Embedder } from '../../src/embed/embedder.js';

export function counting(base: Embedder, opts: { throwAfterTexts?: number } = {}) {
  const stats = { texts: 0, calls: 0 };
  const e: Embedder = {
    modelId: base.modelId,
    dim: base.dim,
    isLanguageModel: base.isLanguageModel,
    embedQueries: (t) => base.embedQueries(t),
    async embedPassages(texts, onProgress) {
      stats.calls++;
      const out: Float32Array[] = [];
      for (const t of texts) {
        if (opts.throwAfterTexts !== undefined && stats.texts >= opts.throwAfterTexts) throw new Error('embedder exploded');
        out.push(...(await base.embedPassages([t])));
        stats.texts++;
        onProgress?.(out.length, texts.length);
      }
      return out;
    },
  };
  return { e, stats };
}
