/**
 * `npm run index -- [--seeds DIR] [--index DIR] [--full] [--remove FILE]… [--prune] [--migrate]`:
 * builds or refreshes the index, then prints a summary. With VECTOR_STORE=pgvector the database
 * holds the articles: the seeds folder's new and changed files are brought in, nothing is removed
 * unless asked (--remove FILE, --prune), and the generation is built from the database's articles.
 */
import { loadEmbedder } from '../embed/embedder.js';
import { progressCallback } from '../embed/progress.js';
import { rebuild } from '../store/rebuild.js';
import { closeIndexStores, describeIndexLocation, pgIndexStore, indexStoreFor } from '../store/select.js';
import { describeDatabaseError } from '../store/pgvector/connect.js';
import { parse, fail } from './args.js';
import { cliConfig, notice } from './env.js';

const { values } = parse(process.argv.slice(2), {
  seeds: { type: 'string' },
  index: { type: 'string' },
  full: { type: 'boolean', default: false },
  remove: { type: 'string', multiple: true },
  prune: { type: 'boolean', default: false },
  migrate: { type: 'boolean', default: false },
});
const config = cliConfig({ indexDir: values.index, seedsDir: values.seeds });
const pg = config.vectorStore === 'pgvector';

if (values.migrate) {
  if (!pg || !config.databaseUrl) fail('--migrate is for VECTOR_STORE=pgvector (the embedded index has no schema)');
  try {
    const store = await pgIndexStore(config.databaseUrl);
    await store.ensureSchema();
    process.stdout.write(`schema ${store.schema} in ${describeIndexLocation(config)} is up to date\n`);
  } catch (e) {
    await closeIndexStores();
    fail(`migration failed: ${describeDatabaseError(e, config.databaseUrl)}`);
  }
  await closeIndexStores();
  process.exit(0);
}

const load = await loadEmbedder({ model: config.embeddingModel, modelsDir: config.modelsDir, cacheDir: config.modelCacheDir });
if (!load.ok) notice(`no embedding model (${load.reason}); building a lexical-only index`);
try {
  const s = await rebuild({
    seedsDir: config.seedsDir,
    indexDir: config.indexDir,
    // VECTOR_STORE=pgvector: a new generation in Postgres (DATABASE_URL); default: the embedded store.
    ...(pg ? { store: await indexStoreFor(config) } : {}),
    embedder: load.ok ? load.embedder : null,
    full: values.full,
    remove: values.remove,
    prune: values.prune,
    onProgress: progressCallback({ label: 'embedding' }),
  });
  for (const w of s.warnings) notice(w);
  const lines = [
    `index: ${describeIndexLocation(config)}`,
    ...(pg ? [`articles imported from ${config.seedsDir}: ${s.imported.length}${s.imported.length ? ` (${s.imported.join(', ')})` : ''}`] : []),
    ...(pg ? [`articles removed: ${s.removedArticles.length}${s.removedArticles.length ? ` (${s.removedArticles.join(', ')})` : ''}`] : []),
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
  fail(`indexing failed, the previous index (if any) is unchanged: ${describeDatabaseError(e, config.databaseUrl)}`);
}
await closeIndexStores();
