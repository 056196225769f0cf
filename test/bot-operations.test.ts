/**
 * Operating the bot, end to end against the Bot API stand-in:
 *  - Telegram refusing the token (401) or the polling (409: another instance, or a webhook set)
 *    ends the process within seconds with its own non-zero status and one line saying what to do;
 *  - Telegram unreachable at start is reported, and reported again every 30 s, until it answers;
 *  - a SIGTERM as updates arrive, with Telegram gone right after, ends every process of `npm start`
 *    (npm, sh, tsx, node) within 30 s;
 *  - votes are stored under a keyed hash of the user id that the public bot id does not give away.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BotApiStub } from './support/bot-api-stub.js';
import { launch, mark, nextReply, sleep, ROOT, TOKEN, TOKEN_SECRET, NO_DICT, type ReliableBot } from './support/reliability-bot.js';
import { EXIT_CONFLICT, EXIT_UNAUTHORIZED } from '../src/bot/telegram-errors.js';

function assertNoToken(text: string): void {
  assert.ok(!text.includes(TOKEN_SECRET), 'the log holds the token');
}

/** Waits for the process to end; fails after `ms`. */
async function exitWithin(bot: ReliableBot, ms: number): Promise<{ code: number | null; ms: number }> {
  const t0 = Date.now();
  const code = await Promise.race([bot.exited, sleep(ms).then(() => 'timeout' as const)]);
  assert.notEqual(code, 'timeout', `still running ${ms} ms later:\n${bot.logs().slice(-3000)}`);
  return { code: code as number | null, ms: Date.now() - t0 };
}

/** Ends the long poll in flight (it was accepted before the fault), so the next getUpdates meets the fault. */
function wakePoll(bot: ReliableBot): void {
  bot.stub.pushMessage({ text: 'hello', from: { id: 91_001, first_name: 'U' } });
}

/** The log lines about a refusal, and that nothing printed a stack trace. */
function assertOneLine(logs: string, pattern: RegExp): void {
  const lines = logs.split('\n').filter((l) => pattern.test(l));
  assert.equal(lines.length, 1, `one line matching ${pattern}, got:\n${logs.slice(-3000)}`);
  assert.doesNotMatch(logs, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  assert.doesNotMatch(logs, /GrammyError/, 'no raw grammY error');
}

test('401 from getUpdates (token revoked): exits within seconds with status 3 and one line, token unprinted', async (t) => {
  const bot = await launch({ env: { DICT_DIR: NO_DICT } });
  try {
    bot.stub.revokeToken();
    wakePoll(bot);
    const { code, ms } = await exitWithin(bot, 60_000);
    t.diagnostic(`exited ${code} after ${ms} ms`);
    assert.equal(code, EXIT_UNAUTHORIZED);
    assertOneLine(bot.logs(), /401 Unauthorized/);
    assert.match(bot.logs(), /Telegram refused the bot token \(401 Unauthorized on getUpdates\).*@BotFather/);
    assertNoToken(bot.logs());
  } finally { await bot.stop(); }
});

test('409 from getUpdates (another instance polling): exits with status 4 and says to stop the other one', async (t) => {
  const bot = await launch({ env: { DICT_DIR: NO_DICT } });
  try {
    bot.stub.otherInstancePolling();
    wakePoll(bot);
    const { code, ms } = await exitWithin(bot, 60_000);
    t.diagnostic(`exited ${code} after ${ms} ms`);
    assert.equal(code, EXIT_CONFLICT);
    assertOneLine(bot.logs(), /409 Conflict/);
    assert.match(bot.logs(), /another process is polling with this bot token/);
    assertNoToken(bot.logs());
    // A 409 must not confirm updates: they belong to the instance that is polling.
    const afterConflict = bot.stub.requests('getUpdates').filter((r) => r.status === 409).length;
    assert.equal(afterConflict, 1, 'no further getUpdates after the conflict');
  } finally { await bot.stop(); }
});

test('409 from getUpdates (a webhook is set): exits with status 4 and names the webhook', async () => {
  const bot = await launch({ env: { DICT_DIR: NO_DICT } });
  try {
    bot.stub.setWebhookFromElsewhere('https://example.org/hook');
    wakePoll(bot);
    const { code } = await exitWithin(bot, 60_000);
    assert.equal(code, EXIT_CONFLICT);
    assertOneLine(bot.logs(), /409 Conflict/);
    assert.match(bot.logs(), /a webhook is set for this bot/);
    assertNoToken(bot.logs());
  } finally { await bot.stop(); }
});

test('401 at start (getMe): the same line and status, no stack', async () => {
  const bot = await launch({ env: { DICT_DIR: NO_DICT }, waitReady: false });
  try {
    bot.stub.revokeToken();
    const { code } = await exitWithin(bot, 60_000);
    assert.equal(code, EXIT_UNAUTHORIZED);
    assertOneLine(bot.logs(), /401 Unauthorized/);
    assert.match(bot.logs(), /401 Unauthorized on getMe/);
    assertNoToken(bot.logs());
  } finally { await bot.stop(); }
});

/**
 * A TCP front for the stand-in: while `down`, every connection is cut at once (as a firewall reset
 * would); once up, connections are piped to the stand-in. `cut()` also ends the ones open, as when
 * Telegram's side goes away mid-request.
 */
class Switch {
  down = true;
  target?: URL;
  private readonly open = new Set<net.Socket>();
  private readonly server = net.createServer((socket) => {
    if (this.down || !this.target) { socket.destroy(); return; }
    const up = net.connect(Number(this.target.port), '127.0.0.1');
    this.open.add(socket); this.open.add(up);
    socket.pipe(up).pipe(socket);
    const close = () => { socket.destroy(); up.destroy(); this.open.delete(socket); this.open.delete(up); };
    socket.on('error', close); up.on('error', close); socket.on('close', close); up.on('close', close);
  });
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }
  cut(): void {
    this.down = true;
    for (const s of this.open) s.destroy();
  }
  async stop(): Promise<void> {
    this.cut();
    this.server.close();
  }
}

