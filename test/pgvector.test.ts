/**
 * What only the Postgres store has: its schema and migrations, the generation switch that
 * replicas follow, lexical candidates from the GIN index, the database-side dense query, and the
 * configuration that selects it. Runs on PGlite (Postgres in WebAssembly), in-process.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import type { Paragraph } from '../src/types.js';
import { createHashEmbedder } from '../src/embed/fake.js';
import { IndexError } from '../src/store/index.js';
import { indexTerms } from '../src/text/tokenize.js';
import { PgIndexStore, type GenerationInfo } from '../src/store/pgvector/store.js';
import { SCHEMA_VERSION, migrate } from '../src/store/pgvector/schema.js';
import { withTransaction, type Queryable } from '../src/store/pgvector/sql.js';
import { parseDatabaseUrl, redactDatabaseUrl } from '../src/store/select.js';
import { describeDatabaseError, redactSecrets } from '../src/store/pgvector/connect.js';
import { ConfigError, loadConfig } from '../src/config.js';

function para(articleId: string, n: number, text: string, lang: Paragraph['lang'] = 'ar'): Paragraph {
  return {
    id: `${articleId}#${n}`,
    articleId,
    title: `عنوان ${articleId}`,
    n,
    lang,
    text,
    hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
  };
}

const CORPUS: Paragraph[] = [
  para('a.txt', 1, 'وصل علي لاريجاني إلى موسكو في زيارة رسمية.'),
  para('a.txt', 2, 'وقالت وكالة أنباء تسنيم إن المحادثات تناولت الاتفاق النووي.'),
  para('a.txt', 3, 'التقى لاريجاني بالرئيس الروسي وناقشا الاتفاق.'),
  para('b.txt', 1, 'Pakistan and Iran discussed border trade in Islamabad.', 'en'),
  para('b.txt', 2, 'The talks in Islamabad ended with a joint statement.', 'en'),
];

let db: PGlite;
let n = 0;
const fresh = (schema = `pgv_${++n}`, opts: { graceSeconds?: number; warn?: (m: string) => void } = {}) =>
  new PgIndexStore(db, { schema, location: 'pglite://memory', graceSeconds: opts.graceSeconds ?? 0, warn: opts.warn });

before(async () => {
  db = new PGlite({ extensions: { vector } });
  await db.waitReady;
});
after(async () => {
  await db.close();
});

describe('schema', () => {
  test('reading creates nothing; the first build migrates, with a schema_version row per migration; migrating again is a no-op', async () => {
    const store = fresh('pgv_schema');
    assert.equal(await store.exists(), false);
    await assert.rejects(store.load(), (e: unknown) => e instanceof IndexError && e.code === 'missing');
    const schemas = (await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgv_schema'`)).rows;
    assert.equal(schemas.length, 0, 'exists() and load() created nothing');
    await store.build({ paragraphs: CORPUS, embedder: null });
    const versions = (await db.query<{ version: number }>('SELECT version FROM pgv_schema.schema_version ORDER BY version')).rows;
    assert.deepEqual(versions.map((r) => r.version), Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    assert.deepEqual(await migrate(db, 'pgv_schema'), { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    const current = (await db.query('SELECT * FROM pgv_schema.current_generation')).rows;
    assert.equal(current.length, 1, 'exactly one current_generation row');
  });

  test('a database migrated by a newer program is refused', async () => {
    const store = fresh('pgv_newer');
    await store.ensureSchema();
    await db.query(`INSERT INTO pgv_newer.schema_version (version, description) VALUES ($1, 'from the future')`, [SCHEMA_VERSION + 1]);
    await assert.rejects(fresh('pgv_newer').exists(), (e: unknown) => e instanceof IndexError && e.code === 'format' && /newer/.test(e.message));
  });

  test('generation tables carry an HNSW (vector_cosine_ops) and a GIN (tokens) index', async () => {
    const store = fresh();
    await store.build({ paragraphs: CORPUS, embedder: createHashEmbedder({ dim: 16 }) });
    const g = (await store.currentGeneration())!;
    const defs = (await db.query<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = $2', [store.schema, g.table])).rows.map((r) => r.indexdef);
    assert.ok(defs.some((d) => /USING hnsw \(embedding vector_cosine_ops\)/.test(d)), defs.join('\n'));
    // The embedded index's graph parameters (pgvector's default ef_construction 64 loses recall).
    assert.ok(defs.some((d) => /USING hnsw .*WITH \(m='?16'?, ef_construction='?200'?\)/.test(d)), defs.join('\n'));
    assert.ok(defs.some((d) => /USING gin \(tokens\)/.test(d)), defs.join('\n'));
    const cols = (await db.query<{ column_name: string; udt_name: string }>('SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2', [store.schema, g.table])).rows;
    assert.equal(cols.find((c) => c.column_name === 'tokens')?.udt_name, '_text');
    assert.equal(cols.find((c) => c.column_name === 'embedding')?.udt_name, 'vector');
  });
});

describe('generations', () => {
  test('a rebuild switches current_generation and (with no grace period) drops the old generation', async () => {
    const store = fresh();
    const e = createHashEmbedder({ dim: 16 });
    await store.build({ paragraphs: CORPUS, embedder: e });
    const g1 = (await store.currentGeneration())!;
    await store.build({ paragraphs: CORPUS.slice(0, 4), embedder: e });
    const g2 = (await store.currentGeneration())!;
    assert.notEqual(g2.id, g1.id);
    const tables = (await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'paragraphs_g%'`, [store.schema])).rows.map((r) => r.table_name);
    assert.deepEqual(tables, [g2.table], 'only the current generation table is left');
    const gens = (await db.query<{ id: number }>(`SELECT id FROM ${store.schema}.index_generation`)).rows.map((r) => Number(r.id));
    assert.deepEqual(gens, [g2.id]);
    assert.equal((await store.load()).paragraphs.length, 4);
  });

  test('within the grace period a replaced generation stays readable; after it, the next build drops it', async () => {
    const store = fresh(undefined, { graceSeconds: 600 });
    const e = createHashEmbedder({ dim: 16 });
    await store.build({ paragraphs: CORPUS, embedder: e });
    const old = await store.load();
    await store.build({ paragraphs: CORPUS.slice(0, 4), embedder: e });
    await store.build({ paragraphs: CORPUS.slice(0, 3), embedder: e });
    // The replica that has not reloaded yet still gets database answers from its generation.
    const hits = await old.dense!.searchAsync(old.vectors!.slice(0, 16), 3);
    assert.equal(hits[0]!.row, 0);
    const gens = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${store.schema}.index_generation`)).rows[0]!.n;
    assert.equal(gens, 3, 'both replaced generations kept');
    const dropped = await new PgIndexStore(db, { schema: store.schema, graceSeconds: 0 }).cleanDebris();
    assert.equal(dropped.length, 2);
  });

  test('readers during a build see the old generation or the new one, complete, never a part', async () => {
    const store = fresh();
    const e = createHashEmbedder({ dim: 16 });
    await store.build({ paragraphs: CORPUS.slice(0, 2), embedder: e });
    const bigger = [...CORPUS, ...Array.from({ length: 500 }, (_, i) => para('big.txt', i + 1, `فقرة رقم ${i + 1} عن المحادثات في موسكو وطهران.`))];
    const reader = fresh(store.schema);
    const seen: number[] = [];
    let building = true;
    const build = store.build({ paragraphs: bigger, embedder: e }).finally(() => { building = false; });
    while (building) {
      const idx = await reader.load();
      assert.equal(idx.paragraphs.length, idx.manifest.counts.paragraphs);
      assert.equal(idx.vectors!.length, idx.paragraphs.length * 16);
      seen.push(idx.paragraphs.length);
      await new Promise((r) => setImmediate(r));
    }
    await build;
    seen.push((await reader.load()).paragraphs.length);
    assert.ok(seen.length >= 2);
    assert.ok(seen.every((x) => x === 2 || x === bigger.length), `loads saw ${[...new Set(seen)].join(', ')} paragraphs`);
    assert.equal(seen.at(-1), bigger.length);
  });

  test('a failure while writing the generation rolls it back: no table, no generation row', async () => {
    const store = fresh();
    const e = createHashEmbedder({ dim: 16 });
    await store.build({ paragraphs: CORPUS, embedder: e });
    const before = (await store.currentGeneration())!;
    const many = [...CORPUS, ...Array.from({ length: 1500 }, (_, i) => para('w.txt', i + 1, `paragraph ${i}`, 'en'))];
    const ac = new AbortController();
    await assert.rejects(
      store.build({ paragraphs: many, embedder: e, signal: ac.signal, onHnswProgress: (done) => { if (done > 0) ac.abort(); } }),
      (err: unknown) => (err as Error).name === 'AbortError',
    );
    assert.deepEqual(await store.currentGeneration(), before);
    const tables = (await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'paragraphs_g%'`, [store.schema])).rows;
    assert.deepEqual(tables.map((t) => t.table_name), [before.table]);
    assert.equal((await store.load()).paragraphs.length, CORPUS.length);
  });

  test('a build while another replica is writing one is refused as "locked", and changes nothing', async () => {
    const store = fresh();
    const e = createHashEmbedder({ dim: 16 });
    await store.build({ paragraphs: CORPUS, embedder: e });
    const before = (await store.currentGeneration())!;
    // One PGlite session cannot hold a lock against itself: stand in for the other writer by
    // answering the build-lock query as a second session would while the lock is taken.
    const otherHoldsLock = (q: Queryable): Queryable => ({
      query: (sql, params) => (/pg_try_advisory_xact_lock/.test(sql) ? Promise.resolve({ rows: [{ ok: false }] }) : q.query(sql, params)),
    });
    const busy: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> } = {
      ...otherHoldsLock(db),
      transaction: (fn) => db.transaction((tx) => fn(otherHoldsLock(tx))),
    };
    const second = new PgIndexStore(busy, { schema: store.schema });
    await assert.rejects(second.build({ paragraphs: CORPUS.slice(0, 2), embedder: e }), (err: unknown) => err instanceof IndexError && err.code === 'locked');
    assert.deepEqual(await store.currentGeneration(), before);
    assert.equal((await store.load()).paragraphs.length, CORPUS.length);
  });

  test('two replicas on one database: the watcher of one sees the other re-index, and reloads it', async () => {
    const schema = `pgv_replicas`;
    const a = fresh(schema);
    const b = fresh(schema);
    const e = createHashEmbedder({ dim: 16 });
    await a.build({ paragraphs: CORPUS.slice(0, 3), embedder: e });
    const bIndex = await b.load();
    assert.equal(bIndex.paragraphs.length, 3);

    const changes: Array<GenerationInfo | null> = [];
    const watcher = b.watch((g) => changes.push(g), { intervalMs: 50 });
    await new Promise((r) => setTimeout(r, 120));
    await a.build({ paragraphs: CORPUS, embedder: e });
    const deadline = Date.now() + 5000;
    while (changes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await watcher.stop();
    assert.equal(changes.length, 1, 'one switch seen');
    assert.equal(changes[0]!.id, (await a.currentGeneration())!.id);

    // Its generation dropped (grace 0 here): the stale replica's dense query still answers, from the
    // vectors in memory, with a warning; a reload serves the new generation.
    const warnings: string[] = [];
    const stale = await fresh(schema, { warn: (m) => warnings.push(m) }).load();
    await a.build({ paragraphs: CORPUS.slice(0, 4), embedder: e });
    const fromMemory = await stale.dense!.searchAsync(stale.vectors!.slice(16, 32), 3);
    assert.equal(fromMemory[0]!.row, 1);
    assert.match(warnings.join('\n'), /replaced and removed; answering from the index in memory/);
    const expected = (await a.currentGeneration())!.id;
    const reloaded = await b.load();
    assert.equal(reloaded.paragraphs.length, 4);
    assert.equal(reloaded.generation, expected);
  });

  test('through a pool-shaped driver (pg.Pool: connect → client → release) the same code works, clients always released', async () => {
    // CI has no Postgres server: a pool whose clients are the one PGlite session stands in for pg.Pool.
    let out = 0;
    const pool = {
      idleCount: 0,
      query: (sql: string, params?: unknown[]) => db.query(sql, params),
      connect: async () => {
        out++;
        return { query: (sql: string, params?: unknown[]) => db.query(sql, params), release: () => { out--; } };
      },
    };
    const store = new PgIndexStore(pool, { schema: 'pgv_pool' });
    const e = createHashEmbedder({ dim: 16 });
    await store.build({ paragraphs: CORPUS, embedder: e });
    const idx = await store.load();
    assert.equal(idx.paragraphs.length, CORPUS.length);
    assert.equal((await idx.dense!.searchAsync(idx.vectors!.slice(16, 32), 2))[0]!.row, 1);
    await assert.rejects(store.build({ paragraphs: CORPUS, embedder: { ...e, embedPassages: async () => { throw new Error('down'); } }, full: true }), /down/);
    const ac = new AbortController();
    await assert.rejects(store.build({ paragraphs: [...CORPUS, para('x.txt', 1, 'نص جديد')], embedder: e, signal: ac.signal, onHnswProgress: (d) => { if (d > 0) ac.abort(); } }));
    assert.equal((await store.load()).generation, idx.generation, 'rolled back through the pool client');
    assert.equal(out, 0, 'every checked-out client released');
  });

  test('damaged rows are refused at load (sha256 against the manifest)', async () => {
    const store = fresh();
    await store.build({ paragraphs: CORPUS, embedder: null });
    const g = (await store.currentGeneration())!;
    await db.query(`UPDATE ${store.schema}.${g.table} SET data = replace(data, 'موسكو', 'طهران') WHERE "row" = 0`);
    await assert.rejects(store.load(), (e: unknown) => e instanceof IndexError && e.code === 'corrupt' && /npm run index/.test(e.message));
    assert.equal((await store.load({ verify: 'sizes' })).paragraphs.length, CORPUS.length);
  });
});

describe('search in the database', () => {
  test('lexical candidates: rows whose indexTerms() share a term with the query, most terms first', async () => {
    const store = fresh();
    await store.build({ paragraphs: CORPUS, embedder: null });
    const idx = await store.load();
    const terms = indexTerms('لاريجاني الاتفاق');
    const hits = await idx.searchLexicalCandidates(terms, 10);
    const expected = CORPUS.map((p, row) => ({ row, matched: new Set(indexTerms(p.text).filter((t) => terms.includes(t))).size })).filter((h) => h.matched > 0);
    expected.sort((x, y) => y.matched - x.matched || x.row - y.row);
    assert.deepEqual(hits, expected);
    assert.equal(hits[0]!.row, 2, 'the paragraph with both words first');
    assert.deepEqual(await store.searchLexicalCandidates(terms, 1), expected.slice(0, 1));
    assert.deepEqual(await idx.searchLexicalCandidates(indexTerms('Islamabad'), 10), [{ row: 3, matched: 1 }, { row: 4, matched: 1 }]);
    assert.deepEqual(await idx.searchLexicalCandidates([], 10), []);
  });

  test('the lexical candidate query can use the GIN index', async () => {
    const store = fresh();
    await store.build({ paragraphs: CORPUS, embedder: null });
    const g = (await store.currentGeneration())!;
    const explain = (sql: string) =>
      withTransaction(db, async (tx) => {
        await tx.query('SET LOCAL enable_seqscan = off');
        await tx.query('SET LOCAL enable_indexscan = off'); // 5 rows: the planner would walk the primary key
        const r = await tx.query(`EXPLAIN ${sql}`, [indexTerms('لاريجاني الاتفاق')]);
        return (r.rows as Array<Record<string, string>>).map((x) => Object.values(x)[0]).join('\n');
      });
    const t = `${store.schema}.${g.table}`;
    // the overlap test itself, and the per-term probes the store runs for it
    assert.match(await explain(`SELECT "row" FROM ${t} WHERE tokens && $1::text[]`), /Bitmap Index Scan on paragraphs_g\d+_tokens/);
    const plan = await explain(`SELECT t."row", count(*) FROM unnest($1::text[]) AS q(term) JOIN ${t} AS t ON t.tokens @> ARRAY[q.term] GROUP BY t."row"`);
    assert.match(plan, /Bitmap Index Scan on paragraphs_g\d+_tokens/);
  });

  test('dense query in SQL (ORDER BY embedding <=> $1) agrees with the exact in-memory scan', async () => {
    const store = fresh();
    const ps = Array.from({ length: 300 }, (_, i) => para('v.txt', i + 1, `vector paragraph ${i}`, 'en'));
    await store.build({ paragraphs: ps, embedder: createHashEmbedder({ dim: 24 }) });
    const idx = await store.load();
    for (const row of [0, 17, 150, 299]) {
      const q = idx.vectors!.slice(row * 24, (row + 1) * 24);
      const sql = await idx.dense!.searchAsync(q, 10);
      const mem = idx.dense!.search(q, 10);
      assert.equal(sql[0]!.row, row);
      assert.equal(mem[0]!.row, row);
      const overlap = sql.filter((h) => mem.some((m) => m.row === h.row)).length;
      assert.ok(overlap >= 9, `HNSW recall@10 vs exact: ${overlap}/10`);
    }
    const hits = await idx.dense!.searchAsync(idx.vectors!.slice(0, 24), 100);
    assert.equal(hits.length, 100, 'ef_search is raised so 100 candidates come back');
  });
});

describe('configuration', () => {
  test('VECTOR_STORE defaults to hnsw; pgvector needs a DATABASE_URL of a known form', () => {
    assert.equal(loadConfig({}).vectorStore, 'hnsw');
    assert.equal(loadConfig({}).databaseUrl, undefined);
    const c = loadConfig({ VECTOR_STORE: 'pgvector', DATABASE_URL: 'pglite:///tmp/x' });
    assert.equal(c.vectorStore, 'pgvector');
    assert.equal(c.databaseUrl, 'pglite:///tmp/x');
    assert.throws(() => loadConfig({ VECTOR_STORE: 'pgvector' }), ConfigError);
    assert.throws(() => loadConfig({ VECTOR_STORE: 'faiss' }), ConfigError);
    assert.throws(() => loadConfig({ VECTOR_STORE: 'pgvector', DATABASE_URL: 'mysql://u:secret@h/db' }), (e: unknown) => e instanceof ConfigError && !/secret/.test(e.message));
  });

  test('DATABASE_URL: postgres:// or pglite:///abs; passwords never shown', () => {
    assert.deepEqual(parseDatabaseUrl('pglite:///var/lib/newsbot/db'), { kind: 'pglite', dataDir: '/var/lib/newsbot/db', display: 'pglite:///var/lib/newsbot/db' });
    assert.throws(() => parseDatabaseUrl('pglite://relative/dir'), /absolute/);
    const pgUrl = parseDatabaseUrl('postgres://bot:s3cret@db.internal:5432/news');
    assert.equal(pgUrl.kind, 'postgres');
    assert.equal(pgUrl.display, 'postgres://bot:***@db.internal:5432/news');
    assert.equal(redactDatabaseUrl('postgresql://bot@db/news'), 'postgresql://bot@db/news');
    assert.throws(() => parseDatabaseUrl('mysql://root:pw@h/db'), (e: unknown) => !/pw@/.test((e as Error).message));
  });
});

describe('articles: the database is the source of truth', () => {
  const file = (name: string, text: string, mtimeMs: number) => ({ file: name, bytes: Buffer.from(text), mtimeMs });
  const names = async (store: PgIndexStore) => (await store.articles.list()).map((a) => a.file);

  test('a folder brings in new and newer files, never removes by absence; removal is explicit and leaves a tombstone', async () => {
    const store = fresh();
    const past = Date.now() - 3600_000;
    let s = await store.articles.sync([file('a.txt', 'A1', past), file('b.txt', 'B1', past)]);
    assert.deepEqual(s.imported.sort(), ['a.txt', 'b.txt']);
    // Another replica's folder: lacks b.txt, holds an older different a.txt, and a new c.txt.
    s = await store.articles.sync([file('a.txt', 'A0 stale', past - 1000), file('c.txt', 'C1', Date.now())]);
    assert.deepEqual(s.imported, ['c.txt']);
    assert.deepEqual(s.removed, []);
    assert.match(s.ignored.map((i) => `${i.file}: ${i.reason}`).join('\n'), /a\.txt: older than the copy in the database/);
    assert.deepEqual(await names(store), ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(Buffer.from((await store.articles.list())[0]!.bytes).toString(), 'A1');
    // A newer edit wins.
    s = await store.articles.sync([file('a.txt', 'A2', Date.now() + 1000)]);
    assert.deepEqual(s.imported, ['a.txt']);
    // Explicit removal; a stale copy does not bring it back, a copy written later does.
    s = await store.articles.sync([], { remove: ['b.txt'] });
    assert.deepEqual(s.removed, ['b.txt']);
    s = await store.articles.sync([file('b.txt', 'B1', past)]);
    assert.deepEqual(s.imported, []);
    assert.match(s.ignored[0]!.reason, /removed from the coverage/);
    assert.deepEqual(await names(store), ['a.txt', 'c.txt']);
    s = await store.articles.sync([file('b.txt', 'B2', Date.now() + 2000)]);
    assert.deepEqual(s.imported, ['b.txt']);
    // Prune: everything the folder lacks.
    s = await store.articles.sync([file('a.txt', 'A2', Date.now())], { prune: true });
    assert.deepEqual(s.removed.sort(), ['b.txt', 'c.txt']);
    await assert.rejects(store.articles.sync([], { remove: ['nope.txt'] }), /nope\.txt is not in the coverage/);
  });

  test('undo puts the articles back as they were (a failed build after the sync)', async () => {
    const store = fresh();
    await store.articles.sync([file('a.txt', 'A1', Date.now() - 1000), file('b.txt', 'B1', Date.now() - 1000)]);
    const s = await store.articles.sync([file('a.txt', 'A2', Date.now() + 1000), file('n.txt', 'N', Date.now())], { remove: ['b.txt'] });
    assert.deepEqual(await names(store), ['a.txt', 'n.txt']);
    await s.undo();
    const after = await store.articles.list();
    assert.deepEqual(after.map((a) => [a.file, Buffer.from(a.bytes).toString()]), [['a.txt', 'A1'], ['b.txt', 'B1']]);
  });
});

describe('secrets', () => {
  test('redactSecrets removes passwords of every URL form, pairs and literal values, also inside error text', () => {
    const url = 'postgres://127.0.0.1:5432/db?user=u&password=p%40ss-W0rd';
    assert.equal(redactDatabaseUrl(url), 'postgres://127.0.0.1:5432/db?user=u&password=***');
    assert.equal(redactDatabaseUrl('postgres://u:p%40ss@h/db?sslpassword=zz'), 'postgres://u:***@h/db?sslpassword=***');
    const echoed = `connect failed for "postgresql://u:p@ss-W0rd@h/db" (password=p@ss-W0rd); PGPASSWORD was Env-Pw-1`;
    const out = redactSecrets(echoed, url, { PGPASSWORD: 'Env-Pw-1' });
    for (const secret of ['p@ss-W0rd', 'p%40ss-W0rd', 'Env-Pw-1']) assert.ok(!out.includes(secret), out);
    const line = describeDatabaseError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), url);
    assert.match(line, /^cannot reach the database at postgres:\/\/127\.0\.0\.1:5432\/db\?user=u&password=\*\*\* \(connect ECONNREFUSED/);
  });
});
