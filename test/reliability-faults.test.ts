/**
 * Faults, end to end (src/main.ts as a child process against the Bot API stand-in):
 *  - the Bot API answering 429 / 5xx and dropping connections: every question answered, none lost;
 *  - the index folder unwritable (a file where a folder should be; a full or read-only tmpfs when this
 *    machine lets us mount one): the re-index fails, the admin is told why, the old index serves;
 *  - the bot SIGKILLed in the middle of a re-index, then restarted on the same folders;
 *  - a truncated or corrupted index at start: rebuilt from the seeds, then answering.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, truncate, writeFile, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, mark, nextReply, nextSendOrEdit, repliesTo, visibleRepliesTo, messageIdOf, isOk, sleep, ADMIN_ID, TOKEN_SECRET, type ReliableBot } from './support/reliability-bot.js';
import type { TgUpdate } from './support/bot-api-stub.js';

const ADMIN = { id: ADMIN_ID, first_name: 'Admin', language_code: 'en' };
const QUESTION = 'ماذا قال لاريجاني عن التعاون مع باكستان؟';
const OTHER = 'ماذا قال بوتين في الكرملين عن إيران؟';

let nextUser = 72_000;

/** Asks and returns the text of the bot's first reply. */
async function ask(bot: ReliableBot, text = QUESTION): Promise<string> {
  const from = { id: ++nextUser, first_name: 'U' };
  const t = mark(bot.stub);
  bot.stub.pushMessage({ text, from });
  return String((await nextReply(bot.stub, from.id, t)).params.text);
}

/** Sends an admin command and waits for the admin's message matching `until` (a send or an edit). */
async function admin(bot: ReliableBot, text: string, until: RegExp, timeout = 60_000): Promise<string> {
  const t = mark(bot.stub);
  bot.stub.pushMessage({ text, from: ADMIN });
  return String((await nextSendOrEdit(bot.stub, ADMIN_ID, t, until, timeout)).params.text);
}

const DONE_OR_FAILED = /Re-index done|Re-index failed/;

/** Generations, locks and temporary entries in an index folder. */
async function indexEntries(indexDir: string): Promise<string[]> {
  return (await readdir(indexDir).catch(() => [] as string[])).sort();
}

// ---------------------------------------------------------------- the Bot API misbehaving

describe('the Bot API answering 429, 5xx and dropping connections', () => {
  let bot: ReliableBot;
  // One paragraph per answer: every answer is exactly one message, so messages can be counted per update.
  before(async () => { bot = await launch({ env: { RESULTS_PER_PAGE: '1' } }); });
  after(async () => { await bot?.stop(); });

  test('every question is answered once; a dropped connection is retried; only a send dropped after Telegram took it shows twice', async (t) => {
    const questions = [QUESTION, OTHER, 'ما هي الوكالة التي نقلت تصريح الجنرال باقري؟', 'What is the boiling point of water?'];
    const push = (n: number) => Array.from({ length: n }, (_, i) => bot.stub.pushMessage({ text: questions[i % questions.length]!, from: { id: ++nextUser, first_name: 'U' } }));
    // sendMessage: a flood limit, two server errors, a connection dropped before and one after Telegram processed the call.
    bot.stub.failNext('sendMessage', { status: 429, retryAfter: 1 });
    bot.stub.failNext('sendMessage', { status: 500 });
    bot.stub.failNext('sendMessage', { status: 502 });
    bot.stub.dropNext('sendMessage');
    bot.stub.dropNext('sendMessage', { afterProcessing: true });
    bot.stub.failNext('sendChatAction', { status: 500 });
    const first = push(6);
    // getUpdates: the poll after the first batch fails with 500, then 429, then its answer (holding the
    // second batch) is lost on the way back: those updates must be fetched again, not skipped.
    bot.stub.failNext('getUpdates', { status: 500 });
    bot.stub.failNext('getUpdates', { status: 429, retryAfter: 1 });
    bot.stub.dropNext('getUpdates', { afterProcessing: true });
    await bot.stub.waitFor((r) => r.method === 'getUpdates' && r.status === 500, 20_000);
    const second = push(4);
    const all: TgUpdate[] = [...first, ...second];

    const answered = (u: TgUpdate) => repliesTo(bot.stub, u.message!.chat.id, messageIdOf(u)).some(isOk);
    await bot.stub.waitFor(() => all.every(answered), 60_000).catch(() => undefined);
    await sleep(500); // a duplicate, if any, would arrive now
    const rows = all.map((u) => {
      const chat = u.message!.chat.id;
      const calls = repliesTo(bot.stub, chat, messageIdOf(u));
      return { update: u.update_id, ok: calls.filter(isOk).length, dropped: calls.filter((r) => r.outcome === 'dropped').length, failed: calls.filter((r) => r.outcome === 'error').length, visible: visibleRepliesTo(bot.stub, chat, messageIdOf(u)) };
    });
    t.diagnostic(`per update (ok sends / dropped / refused / messages the user sees): ${rows.map((r) => `${r.update}:${r.ok}/${r.dropped}/${r.failed}/${r.visible}`).join(' ')}`);
    for (const r of rows) {
      assert.equal(r.ok, 1, `update ${r.update}: exactly one successful answer`);
      assert.ok(r.visible >= 1, `update ${r.update}: the user sees the answer`);
    }
    // The faults really happened.
    assert.equal(rows.reduce((n, r) => n + r.dropped, 0), 2, 'two sends were dropped');
    assert.equal(rows.reduce((n, r) => n + r.failed, 0), 3, 'three sends were refused (429, 500, 502)');
    assert.ok(bot.stub.requests('getUpdates').some((r) => r.outcome === 'dropped'), 'a getUpdates answer was dropped');
    // At-least-once: a send whose connection dropped after Telegram took it cannot be told from one that
    // never arrived (the Bot API has no idempotency key), so it is retried — and shows twice. Only then.
    const twice = rows.filter((r) => r.visible > 1);
    assert.ok(twice.length <= 1, `at most the one update whose send was dropped after processing shows twice: ${JSON.stringify(twice)}`);
    for (const r of twice) assert.ok(r.dropped >= 1, `update ${r.update} shows twice only because a send was dropped`);
    // No update lost: all confirmed, none pending.
    assert.ok(bot.stub.confirmedOffset > all.at(-1)!.update_id, 'all updates confirmed');
    // The bot goes on.
    const t0 = Date.now();
    assert.match(await ask(bot), /لاريجاني/);
    assert.ok(Date.now() - t0 < 5000, 'answers promptly again');
    assert.ok(!bot.logs().includes(TOKEN_SECRET));
  });
});

