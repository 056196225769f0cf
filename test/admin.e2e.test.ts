/** Admins change the coverage from Telegram; strangers cannot; a failed re-index changes nothing. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { startBotProcess, ADMIN_ID, type BotUnderTest } from './support/bot-process.js';
import type { RecordedRequest } from './support/bot-api-stub.js';
import { mark, type Since } from './support/reliability-bot.js';

let bot: BotUnderTest;
before(async () => { bot = await startBotProcess(); });
after(async () => { await bot?.stop(); });

const ADMIN = { id: ADMIN_ID, first_name: 'Admin' };
const STRANGER = { id: 9009, first_name: 'Stranger' };
const USER = { id: 4242, first_name: 'User' };

/** The first message to chatId recorded after `since` was taken (arrival order, not clock time). */
async function nextSend(chatId: number, since: Since, match?: RegExp, timeout = 60_000): Promise<RecordedRequest> {
  return bot.stub.waitFor((r) => (r.method === 'sendMessage' || r.method === 'editMessageText') && r.params.chat_id === chatId && r.outcome === 'ok' && since(r) && (!match || match.test(String(r.params.text))), timeout);
}

async function ask(q: string): Promise<string> {
  const t = mark(bot.stub);
  bot.stub.pushMessage({ text: q, from: USER });
  return String((await nextSend(USER.id, t)).params.text);
}

const ARTICLE = `---
title: Saffron harvest in Khorasan
outlet: Test Wire
date: 2025-11-20
---
Farmers in Khorasan began the saffron harvest this week, picking the purple crocus flowers at dawn before the sun opens them.

Exporters expect the saffron crop to reach record volumes, with most of it shipped to Spain and the Gulf states.
`;

test('a stranger\'s /reindex and upload are refused and change nothing on disk', async () => {
  const before = (await readdir(bot.seeds)).sort();
  const idxBefore = (await readdir(path.join(bot.dir, 'embeddings'))).sort();
  let t = mark(bot.stub);
  bot.stub.pushMessage({ text: '/reindex', from: STRANGER });
  assert.match(String((await nextSend(STRANGER.id, t)).params.text), /admins only/);
  t = mark(bot.stub);
  bot.stub.pushDocument({ from: STRANGER, fileName: 'evil.txt', mimeType: 'text/plain', content: Buffer.from('Saffron is gone.\n\nNothing to see.') });
  assert.match(String((await nextSend(STRANGER.id, t)).params.text), /admins only/);
  assert.deepEqual((await readdir(bot.seeds)).sort(), before);
  assert.deepEqual((await readdir(path.join(bot.dir, 'embeddings'))).sort(), idxBefore);
  assert.ok(!bot.logs().includes('Saffron is gone'), 'the refused message contents are not logged');
});

test('an admin uploads an article, then an ordinary user\'s question finds it', async () => {
  assert.match(await ask('saffron harvest in Khorasan'), /nothing on this/);
  const t = mark(bot.stub);
  bot.stub.pushDocument({ from: ADMIN, fileName: '../../etc/saffron.txt', mimeType: 'text/plain', content: Buffer.from(ARTICLE) });
  const done = await nextSend(ADMIN.id, t, /Added/);
  assert.match(String(done.params.text), /2 paragraphs/);
  assert.match(String(done.params.text), /Saffron harvest in Khorasan/);
  assert.match(String(done.params.text), /Test Wire/);
  assert.match(String(done.params.text), /2025-11-20/);
  assert.ok((await readdir(bot.seeds)).includes('saffron.txt'), 'saved inside seeds/ under a sanitized name');
  const answer = await ask('When did the saffron harvest begin in Khorasan?');
  assert.match(answer, /saffron harvest/);
  assert.match(answer, /Test Wire/);
});

test('a binary or oversized document is refused with a reason and nothing is written', async () => {
  const before = (await readdir(bot.seeds)).sort();
  let t = mark(bot.stub);
  bot.stub.pushDocument({ from: ADMIN, fileName: 'blob.txt', mimeType: 'text/plain', content: Buffer.from([0, 1, 2, 0, 255, 0]) });
  assert.match(String((await nextSend(ADMIN.id, t)).params.text), /binary/);
  t = mark(bot.stub);
  bot.stub.pushDocument({ from: ADMIN, fileName: 'big.txt', mimeType: 'text/plain', content: Buffer.from('x'), fileSize: 5_000_000 });
  assert.match(String((await nextSend(ADMIN.id, t)).params.text), /too large/);
  t = mark(bot.stub);
  bot.stub.pushDocument({ from: ADMIN, fileName: 'photo.jpg', mimeType: 'image/jpeg', content: Buffer.from('abc') });
  assert.match(String((await nextSend(ADMIN.id, t)).params.text), /\.txt or \.md/);
  assert.deepEqual((await readdir(bot.seeds)).sort(), before);
});

test('a re-index that fails leaves answers unchanged and tells the admin why', async () => {
  const before = await ask('Larijani visit Moscow Putin');
  // The fault: the seeds folder disappears mid-operation.
  await rename(bot.seeds, bot.seeds + '.away');
  try {
    const t = mark(bot.stub);
    bot.stub.pushMessage({ text: '/reindex full', from: ADMIN });
    const failed = await nextSend(ADMIN.id, t, /failed/);
    assert.match(String(failed.params.text), /previous index is still answering/);
  } finally {
    await rename(bot.seeds + '.away', bot.seeds);
  }
  assert.equal(await ask('Larijani visit Moscow Putin'), before);
});

test('/stats and /sources answer admins; a second /reindex while one runs is refused; questions keep being answered', async () => {
  let t = mark(bot.stub);
  bot.stub.pushMessage({ text: '/stats', from: ADMIN });
  assert.match(String((await nextSend(ADMIN.id, t)).params.text), /paragraphs: \d+[\s\S]*model: tiny-char-bert/);
  t = mark(bot.stub);
  bot.stub.pushMessage({ text: '/sources', from: ADMIN });
  assert.match(String((await nextSend(ADMIN.id, t)).params.text), /saffron\.txt/);
  t = mark(bot.stub);
  bot.stub.pushMessage({ text: '/reindex full', from: ADMIN });
  bot.stub.pushMessage({ text: '/reindex', from: ADMIN });
  bot.stub.pushMessage({ text: 'Pezeshkian visit to Pakistan in August', from: USER });
  assert.match(String((await nextSend(ADMIN.id, t, /already running/)).params.text), /already running/);
  const done = await nextSend(ADMIN.id, t, /Re-index done/);
  assert.match(String(done.params.text), /embedded \d+, reused \d+, removed 0/);
  const userAnswer = await nextSend(USER.id, t);
  assert.match(String(userAnswer.params.text), /بزشكيان/);
});
