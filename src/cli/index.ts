/** `npm run index -- [--seeds DIR] [--index DIR] [--full]`: builds or refreshes the index, then prints a summary. */
import { loadEmbedder } from '../embed/embedder.js';
import { progressCallback } from '../embed/progress.js';
import { rebuild } from '../store/rebuild.js';
import { closeIndexStores, describeIndexLocation, indexStoreFor } from '../store/select.js';
import { parse, fail } from './args.js';
import { cliConfig, notice } from './env.js';

const { values } = parse(process.argv.slice(2), {
  seeds: { type: 'string' },
  index: { type: 'string' },
  full: { type: 'boolean', default: false },
});
const config = cliConfig({ indexDir: values.index, seedsDir: values.seeds });

const load = await loadEmbedder({ model: config.embeddingModel, modelsDir: config.modelsDir, cacheDir: config.modelCacheDir });
if (!load.ok) notice(`no embedding model (${load.reason}); building a lexical-only index`);
try {
  const s = await rebuild({
    seedsDir: config.seedsDir,
    indexDir: config.indexDir,
    // VECTOR_STORE=pgvector: a new generation in Postgres (DATABASE_URL); default: the embedded store.
    ...(config.vectorStore === 'pgvector' ? { store: await indexStoreFor(config) } : {}),
    embedder: load.ok ? load.embedder : null,
    full: values.full,
    onProgress: progressCallback({ label: 'embedding' }),
  });
  for (const w of s.warnings) notice(w);
  const lines = [
    `index: ${describeIndexLocation(config)}`,
    `articles: ${s.articles}`,
    `paragraphs: ${s.paragraphs}`,
    `model: ${s.manifest.model ? `${s.manifest.model.id} (${s.manifest.model.dim} dims)` : 'none (lexical only)'}`,
    `embedded: ${s.embedded}  reused: ${s.reused}  removed: ${s.removed}`,
    `skipped files: ${s.skipped.length}${s.skipped.map((k) => `\n  - ${k.file}: ${k.reason}`).join('')}`,
    `seconds: ${s.seconds.toFixed(2)}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
} catch (e) {
  await closeIndexStores();
  fail(`indexing failed, the previous index (if any) is unchanged: ${(e as Error).message}`);
}
await closeIndexStores();