// ---------------------------------------------------------------- the index folder unwritable

/** Mounts a small tmpfs when this machine allows it (root with CAP_SYS_ADMIN); otherwise undefined. */
function tryMountTmpfs(at: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the index folder unwritable during a re-index', () => {
  let bot: ReliableBot;
  let dir: string;
  let store: string;
  let tmpfs = false;
  let baseline: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsbot-rel-disk-'));
    store = path.join(dir, 'store');
    await mkdir(store);
    tmpfs = tryMountTmpfs(store, '2m');
    // <store>/idx/embeddings: idx can be replaced by a file even when store is a mount point.
    bot = await launch({ dir, indexDir: path.join(store, 'idx', 'embeddings') });
    baseline = await ask(bot);
  });
  after(async () => {
    await bot?.stop({ keep: true });
    if (tmpfs) execFileSync('umount', ['-l', store], { stdio: 'ignore' });
    await rm(dir, { recursive: true, force: true });
  });

  test('a file where the index folder\'s parent should be: the admin is told why, the old index serves', async (t) => {
    const idx = path.join(store, 'idx');
    await rename(idx, `${idx}.away`);
    await writeFile(idx, 'not a folder');
    let failed: string;
    try {
      failed = await admin(bot, '/reindex', DONE_OR_FAILED);
    } finally {
      await rm(idx, { force: true });
      await rename(`${idx}.away`, idx);
    }
    t.diagnostic(`admin was told: ${failed.replace(/\n/g, ' | ')}`);
    assert.match(failed, /Re-index failed; the previous index is still answering questions/);
    assert.match(failed, /Reason: a file stands where a folder of the index path should be \(ENOTDIR: not a directory/);
    assert.equal(await ask(bot), baseline);
    assert.match(await admin(bot, '/reindex', DONE_OR_FAILED), /Re-index done/, 'works again once the folder is back');
    assert.equal(await ask(bot), baseline);
  });

  test('a full disk (tmpfs): the admin is told, the old index serves, no partial generation is left', async (t) => {
    if (!tmpfs) { t.skip('mounting a tmpfs is not permitted on this machine'); return; }
    const indexDir = path.join(store, 'idx', 'embeddings');
    const before = await indexEntries(indexDir);
    const { bavail, bsize } = await statfs(store);
    const filler = path.join(store, 'filler');
    // Leave 8 KiB: less than one generation (~70 KB), more than nothing.
    await writeFile(filler, Buffer.alloc(Math.max(0, Number(bavail) * Number(bsize) - 8192)));
    let failed: string;
    try {
      failed = await admin(bot, '/reindex full', DONE_OR_FAILED);
    } finally {
      await rm(filler, { force: true });
    }
    t.diagnostic(`admin was told: ${failed.replace(/\n/g, ' | ')}`);
    assert.match(failed, /Re-index failed; the previous index is still answering questions/);
    assert.match(failed, /Reason: the disk holding the index is full \(ENOSPC: no space left on device/);
    assert.equal(await ask(bot), baseline);
    assert.deepEqual(await indexEntries(indexDir), before, 'no partial generation, lock or temporary file left');
    assert.match(await admin(bot, '/reindex full', DONE_OR_FAILED), /Re-index done/);
    assert.equal(await ask(bot), baseline);
  });

  test('a read-only index folder (tmpfs remounted read-only): the admin is told, the old index serves', async (t) => {
    if (!tmpfs) { t.skip('mounting a tmpfs is not permitted on this machine'); return; }
    execFileSync('mount', ['-o', 'remount,ro', store]);
    let failed: string;
    try {
      failed = await admin(bot, '/reindex full', DONE_OR_FAILED);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', store]);
    }
    t.diagnostic(`admin was told: ${failed.replace(/\n/g, ' | ')}`);
    assert.match(failed, /Re-index failed; the previous index is still answering questions/);
    assert.match(failed, /Reason: the index folder is on a read-only file system \(EROFS: read-only file system/);
    assert.equal(await ask(bot), baseline);
    assert.match(await admin(bot, '/reindex', DONE_OR_FAILED), /Re-index done/);
  });
});

// ---------------------------------------------------------------- killed mid-re-index; damaged index at start

/** An article long enough that embedding it takes several seconds with the test model. */
function bigArticle(paragraphs: number): string {
  const states = ['dry', 'damp', 'mixed', 'sealed'];
  const body = Array.from({ length: paragraphs }, (_, i) =>
    `Depot ${i} of the northern grain cooperative logged ${(i * 7919) % 99991} tonnes of barley, while inspectors from unit ${i % 113} found ${states[i % 4]} storage and asked for ventilation work at warehouse ${i * 3 + 1}.`);
  return `Grain depots register\n\n${body.join('\n\n')}\n`;
}

describe('killed during a re-index, and a damaged index at start', () => {
  let dir: string;
  let answer: string;
  let bot: ReliableBot | undefined;
  before(async () => { dir = await mkdtemp(path.join(tmpdir(), 'newsbot-rel-kill-')); });
  after(async () => {
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null) await bot.stop({ keep: true });
    await rm(dir, { recursive: true, force: true });
  });
  const indexDir = () => path.join(dir, 'embeddings');

  test('SIGKILL during /reindex full: after a restart the old index serves and the debris is gone', async (t) => {
    bot = await launch({ dir });
    answer = await ask(bot);
    const grain = path.join(bot.seeds, 'zz-grain.txt');
    await writeFile(grain, bigArticle(12_000));
    t.after(() => rm(grain, { force: true }));
    const t0 = mark(bot.stub);
    bot.stub.pushMessage({ text: '/reindex full', from: ADMIN });
    // The first progress edit comes after ~3 s of embedding: the new generation is half written.
    const progress = await nextSendOrEdit(bot.stub, ADMIN_ID, t0, /paragraphs embedded/, 60_000);
    bot.child.kill('SIGKILL');
    await bot.exited;
    await bot.stop({ keep: true });
    t.diagnostic(`killed at: ${String(progress.params.text)}`);
    const debris = await indexEntries(indexDir());
    t.diagnostic(`index folder after the kill: ${debris.join(', ')}`);
    assert.ok(debris.filter((n) => n.startsWith('gen-')).length >= 2 && debris.includes('build.lock'), `a half-built generation and a lock were left: ${debris}`);

    bot = await launch({ dir });
    const entries = await indexEntries(indexDir());
    assert.equal(entries.filter((n) => n.startsWith('gen-')).length, 1, `only the live generation remains: ${entries}`);
    assert.ok(!entries.includes('build.lock'), 'the dead build\'s lock is gone');
    assert.deepEqual(entries.filter((n) => n.includes('.tmp-')), []);
    assert.match(bot.logs(), /removed the leftovers of an interrupted index build/);
    assert.equal(await ask(bot), answer, 'the same answer as before the kill');
    await bot.stop({ keep: true });
  });

  const damage: Array<[string, (gen: string) => Promise<void>, RegExp]> = [
    ['a truncated manifest.json', async (gen) => { const f = path.join(gen, 'manifest.json'); await truncate(f, Math.floor((await stat(f)).size / 2)); }, /manifest\.json/],
    ['a corrupted paragraphs.jsonl (same size, bytes changed)', async (gen) => {
      const f = path.join(gen, 'paragraphs.jsonl');
      const b = await readFile(f);
      for (let i = 100; i < b.length; i += 997) b[i] = 0x41;
      await writeFile(f, b);
    }, /paragraphs\.jsonl/],
    ['a truncated paragraphs.jsonl', async (gen) => { const f = path.join(gen, 'paragraphs.jsonl'); await truncate(f, Math.floor((await stat(f)).size / 3)); }, /paragraphs\.jsonl/],
  ];
  for (const [what, breakIt, names] of damage) {
    test(`${what} at start: the bot says so, rebuilds from the seeds and answers`, async (t) => {
      assert.ok(answer, 'runs after the SIGKILL test');
      const live = path.join(indexDir(), (await readdir(indexDir())).find((n) => n.startsWith('gen-'))!);
      await breakIt(live);
      bot = await launch({ dir });
      const said = bot.logs().split('\n').find((l) => /cannot be used/.test(l)) ?? '';
      t.diagnostic(said.replace(dir, '<dir>'));
      assert.match(said, /the index cannot be used \(.+\); rebuilding it from /);
      assert.match(said, names, 'the log names the damaged file');
      assert.equal(await ask(bot), answer);
      const entries = await indexEntries(indexDir());
      assert.equal(entries.filter((n) => n.startsWith('gen-')).length, 1, `the damaged generation was replaced: ${entries}`);
      await bot.stop({ keep: true });
    });
  }
});