test('Telegram unreachable at start: a line at once and every 30 s (no token), then polling once it answers', async (t) => {
  const front = new Switch();
  let root = '';
  const bot = await launch({ env: { DICT_DIR: NO_DICT }, waitReady: false, apiRoot: async (stub) => { front.target = new URL(stub.apiRoot); root = await front.start(); return root; } });
  try {
    const host = new URL(root).host;
    const first = new RegExp(`cannot reach Telegram at ${host.replace(/\./g, '\\.')} \\(`);
    const deadline = Date.now() + 60_000;
    while (!first.test(bot.logs()) && Date.now() < deadline) await sleep(200);
    assert.match(bot.logs(), first);
    const t0 = Date.now();
    while (!/still cannot reach Telegram .* after \d+ s/.test(bot.logs()) && Date.now() - t0 < 45_000) await sleep(500);
    assert.match(bot.logs(), /still cannot reach Telegram at \S+ after (29|30|31|32) s \(.+\); retrying/);
    t.diagnostic(bot.logs().split('\n').filter((l) => /reach/.test(l)).join('\n'));
    assert.equal(bot.stub.requests('getMe').length, 0);
    front.down = false;
    await bot.stub.waitFor((r) => r.method === 'getUpdates', 45_000);
    assert.match(bot.logs(), /Telegram at \S+ reachable again after \d+ s/);
    assertNoToken(bot.logs());
  } finally { await bot.stop(); await front.stop(); }
});

