/**
 * The Postgres store against a real server: a throwaway PostgreSQL cluster (Debian's 15 with
 * pgvector built from ../shared/vendor) on 127.0.0.1, through the `pg` client — postgres:// URLs,
 * pools, LISTEN/NOTIFY, timeouts, a frozen and a stopped server, two replica processes — with no
 * mock. Roles as the README grants them: a builder that owns the schema, a reader with USAGE and
 * SELECT only. Skipped, saying why, only when the PostgreSQL binaries are absent.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findPostgres, startCluster, type PgCluster } from './support/pg-server.js';
import { launch, ADMIN_ID, NO_DICT, type ReliableBot } from './support/bot-process.js';
import { mark } from './support/reliability-bot.js';
import { openDatabase } from '../src/store/pgvector/connect.js';
import { PgIndexStore, type GenerationInfo } from '../src/store/pgvector/store.js';
import { createHashEmbedder } from '../src/embed/fake.js';
import type { Paragraph } from '../src/types.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const bins = findPostgres();
const SKIP = 'missing' in bins ? `real-server tests skipped: ${bins.missing}` : false;

const BUILDER_PW = 'Bld-pw-7Qx!z';
const READER_PW = 'Rdr-pw-9Kc%w';
let pg: PgCluster;
let dir: string;
const url = (user: string, pw: string) => `postgres://${user}:${encodeURIComponent(pw)}@127.0.0.1:${pg.port}/newsbot`;
const builderUrl = () => url('newsbot_builder', BUILDER_PW);
const readerUrl = () => url('newsbot_reader', READER_PW);
const SECRETS = [BUILDER_PW, READER_PW, encodeURIComponent(BUILDER_PW), encodeURIComponent(READER_PW), 'Wrong-pw-3Zt'];

function noSecret(text: string, what: string): void {
  for (const s of SECRETS) assert.ok(!text.includes(s), `${what} shows a password:\n${text}`);
}

interface Cli { code: number; stdout: string; stderr: string; ms: number }
function cliEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const full: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    MODELS_DIR: path.join(ROOT, 'test/fixtures/models'),
    EMBEDDING_MODEL: 'tiny-char-bert',
    INDEX_DIR: path.join(dir, 'idx'),
    SEEDS_DIR: path.join(ROOT, 'seeds'),
    VECTOR_STORE: 'pgvector',
    DICT_DIR: NO_DICT, // the dictionaries take seconds to load and both stores share them
    ...env,
  };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  return full;
}

async function cli(script: string, args: string[], env: Record<string, string | undefined>): Promise<Cli> {
  const full = cliEnv(env);
  const t0 = Date.now();
  try {
    const file = script === 'main' ? 'src/main.ts' : `src/cli/${script}.ts`;
    const r = await run(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, env: full, maxBuffer: 1 << 24, timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '', ms: Date.now() - t0 };
  }
}

/** One clear line on stderr (notes aside), no stack trace, no password. */
function assertOneLineError(r: Cli, what: string): string {
  assert.notEqual(r.code, 0, `${what}: non-zero status`);
  noSecret(r.stdout + r.stderr, what);
  assert.doesNotMatch(r.stderr, /^\s+at /m, `${what}: no stack trace\n${r.stderr}`);
  // The prompt (npm start) logs with a timestamp and says first that it starts the prompt.
  const lines = r.stderr
    .split('\n')
    .map((l) => l.replace(/^\[[0-9T:.Z-]+\] /, ''))
    .filter((l) => l.trim() && !l.startsWith('note: ') && !l.startsWith('BOT_TOKEN is not set'));
  assert.equal(lines.length, 1, `${what}: one line\n${r.stderr}`);
  assert.match(lines[0]!, /^error: /);
  return lines[0]!;
}

