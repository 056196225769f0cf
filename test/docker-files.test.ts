/**
 * Docker cannot run on these machines, so the Dockerfile and compose.yaml are checked for what can be
 * checked here: every path they copy or mount exists and is not excluded by .dockerignore, the image
 * runs what `npm start` runs, its environment is configuration the bot accepts, the compose file
 * parses (with Debian's python3-yaml when present) and the replicas' settings pass the bot's
 * configuration check. (The Caddyfile was validated with `caddy validate`; see README.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  return text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => { const [op, ...rest] = l.split(/\s+/); return { op: op!.toUpperCase(), args: rest.join(' ') }; });
}

/** Whether .dockerignore keeps `rel` out of the build context (its patterns are simple names here). */
function ignored(rel: string): boolean {
  const patterns = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  let out = false;
  for (const p of patterns) {
    const negate = p.startsWith('!');
    const pat = p.replace(/^!/, '').replace(/^\//, '');
    const re = new RegExp('^' + pat.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*') + '(/|$)');
    if (re.test(rel)) out = !negate;
  }
  return out;
}

test('every COPY from the build context exists and is not excluded by .dockerignore', () => {
  const copies = instructions(read('Dockerfile')).filter((i) => i.op === 'COPY' && !/--from=/.test(i.args));
  assert.ok(copies.length >= 3);
  for (const c of copies) {
    const parts = c.args.split(/\s+/).filter((a) => !a.startsWith('--'));
    for (const src of parts.slice(0, -1)) {
      assert.ok(existsSync(path.join(ROOT, src)), `COPY ${src}: missing`);
      assert.ok(!ignored(src), `COPY ${src}: excluded by .dockerignore`);
    }
  }
  for (const secret of ['.env', 'node_modules', 'embeddings', 'data', '.git']) assert.ok(ignored(secret), `${secret} kept out of the build context`);
  assert.ok(!ignored('src/main.ts') && !ignored('package-lock.json'));
});

test('the image runs what `npm start` runs, as a non-root user, with volumes for articles, index, data and models', () => {
  const steps = instructions(read('Dockerfile'));
  const stages = steps.filter((i) => i.op === 'FROM').map((i) => i.args);
  assert.deepEqual(stages.map((s) => s.split(' ')[0]), ['node:20-slim', 'node:20-slim']);
  const cmd = JSON.parse(steps.filter((i) => i.op === 'CMD').at(-1)!.args) as string[];
  const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start!;
  assert.equal(cmd.join(' '), start.replace(/^exec /, ''));
  assert.equal(steps.filter((i) => i.op === 'USER').at(-1)?.args, 'node');
  const lastFrom = steps.map((i) => i.op).lastIndexOf('FROM');
  const runStage = steps.slice(lastFrom);
  assert.ok(runStage.some((i) => i.op === 'RUN' && /dict-freedict-eng-ara/.test(i.args) && /dict-freedict-ara-eng/.test(i.args)), 'FreeDict from Debian');
  const buildStage = steps.slice(0, lastFrom);
  assert.ok(buildStage.some((i) => i.op === 'RUN' && /python3/.test(i.args) && /make/.test(i.args) && /g\+\+/.test(i.args)), 'compilers for hnswlib-node in the build stage');
  assert.ok(!runStage.some((i) => i.op === 'RUN' && /g\+\+/.test(i.args)), 'no compilers in the image that runs');
  // ENV as one instruction of KEY=value pairs; the volumes are exactly the folders the bot writes.
  const env = Object.fromEntries(runStage.filter((i) => i.op === 'ENV').flatMap((i) => i.args.split(/\s+/).map((kv) => kv.split('=') as [string, string])));
  const volumes = JSON.parse(runStage.find((i) => i.op === 'VOLUME')!.args) as string[];
  assert.deepEqual([...volumes].sort(), [env.DATA_DIR, env.INDEX_DIR, env.MODEL_CACHE_DIR, env.SEEDS_DIR].sort());
  const config = loadConfig({ ...env, BOT_TOKEN: '123456:' + 'A'.repeat(35) });
  assert.equal(config.seedsDir, env.SEEDS_DIR);
  assert.equal(config.dictDir, '/usr/share/dictd');
});

/** compose.yaml as JSON through Debian's python3-yaml; undefined when it is not installed. */
function composeJson(): Record<string, any> | undefined {
  try {
    const out = execFileSync('/usr/bin/python3', ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path.join(ROOT, 'compose.yaml')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out);
  } catch (e) {
    if (/No module named|ENOENT/.test(String((e as { stderr?: string }).stderr ?? e))) return undefined;
    throw e;
  }
}

test('compose.yaml parses; the bot by default, Postgres + two webhook replicas + a load balancer under the "replicas" profile', (t) => {
  const compose = composeJson();
  if (!compose) { t.skip('python3-yaml not installed'); return; }
  const services = compose.services as Record<string, any>;
  assert.deepEqual(Object.keys(services).sort(), ['bot', 'db', 'lb', 'replica1', 'replica2']);
  assert.equal(services.bot.profiles, undefined, 'the single bot starts with plain `docker compose up`');
  for (const name of ['db', 'replica1', 'replica2', 'lb']) assert.deepEqual(services[name].profiles, ['replicas'], name);
  assert.equal(services.db.image, 'pgvector/pgvector:pg16');
  for (const name of ['bot', 'replica1', 'replica2']) {
    const s = services[name];
    assert.equal(s.build, '.');
    assert.ok(/^\d+s$/.test(s.stop_grace_period) && parseInt(s.stop_grace_period, 10) >= 25, `${name}: grace period covers the bot's bounded stop`);
    assert.equal(s.init, true);
  }
  // Bind mounts point at files in the repository; named volumes are declared.
  for (const [name, s] of Object.entries(services)) {
    for (const v of (s.volumes ?? []) as string[]) {
      const [src] = v.split(':');
      if (src!.startsWith('./')) assert.ok(existsSync(path.join(ROOT, src!)), `${name}: ${src} missing`);
      else assert.ok(src! in compose.volumes, `${name}: volume ${src} not declared`);
    }
  }
  // The replicas' settings, with the .env values filled in, pass the bot's own configuration check.
  const vars: Record<string, string> = { POSTGRES_PASSWORD: 'pw', WEBHOOK_HOST: 'bot.example.org', WEBHOOK_SECRET: 'sec_ret', FEEDBACK_SECRET: 'f'.repeat(40) };
  const env = Object.fromEntries(Object.entries(services.replica1.environment as Record<string, string>).map(([k, v]) => [k, String(v).replace(/\$\{(\w+):-\}/g, (_, n: string) => vars[n] ?? '')]));
  assert.deepEqual(services.replica2.environment, services.replica1.environment);
  const config = loadConfig({ ...env, BOT_TOKEN: '123456:' + 'A'.repeat(35) });
  assert.equal(config.vectorStore, 'pgvector');
  assert.equal(config.webhookUrl, 'https://bot.example.org/telegram');
  assert.equal(config.port, 8080);
  assert.ok(read('docker/Caddyfile').includes('replica1:8080') && read('docker/Caddyfile').includes('replica2:8080'));
});
