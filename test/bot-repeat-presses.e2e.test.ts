/** Buttons pressed twice do not repeat their work: the whole-paragraph translation and an admin's "Remove" confirmation. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { startBotProcess, ADMIN_ID, type BotUnderTest } from './support/bot-process.js';
import type { RecordedRequest } from './support/bot-api-stub.js';
import { mark } from './support/reliability-bot.js';

let bot: BotUnderTest;
before(async () => {
  bot = await startBotProcess({ extraSeeds: { 'zz_saffron.md': '---\ntitle: Saffron harvest in Khorasan\noutlet: Test Wire\ndate: 2025-11-20\n---\nFarmers in Khorasan began the saffron harvest this week, picking the purple crocus flowers at dawn before the sun opens them.\n' } });
});
after(async () => { await bot?.stop(); });

type Button = { text: string; callback_data: string };
const buttonsOf = (r: RecordedRequest) => ((r.params.reply_markup ?? { inline_keyboard: [] }) as { inline_keyboard: Button[][] }).inline_keyboard.flat();
const messageIdOf = (r: RecordedRequest) => (r.response as { result: { message_id: number } }).result.message_id;
const sendsTo = (chatId: number, since: (r: RecordedRequest) => boolean) => bot.stub.requests('sendMessage').filter((r) => r.params.chat_id === chatId && r.outcome === 'ok' && since(r));

async function press(from: { id: number }, messageId: number, data: string): Promise<void> {
  const update = bot.stub.pushCallbackQuery({ from: { first_name: 'U', ...from }, message: messageId, data });
  await bot.stub.waitFor((r) => r.method === 'answerCallbackQuery' && r.params.callback_query_id === update.callback_query!.id && r.outcome !== 'pending', 30_000);
  await new Promise((r) => setTimeout(r, 800));
}

test('"Whole paragraphs translated" pressed twice sends the translation once; the second press updates that message', async () => {
  const user = { id: 6101, language_code: 'en' };
  let t = mark(bot.stub);
  bot.stub.pushMessage({ text: 'What did Larijani say about trade with Pakistan?', from: { first_name: 'U', ...user } });
  const answer = await bot.stub.waitFor((r) => t(r) && r.method === 'sendMessage' && r.params.chat_id === user.id && r.outcome === 'ok', 30_000);
  await new Promise((r) => setTimeout(r, 500));
  const last = sendsTo(user.id, t).at(-1)!;
  const full = buttonsOf(last).find((b) => b.text.startsWith('🌐'));
  assert.ok(full, `a translation button among ${buttonsOf(last).map((b) => b.text)}`);
  assert.ok(answer);
  t = mark(bot.stub);
  await press(user, messageIdOf(last), full.callback_data);
  const first = sendsTo(user.id, t);
  assert.ok(first.length >= 1, 'the translation was sent');
  assert.match(String(first[0]!.params.text), /word-by-word gloss · paragraph/);
  t = mark(bot.stub);
  await press(user, messageIdOf(last), full.callback_data);
  assert.equal(sendsTo(user.id, t).length, 0, 'the second press sent no copy');
  const edits = bot.stub.requests('editMessageText').filter((r) => t(r) && r.params.chat_id === user.id);
  assert.deepEqual(edits.map((r) => r.params.message_id), first.map(messageIdOf), 'it refreshed the messages the first press sent');
});

test('an admin\'s "Remove" confirmation loses its buttons once pressed; a second press starts nothing', async () => {
  const admin = { id: ADMIN_ID };
  let t = mark(bot.stub);
  bot.stub.pushMessage({ text: '/remove zz_saffron.md', from: { first_name: 'A', ...admin } });
  const ask = await bot.stub.waitFor((r) => t(r) && r.method === 'sendMessage' && r.params.chat_id === admin.id && r.outcome === 'ok', 30_000);
  const remove = buttonsOf(ask).find((b) => b.text === 'Remove')!;
  const id = messageIdOf(ask);
  t = mark(bot.stub);
  await press(admin, id, remove.callback_data);
  await bot.stub.waitFor((r) => t(r) && r.method === 'editMessageText' && /Re-index done/.test(String(r.params.text)), 60_000);
  const confirmed = bot.stub.messagesIn(admin.id).find((m) => m.message_id === id)!;
  assert.match(confirmed.text!, /confirmed/);
  assert.equal((confirmed.reply_markup as { inline_keyboard?: unknown[] } | undefined)?.inline_keyboard?.length ?? 0, 0, 'no buttons left');
  assert.ok(!(await readdir(bot.seeds)).includes('zz_saffron.md'));
  t = mark(bot.stub);
  await press(admin, id, remove.callback_data);
  assert.equal(sendsTo(admin.id, t).length, 0, 'nothing started');
});
