/**
 * Building a generation in Postgres. The previous generation's vectors are reused for unchanged
 * paragraphs (by paragraph hash), the rest embedded — all before any write. Then ONE transaction
 * creates the generation's table, bulk-loads it (paragraph JSON, `indexTerms()` tokens, vectors),
 * builds its GIN and HNSW indexes, records the generation and switches `current_generation` to it
 * with one UPDATE (plus a NOTIFY). Readers never see a half-built generation; a failure anywhere
 * rolls everything back (DDL is transactional in Postgres), leaving no debris.
 */
import type { BuildOptions, BuildStats, Manifest } from '../types.js';
import { FORMAT_VERSION, IndexError } from '../types.js';
import { indexTerms } from '../../text/tokenize.js';
import { embedMissing, reuseKey, reuseVectors } from '../embed-missing.js';
import { buildArticles, f32ToLEBytes, jsonlChunks, newGenName } from '../generation-data.js';
import { GENERATION_TABLE_PREFIX, NOTIFY_CHANNEL, generationIndexSql, generationTableSql, lockKey } from './schema.js';
import { rowsOf, withTransaction } from './sql.js';
import { INSERT_BATCH_CHARS, INSERT_BATCH_ROWS, PARAGRAPHS_FILE, PG_DEFAULT_EF_CONSTRUCTION, PG_DEFAULT_EF_SEARCH, PG_DEFAULT_M, VECTORS_FILE } from './types.js';
import { decodeVectorSend, sha256, vectorParam } from './vectors.js';
import type { PgStoreHandle } from './types.js';