test('Telegram gone for 25 s while polling: said so, and polling resumes within seconds of its return', async (t) => {
  const front = new Switch();
  const bot = await launch({ env: { DICT_DIR: NO_DICT }, apiRoot: async (stub) => { front.target = new URL(stub.apiRoot); front.down = false; return front.start(); } });
  try {
    front.cut();
    const cutAt = Date.now();
    await sleep(25_000);
    assert.match(bot.logs(), /cannot reach Telegram at \S+ \(ECONN\w+\); retrying/);
    const back = mark(bot.stub);
    front.down = false;
    const backAt = Date.now();
    await bot.stub.waitFor((r) => r.method === 'getUpdates' && back(r), 15_000);
    const resumedIn = Date.now() - backAt;
    t.diagnostic(`down ${backAt - cutAt} ms; polling resumed ${resumedIn} ms after Telegram came back`);
    // auto-retry alone would wait out its backoff (3, 6, 12, 24 s: next attempt 45 s after the cut).
    assert.ok(resumedIn < 8_000, `resumed after ${resumedIn} ms`);
    const since = mark(bot.stub);
    bot.stub.pushMessage({ text: 'Larijani Pakistan', from: { id: 96_001, first_name: 'U' } });
    await nextReply(bot.stub, 96_001, since, undefined, 30_000);
    assertNoToken(bot.logs());
  } finally { await bot.stop(); await front.stop(); }
});

// ---------------------------------------------------------------- a bounded stop of `npm start`

/** The pids of a process group (ps); empty when every process of it has ended. */
function groupMembers(pgid: number): number[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,pgid=,stat='], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => Number(f[1]) === pgid && !f[2]?.startsWith('Z')).map((f) => Number(f[0]));
}

test('SIGTERM to `npm start` as updates arrive, Telegram gone right after: every process ends within 30 s', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsbot-stop-'));
  await cp(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  await mkdir(path.join(dir, 'data'));
  const stub = new BotApiStub({ token: TOKEN });
  await stub.start();
  const front = new Switch();
  front.target = new URL(stub.apiRoot);
  front.down = false;
  const apiRoot = await front.start();
  let logs = '';
  // Its own process group, as a supervisor starts it; the signal goes to npm alone (as Docker or
  // `kill <pid>` sends it), so the test also checks that npm, sh and tsx pass it on.
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, npm_config_update_notifier: 'false',
      BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'embeddings'),
      DATA_DIR: path.join(dir, 'data'), MODELS_DIR: path.join(ROOT, 'test/fixtures/models'), EMBEDDING_MODEL: 'tiny-char-bert', DICT_DIR: NO_DICT,
    },
  });
  npm.stdout!.on('data', (d) => (logs += d));
  npm.stderr!.on('data', (d) => (logs += d));
  const pgid = npm.pid!;
  try {
    await stub.waitFor((r) => r.method === 'getUpdates', 90_000);
    const members = groupMembers(pgid);
    t.diagnostic(`processes of the bot: ${execFileSync('ps', ['-o', 'pid=,args=', '-g', String(pgid)], { encoding: 'utf8' }).trim()}`);
    assert.ok(members.length >= 2, `npm and node at least: ${members}`);
    // Answers are slow to go out, so some are in flight when the signal comes; then Telegram goes
    // away with them (auto-retry keeps retrying them), and with the offset confirmation.
    stub.delay('sendMessage', 5_000);
    const t0 = mark(stub);
    for (let i = 0; i < 10; i++) stub.pushMessage({ text: 'ماذا قال لاريجاني عن باكستان؟', from: { id: 93_000 + i, first_name: 'U' } });
    await stub.waitFor((r) => r.method === 'sendMessage' && t0(r), 30_000);
    process.kill(pgid, 'SIGTERM');
    await sleep(300);
    front.cut();
    const stopAt = Date.now();
    while (groupMembers(pgid).length > 0 && Date.now() - stopAt < 30_000) await sleep(250);
    const left = groupMembers(pgid);
    // The processes are gone, but their last lines may still be in the pipe: read it to the end.
    if (npm.stdout!.readableEnded === false) await Promise.race([new Promise((r) => npm.once('close', r)), sleep(3_000)]);
    t.diagnostic(`all ended after ${Date.now() - stopAt} ms; log tail:\n${logs.split('\n').slice(-6).join('\n')}`);
    assert.deepEqual(left, [], `processes still running 30 s after SIGTERM:\n${logs.slice(-2000)}`);
    assert.match(logs, /SIGTERM: finishing answers in flight/);
    assert.match(logs, /waiting up to 12 s for \d+ answer\(s\) in flight/);
    assert.match(logs, /answers still waiting on Telegram when the stop ran out of time .*; they are abandoned/, 'the answers were stuck, and the stop went on without them');
    assertNoToken(logs);
  } finally {
    if (groupMembers(pgid).length) process.kill(-pgid, 'SIGKILL');
    await front.stop();
    await stub.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- feedback under a keyed hash

test('a vote is stored under a keyed hash: the key file is 0600 and the bot id does not give the user away', async () => {
  const bot = await launch({ env: { DICT_DIR: NO_DICT, RESULTS_PER_PAGE: '1' } });
  try {
    const user = 94_321;
    const t0 = mark(bot.stub);
    bot.stub.pushMessage({ text: 'Larijani Pakistan', from: { id: user, first_name: 'U' } });
    const answer = await nextReply(bot.stub, user, t0, undefined, 30_000);
    const buttons = (answer.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data?: string }>> }).inline_keyboard.flat();
    const up = buttons.find((b) => b.text === '👍');
    assert.ok(up?.callback_data, 'a 👍 button');
    const messageId = (answer.response as { result: { message_id: number } }).result.message_id;
    bot.stub.pushCallbackQuery({ from: { id: user, first_name: 'U' }, message: messageId, data: up.callback_data });
    await bot.stub.waitFor((r) => r.method === 'answerCallbackQuery' && r.outcome === 'ok', 10_000);
    const keyFile = path.join(bot.dataDir, 'feedback.key');
    assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
    const key = Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'hex');
    const records = (await readFile(path.join(bot.dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { user: string; vote: string });
    assert.equal(records.length, 1);
    assert.equal(records[0]!.vote, 'up');
    const stored = records[0]!.user;
    assert.ok(!stored.includes(String(user)));
    assert.equal(stored, 'k1:' + createHmac('sha256', key).update(String(user)).digest('hex').slice(0, 32));
    // What anyone can compute from public facts (the bot id, the user id): none of it matches.
    const botId = TOKEN.split(':')[0]!;
    const guesses = [
      createHash('sha256').update(`${botId}:${user}`).digest('hex'),
      createHmac('sha256', botId).update(String(user)).digest('hex'),
      createHash('sha256').update(String(user)).digest('hex'),
    ];
    for (const g of guesses) assert.ok(!stored.includes(g.slice(0, 16)), 'hash computable from public data');
  } finally { await bot.stop(); }
});