const QUESTIONS = [
  { id: 'q1', question: 'ما هي الوكالة التي نقلت تصريح الجنرال باقري؟' },
  { id: 'q2', question: 'Who is Larijani?' },
  { id: 'q3', question: 'What did Iran and Pakistan agree on?' },
  { id: 'q4', question: 'ماذا قال وزير الخارجية الروسي؟' },
  { id: 'q5', question: 'What is the boiling point of water at sea level?' },
];

describe('pgvector on a real PostgreSQL server', { skip: SKIP }, () => {
  before(async () => {
    if ('missing' in bins) return;
    dir = await mkdtemp(path.join(tmpdir(), 'newsbot-pgsrv-'));
    pg = await startCluster(bins);
    // The README's grants: the schema belongs to the builder; the reader gets USAGE + SELECT only.
    await pg.sql(
      [
        `CREATE ROLE newsbot_builder LOGIN PASSWORD '${BUILDER_PW}'`,
        `CREATE ROLE newsbot_reader LOGIN PASSWORD '${READER_PW}'`,
        'CREATE SCHEMA newsbot AUTHORIZATION newsbot_builder',
        'GRANT USAGE ON SCHEMA newsbot TO newsbot_reader',
        'ALTER DEFAULT PRIVILEGES FOR ROLE newsbot_builder IN SCHEMA newsbot GRANT SELECT ON TABLES TO newsbot_reader',
      ].join('; '),
      'newsbot',
    );
  });
  after(async () => {
    await pg?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('index as the builder, ask as the reader (USAGE + SELECT only): answers identical to the embedded store, no password printed', async () => {
    const qfile = path.join(dir, 'q.jsonl');
    await writeFile(qfile, QUESTIONS.map((q) => JSON.stringify(q)).join('\n') + '\n');
    const built = await cli('index', [], { DATABASE_URL: builderUrl() });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /articles imported from .*: 5/);
    assert.match(built.stdout, /index: postgres:\/\/newsbot_builder:\*\*\*@127\.0\.0\.1/);
    noSecret(built.stdout + built.stderr, 'index');
    // The reader cannot create anything: serving must not try.
    const denied = await pg.sql(`SELECT has_database_privilege('newsbot_reader', 'newsbot', 'CREATE') AS c, has_schema_privilege('newsbot_reader', 'newsbot', 'CREATE') AS s`, 'newsbot');
    assert.equal(denied.trim(), 'f|f');

    const fromPg = await cli('ask', ['--jsonl', qfile], { DATABASE_URL: readerUrl() });
    assert.equal(fromPg.code, 0, fromPg.stderr);
    noSecret(fromPg.stdout + fromPg.stderr, 'ask');
    const embeddedIndex = await cli('index', [], { VECTOR_STORE: 'hnsw' });
    assert.equal(embeddedIndex.code, 0, embeddedIndex.stderr);
    const fromFiles = await cli('ask', ['--jsonl', qfile], { VECTOR_STORE: 'hnsw' });
    assert.equal(fromFiles.code, 0, fromFiles.stderr);
    const a = fromPg.stdout.trim().split('\n');
    const b = fromFiles.stdout.trim().split('\n');
    assert.equal(a.length, QUESTIONS.length);
    assert.ok(a.some((l) => (JSON.parse(l) as { results: unknown[] }).results.length > 0), 'some questions answered');
    assert.deepEqual(a, b, 'line for line the same');
  });

  test('no password printed for any URL form — user-info, ?password=, PGPASSWORD — on success or error', async () => {
    const host = `127.0.0.1:${pg.port}`;
    const good = [
      { name: 'user-info', env: { DATABASE_URL: readerUrl() } },
      { name: 'query parameter', env: { DATABASE_URL: `postgres://${host}/newsbot?user=newsbot_reader&password=${encodeURIComponent(READER_PW)}` } },
      { name: 'PGPASSWORD', env: { DATABASE_URL: `postgres://newsbot_reader@${host}/newsbot`, PGPASSWORD: READER_PW } },
    ];
    const bad = [
      { name: 'user-info', env: { DATABASE_URL: url('newsbot_reader', 'Wrong-pw-3Zt') } },
      { name: 'query parameter', env: { DATABASE_URL: `postgres://${host}/newsbot?user=newsbot_reader&password=Wrong-pw-3Zt` } },
      { name: 'PGPASSWORD', env: { DATABASE_URL: `postgres://newsbot_reader@${host}/newsbot`, PGPASSWORD: 'Wrong-pw-3Zt' } },
    ];
    const results = await Promise.all([
      ...good.map(async (g) => ({ g, ok: true, r: await cli('ask', ['Who is Larijani?'], g.env) })),
      ...bad.map(async (g) => ({ g, ok: false, r: await cli('ask', ['Who is Larijani?'], g.env) })),
    ]);
    for (const { g, ok, r } of results) {
      if (ok) {
        assert.equal(r.code, 0, `${g.name}: ${r.stderr}`);
        assert.match(r.stdout, /Larijani|لاريجاني/);
        noSecret(r.stdout + r.stderr, g.name);
      } else {
        const line = assertOneLineError(r, `wrong password, ${g.name}`);
        assert.match(line, /refused the login|password authentication failed/);
      }
    }
  });

  test('two replica processes: an upload on one, a re-index on the other from a folder that lacks it — the article is still found on both', async () => {
    const env = { VECTOR_STORE: 'pgvector', DATABASE_URL: builderUrl() };
    const a = await launch({ env });
    const b = await launch({ env });
    try {
      const ARTICLE = '---\ntitle: Saffron harvest in Khorasan\noutlet: Test Wire\ndate: 2025-11-20\n---\n' +
        'Farmers in Khorasan began the saffron harvest this week, picking the purple crocus flowers at dawn before the sun opens them.\n\n' +
        'Exporters expect the saffron crop to reach record volumes, with most of it shipped to Spain and the Gulf states.\n';
      const admin = { id: ADMIN_ID, first_name: 'Admin' };
      const user = { id: 4242, first_name: 'User' };
      const sent = (bot: ReliableBot, chat: number, since: ReturnType<typeof mark>, re: RegExp) =>
        bot.stub.waitFor((r) => (r.method === 'sendMessage' || r.method === 'editMessageText') && r.params.chat_id === chat && since(r) && re.test(String(r.params.text)), 60_000);
      let t = mark(a.stub);
      a.stub.pushDocument({ from: admin, fileName: 'saffron.txt', mimeType: 'text/plain', content: Buffer.from(ARTICLE) });
      await sent(a, ADMIN_ID, t, /Added/);
      assert.ok(!(await readdir(b.seeds)).includes('saffron.txt'), "replica B's folder lacks the article");
      t = mark(b.stub);
      b.stub.pushMessage({ text: '/reindex', from: admin });
      const done = String((await sent(b, ADMIN_ID, t, /Re-index done|failed/)).params.text);
      assert.match(done, /Re-index done/);
      assert.match(done, /6 articles/);
      assert.match(done, /removed 0/);
      for (const bot of [b, a]) {
        t = mark(bot.stub);
        bot.stub.pushMessage({ text: 'When did the saffron harvest begin in Khorasan?', from: user });
        assert.match(String((await sent(bot, user.id, t, /./)).params.text), /saffron harvest/i);
      }
      noSecret(a.logs() + b.logs(), 'bot logs');
    } finally {
      await a.stop();
      await b.stop();
    }
    // Removal is explicit, and a stale copy elsewhere does not bring it back.
    const seedsC = path.join(dir, 'seeds-c');
    await cp(path.join(ROOT, 'seeds'), seedsC, { recursive: true });
    await writeFile(path.join(seedsC, 'saffron.txt'), 'An older saffron text.\n\nWritten before the removal.\n');
    const old = new Date(Date.now() - 3600_000);
    const { utimes } = await import('node:fs/promises');
    await utimes(path.join(seedsC, 'saffron.txt'), old, old);
    const removed = await cli('index', ['--remove', 'saffron.txt'], { DATABASE_URL: builderUrl() });
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, /articles removed: 1 \(saffron\.txt\)/);
    const again = await cli('index', [], { DATABASE_URL: builderUrl(), SEEDS_DIR: seedsC });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /articles: 5\n/);
    assert.match(again.stdout, /saffron\.txt: removed from the coverage after this copy was written/);
  });

  test('the local prompt (npm start without BOT_TOKEN) follows a re-index made by another process', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: cliEnv({ DATABASE_URL: readerUrl() }), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    const waitFor = async (re: RegExp, from: number) => {
      const until = Date.now() + 30_000;
      while (!re.test(out.slice(from)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      assert.match(out.slice(from), re, out);
    };
    try {
      await waitFor(/Ask about the coverage/, 0);
      let from = out.length;
      child.stdin.write('When did the tea harvest begin in Gilan?\n');
      await waitFor(/\n\? $/, from);
      assert.doesNotMatch(out.slice(from), /tea\.txt/);
      const other = path.join(dir, 'seeds-tea');
      await mkdir(other, { recursive: true });
      await writeFile(path.join(other, 'tea.txt'), '---\ntitle: Tea harvest in Gilan\n---\nFarmers in Gilan began the first tea harvest of the season this week, picking the young leaves by hand.\n\nThe tea factories of Lahijan expect a larger crop than last year.\n');
      const added = await cli('index', [], { DATABASE_URL: builderUrl(), SEEDS_DIR: other });
      assert.equal(added.code, 0, added.stderr);
      assert.match(added.stdout, /articles imported from .*: 1 \(tea\.txt\)/);
      await new Promise((r) => setTimeout(r, 1500)); // NOTIFY → reload
      from = out.length;
      child.stdin.write('When did the tea harvest begin in Gilan?\n');
      await waitFor(/tea\.txt/, from);
      child.stdin.write('\n');
      assert.equal(await exited, 0);
      noSecret(out, 'prompt');
    } finally {
      child.kill();
    }
  });

  test('LISTEN/NOTIFY through a pool: a switch is seen at once, and again after the LISTEN connection is killed (reconnect)', async () => {
    const reader = await openDatabase(readerUrl(), 'reader');
    const builder = await openDatabase(builderUrl(), 'builder');
    try {
      const watching = new PgIndexStore(reader.db);
      const building = new PgIndexStore(builder.db, { graceSeconds: 0 });
      const seen: Array<GenerationInfo | null> = [];
      const errors: string[] = [];
      const w = watching.watch((g) => seen.push(g), { intervalMs: 0, onError: (e) => errors.push(String(e)) });
      const waitSeen = async (n: number) => {
        const until = Date.now() + 8000;
        while (seen.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
        assert.equal(seen.length, n, `switch ${n} seen (errors: ${errors.join('; ')})`);
      };
      await new Promise((r) => setTimeout(r, 300));
      const paragraphs: Paragraph[] = [{ id: 'x.txt#1', articleId: 'x.txt', title: 'x', n: 1, lang: 'en', text: 'Pakistan and Iran met in Islamabad.', hash: 'h1' }];
      const t0 = Date.now();
      await building.build({ paragraphs, embedder: createHashEmbedder({ dim: 8 }) });
      await waitSeen(1);
      assert.ok(Date.now() - t0 < 3000, 'through NOTIFY, not a poll');
      const killed = await pg.sql(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'`, 'newsbot');
      assert.equal(killed.trim(), '1', 'the LISTEN connection was found and killed');
      await new Promise((r) => setTimeout(r, 1800)); // the first reconnect comes after 1 s
      await building.build({ paragraphs, embedder: createHashEmbedder({ dim: 8 }) });
      await waitSeen(2);
      await w.stop();
    } finally {
      await reader.close();
      await builder.close();
    }
  });

  test('pool limits: readers have connect/statement timeouts, builders an idle-in-transaction timeout', async () => {
    const reader = await openDatabase(readerUrl(), 'reader');
    const builder = await openDatabase(builderUrl(), 'builder');
    try {
      const show = async (db: typeof reader.db, name: string) => String(((await db.query(`SHOW ${name}`)).rows[0] as Record<string, unknown>)[name]);
      assert.equal(await show(reader.db, 'statement_timeout'), '8s');
      assert.equal(await show(builder.db, 'idle_in_transaction_session_timeout'), '1min');
      assert.equal(await show(builder.db, 'statement_timeout'), '0');
    } finally {
      await reader.close();
      await builder.close();
    }
  });

  test('a frozen server (SIGSTOP): ask and index end within 30 s with one clear line; a loaded index keeps answering from memory with a warning', async () => {
    const reader = await openDatabase(readerUrl(), 'reader');
    const warnings: string[] = [];
    const store = new PgIndexStore(reader.db, { warn: (m) => warnings.push(m) });
    const loaded = await store.load();
    assert.ok(loaded.dense && loaded.vectors, 'vectors loaded');
    await pg.freeze(true);
    try {
      const [asked, hits, indexed] = await Promise.all([
        cli('ask', ['Who is Larijani?'], { DATABASE_URL: readerUrl() }),
        (async () => {
          const t0 = Date.now();
          const h = await loaded.dense!.searchAsync(loaded.vectors!.slice(0, loaded.dense!.dim), 3);
          return { h, ms: Date.now() - t0 };
        })(),
        cli('index', [], { DATABASE_URL: builderUrl() }),
      ]);
      assert.ok(indexed.ms < 30_000, `index took ${indexed.ms} ms`);
      assert.match(assertOneLineError(indexed, 'index, frozen server'), /indexing failed.*cannot reach the database/);
      assert.ok(asked.ms < 30_000, `ask took ${asked.ms} ms`);
      const line = assertOneLineError(asked, 'ask, frozen server');
      assert.match(line, /cannot reach the database at postgres:\/\/newsbot_reader:\*\*\*@127\.0\.0\.1/);
      assert.equal(hits.h[0]!.row, 0, 'answered from the vectors in memory');
      assert.ok(hits.ms < 15_000, `dense fallback took ${hits.ms} ms`);
      assert.match(warnings.join('\n'), /did not answer.*answering from the index in memory/);
    } finally {
      await pg.freeze(false);
      await reader.close().catch(() => undefined);
    }
  });

  test('a stopped server: ask, index, eval and the prompt each end at once with one clear line, no password', async () => {
    await pg.stop();
    try {
      const qfile = path.join(dir, 'eval.jsonl');
      await writeFile(qfile, JSON.stringify({ id: 'e1', question: 'Who is Larijani?', answers: ['Larijani'] }) + '\n');
      const [asked, indexed, evaluated, prompted] = await Promise.all([
        cli('ask', ['Who is Larijani?'], { DATABASE_URL: readerUrl() }),
        cli('index', [], { DATABASE_URL: builderUrl() }),
        cli('eval', [qfile], { DATABASE_URL: `postgres://newsbot_reader@127.0.0.1:${pg.port}/newsbot`, PGPASSWORD: READER_PW }),
        cli('main', [], { DATABASE_URL: `postgres://127.0.0.1:${pg.port}/newsbot?user=newsbot_reader&password=${encodeURIComponent(READER_PW)}` }),
      ]);
      assert.ok(asked.ms < 30_000);
      assert.match(assertOneLineError(asked, 'ask, stopped server'), /cannot reach the database.*ECONNREFUSED/);
      assert.match(assertOneLineError(indexed, 'index, stopped server'), /indexing failed.*cannot reach the database/);
      assert.match(assertOneLineError(evaluated, 'eval, stopped server'), /cannot reach the database/);
      assert.match(assertOneLineError(prompted, 'prompt, stopped server'), /cannot reach the database at postgres:\/\/127\.0\.0\.1:\d+\/newsbot\?user=newsbot_reader&password=\*\*\*/);
    } finally {
      await pg.start();
    }
  });
});