export async function buildGeneration(store: PgStoreHandle, opts: Omit<BuildOptions, 'indexDir'>): Promise<BuildStats> {
  const t0 = performance.now();
  const { paragraphs, embedder, signal } = opts;
  signal?.throwIfAborted();
  await store.ensureSchema();
  const db = await store.bulkDb();
  const warnings: string[] = [];

  // The live generation: what is reused, and what `removed` counts against.
  const prev = await store.current(db);
  let prevManifest: Manifest | null = null;
  let prevIds: string[] = [];
  if (prev) {
    try {
      prevManifest = store.parseManifest(prev.manifest, store.where({ name: prev.name, table: prev.table_name }));
      prevIds = rowsOf<{ id: string }>(await db.query(`SELECT id FROM ${store.table(prev.table_name)}`)).map((r) => r.id);
    } catch (err) {
      warnings.push(`previous index not reusable: ${err instanceof Error ? err.message : String(err)}`);
      prevManifest = null;
    }
  }
  const newIds = new Set(paragraphs.map((p) => p.id));
  const removed = new Set(prevIds.filter((id) => !newIds.has(id))).size;

  const M = opts.hnsw?.M ?? PG_DEFAULT_M;
  const efConstruction = opts.hnsw?.efConstruction ?? PG_DEFAULT_EF_CONSTRUCTION;
  const efSearch = opts.hnsw?.efSearch ?? PG_DEFAULT_EF_SEARCH;
  const n = paragraphs.length;
  let embedded = 0;
  let reused = 0;
  let model: Manifest['model'] = null;
  let vectors: Float32Array | null = null;

  if (embedder) {
    const dim = embedder.dim;
    model = { id: embedder.modelId, dim, isLanguageModel: embedder.isLanguageModel };
    vectors = new Float32Array(n * dim);
    const have = new Array<boolean>(n).fill(false);
    const pm = prevManifest?.model;
    if (prev && prevManifest && !opts.full && pm && pm.id === embedder.modelId && pm.dim === dim) {
      try {
        const wanted = [...new Set(paragraphs.map(reuseKey).filter((k): k is string => k !== null))];
        const old = new Map<string, Float32Array>();
        if (wanted.length > 0) {
          const rows = rowsOf<{ hash: string; e: unknown }>(
            await db.query(
              `SELECT DISTINCT ON (hash) hash, vector_send(embedding) AS e FROM ${store.table(prev.table_name)} WHERE hash = ANY($1::text[]) ORDER BY hash, "row"`,
              [wanted],
            ),
          );
          for (const r of rows) {
            const v = new Float32Array(dim);
            decodeVectorSend(r.e, dim, v, 0);
            old.set(r.hash, v);
          }
        }
        reused = reuseVectors(paragraphs, vectors, have, dim, (k) => old.get(k));
      } catch (err) {
        warnings.push(`previous vectors not reusable, embedding everything: ${err instanceof Error ? err.message : String(err)}`);
        have.fill(false);
        reused = 0;
      }
    }

    // Embed the rest; identical texts (same hash) are embedded once.
    embedded += await embedMissing({ paragraphs, have, vectors: vectors!, embedder, onProgress: opts.onProgress, signal });
  }
  signal?.throwIfAborted();

  // Everything that goes into the generation, computed before the transaction opens.
  const lines = paragraphs.map((p) => JSON.stringify(p));
  const files: Manifest['files'] = { [PARAGRAPHS_FILE]: sha256(jsonlChunks(lines)) };
  if (vectors && model) files[VECTORS_FILE] = sha256([f32ToLEBytes(vectors)]);
  const articles = buildArticles(paragraphs);
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    model,
    builtAt: new Date().toISOString(),
    buildSeconds: 0,
    counts: { articles: Object.keys(articles).length, paragraphs: n },
    articles,
    files,
    ...(model ? { hnsw: { M, efConstruction, efSearch } } : {}),
  };
  const name = newGenName();
  const dim = model?.dim ?? null;

  const generation = await withTransaction(db, async (tx) => {
    const [lock] = rowsOf<{ ok: boolean }>(await tx.query('SELECT pg_try_advisory_xact_lock($1::bigint) AS ok', [lockKey(store.schema, 'build')]));
    if (!lock?.ok) {
      throw new IndexError('locked', `another index build is writing to ${store.location} (schema ${store.schema}) right now; try again when it has finished`);
    }
    const [seq] = rowsOf<{ id: string | number }>(
      await tx.query(`SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id`, [`${store.s}.index_generation`]),
    );
    const id = Number(seq!.id);
    const table = `${GENERATION_TABLE_PREFIX}${id}`;
    await tx.query(generationTableSql(store.schema, table, dim));
    const t = store.table(table);
    const cols = `"row", id, article_id, hash, data, tokens${dim === null ? '' : ', embedding'}`;
    const insert =
      `INSERT INTO ${t} (${cols}) ` +
      `SELECT (r->>'r')::integer, r->>'i', r->>'a', r->>'h', r->>'p', ` +
      `ARRAY(SELECT x FROM jsonb_array_elements_text(r->'t') WITH ORDINALITY AS e(x, o) ORDER BY o)` +
      `${dim === null ? '' : `, (r->>'e')::vector`} ` +
      `FROM jsonb_array_elements($1::jsonb) AS r`;
    let batch: string[] = [];
    let chars = 0;
    let written = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await tx.query(insert, [`[${batch.join(',')}]`]);
      written += batch.length;
      batch = [];
      chars = 0;
      opts.onHnswProgress?.(written, n);
      signal?.throwIfAborted();
    };
    opts.onHnswProgress?.(0, n);
    for (let i = 0; i < n; i++) {
      const p = paragraphs[i]!;
      const rec: Record<string, unknown> = { r: i, i: p.id, a: p.articleId, h: p.hash ?? '', p: lines[i], t: indexTerms(p.text) };
      if (vectors && dim !== null) rec['e'] = vectorParam(vectors.subarray(i * dim, (i + 1) * dim));
      const json = JSON.stringify(rec);
      batch.push(json);
      chars += json.length;
      if (batch.length >= INSERT_BATCH_ROWS || chars >= INSERT_BATCH_CHARS) await flush();
    }
    await flush();
    for (const sql of generationIndexSql(store.schema, table, dim, { M, efConstruction })) await tx.query(sql);
    await tx.query(`ANALYZE ${t}`); // planner statistics, so term probes use the GIN index
    signal?.throwIfAborted();

    manifest.buildSeconds = Math.round((performance.now() - t0) / 10) / 100;
    await tx.query(
      `INSERT INTO ${store.s}.index_generation (id, name, table_name, model_id, dim, paragraphs, manifest) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, name, table, model?.id ?? null, dim, n, JSON.stringify(manifest)],
    );
    // The generation being replaced stays readable for the grace period (see dropOldGenerations).
    await tx.query(
      `UPDATE ${store.s}.index_generation SET replaced_at = now() WHERE id = (SELECT generation FROM ${store.s}.current_generation) AND replaced_at IS NULL`,
    );
    // The switch: one UPDATE of the one row every reader follows.
    await tx.query(`UPDATE ${store.s}.current_generation SET generation = $1, switched_at = now()`, [id]);
    await tx.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, String(id)]);
    return { id, table };
  });

  try {
    await dropOldGenerations(store);
  } catch (err) {
    warnings.push(`could not remove old generations (the next build will): ${err instanceof Error ? err.message : String(err)}`);
  }
  return {
    embedded,
    reused,
    removed,
    hnswReused: 0,
    seconds: Math.round((performance.now() - t0) / 10) / 100,
    manifest,
    dir: store.where({ name, table: generation.table }),
    warnings,
  };
}


/**
 * Drops every generation but the current one that was replaced more than `graceSeconds` ago (a
 * replica that has not reloaded yet keeps answering from its generation until then); returns the
 * dropped table names.
 */
export async function dropOldGenerations(store: PgStoreHandle, graceSeconds = store.graceSeconds): Promise<string[]> {
  const db = await store.bulkDb();
  return withTransaction(db, async (tx) => {
    // Locks the pointer: a build switching at this moment waits, so its generation is never dropped.
    const [cur] = rowsOf<{ generation: string | number | null }>(await tx.query(`SELECT generation FROM ${store.s}.current_generation FOR UPDATE`));
    const current = cur?.generation == null ? null : Number(cur.generation);
    await tx.query(`SET LOCAL lock_timeout = '10s'`);
    const old = rowsOf<{ id: string | number; table_name: string }>(
      await tx.query(
        `SELECT id, table_name FROM ${store.s}.index_generation
          WHERE ($1::bigint IS NULL OR id <> $1::bigint)
            AND coalesce(replaced_at, created_at) <= now() - make_interval(secs => $2::double precision)
          ORDER BY id`,
        [current, Math.max(0, graceSeconds)],
      ),
    );
    const dropped: string[] = [];
    for (const g of old) {
      await tx.query(`DROP TABLE IF EXISTS ${store.table(g.table_name)}`);
      await tx.query(`DELETE FROM ${store.s}.index_generation WHERE id = $1`, [Number(g.id)]);
      dropped.push(g.table_name);
    }
    // Generation tables no generation row names (left by hand or by an older program).
    const orphans = rowsOf<{ table_name: string }>(
      await tx.query(
        `SELECT t.table_name FROM information_schema.tables t
          WHERE t.table_schema = $1 AND t.table_name LIKE $2
            AND NOT EXISTS (SELECT 1 FROM ${store.s}.index_generation g WHERE g.table_name = t.table_name)`,
        [store.schema, `${GENERATION_TABLE_PREFIX}%`],
      ),
    );
    for (const o of orphans) {
      await tx.query(`DROP TABLE IF EXISTS ${store.table(o.table_name)}`);
      dropped.push(o.table_name);
    }
    return dropped.sort();
  });
}