// ---------------------------------------------------------------- webhook mode (what each replica runs)

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

test('webhook mode: updates posted with the secret are answered, others refused; SIGTERM stops it with status 0', async (t) => {
  const port = await freePort();
  const secret = 'replica_secret_1';
  const bot = await launch({ env: { DICT_DIR: NO_DICT, WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, WEBHOOK_SECRET: secret, PORT: String(port) }, waitReady: false });
  try {
    const set = await bot.stub.waitFor((r) => r.method === 'setWebhook' && r.outcome === 'ok', 90_000);
    assert.equal(set.params.secret_token, secret);
    await sleep(200);
    const update = (id: number, user: number) => JSON.stringify({ update_id: id, message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: user, type: 'private', first_name: 'U' }, from: { id: user, is_bot: false, first_name: 'U' }, text: 'ماذا قال لاريجاني عن باكستان؟' } });
    const post = (body: string, token?: string) => fetch(`http://127.0.0.1:${port}/telegram`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(token ? { 'x-telegram-bot-api-secret-token': token } : {}) } });
    const refused = await post(update(1, 95_001), 'wrong');
    assert.equal(refused.status, 401);
    const since = mark(bot.stub);
    const accepted = await post(update(2, 95_002), secret);
    assert.equal(accepted.status, 200);
    await nextReply(bot.stub, 95_002, since, undefined, 30_000);
    assert.equal(bot.stub.requests('sendMessage').filter((r) => r.params.chat_id === 95_001).length, 0, 'the forged update was not answered');
    const t0 = Date.now();
    bot.child.kill('SIGTERM');
    const { code } = await exitWithin(bot, 30_000);
    t.diagnostic(`webhook replica stopped in ${Date.now() - t0} ms with status ${code}`);
    assert.equal(code, 0);
    assertNoToken(bot.logs());
  } finally { await bot.stop(); }
});
