/** The bot end to end: `src/main.ts` as a child process, Telegram replaced by the stand-in on 127.0.0.1. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBotProcess, TOKEN, type BotUnderTest } from './support/bot-process.js';
import type { RecordedRequest } from './support/bot-api-stub.js';

// Five long paragraphs on one topic: a page of five results cannot fit one 4096-character message.
const PLACES = ['Mara river', 'Grumeti river', 'Seronera valley', 'Ndutu plains', 'Lobo hills'];
const LONG = PLACES.map((place, i) =>
  Array.from({ length: 9 }, (_, j) => `Observation ${i * 10 + j}: zebra herds of the migration gathered near the ${place} on day ${j + 3 * i}, and ${['rangers', 'scientists', 'guides', 'pilots', 'students'][(i + j) % 5]} counted ${100 + 37 * j + 11 * i} animals crossing.`).join(' '),
).join('\n\n');

let bot: BotUnderTest;
before(async () => {
  bot = await startBotProcess({ env: { RESULTS_PER_PAGE: '5' }, extraSeeds: { 'zz_zebra.txt': `Zebra migration notes\n\n${LONG}\n` } });
});
after(async () => { await bot?.stop(); });

const isSend = (chatId: number) => (r: RecordedRequest) => r.method === 'sendMessage' && r.params.chat_id === chatId && r.outcome === 'ok';

async function ask(text: string, from: { id: number; language_code?: string }): Promise<RecordedRequest[]> {
  const before = bot.stub.requests('sendMessage').length;
  const update = bot.stub.pushMessage({ text, from: { first_name: 'U', ...from } });
  await bot.stub.waitForConfirmation(update, 30_000).catch(() => {});
  await bot.stub.waitFor((r) => isSend(from.id)(r) && bot.stub.requests('sendMessage').indexOf(r) >= before, 30_000);
  // Give a split answer time to send its later parts.
  await new Promise((r) => setTimeout(r, 300));
  return bot.stub.requests('sendMessage').slice(before).filter(isSend(from.id));
}

test('an Arabic question gets an Arabic answer citing the right article', async () => {
  const sent = await ask('ما هي الوكالة التي نقلت تصريح الجنرال باقري؟', { id: 5001, language_code: 'en' });
  const text = sent.map((r) => String(r.params.text)).join('\n');
  assert.match(text, /وكالة أنباء تسنيم/);
  assert.match(text, /الفقرة \d+ من المقال/, 'citation in Arabic');
  assert.match(text, /<blockquote>[\s\S]*<b>[\s\S]*<\/b>[\s\S]*<\/blockquote>/, 'highlighted sentence in bold inside a quote');
  assert.equal(sent.at(-1)!.params.parse_mode, 'HTML');
  console.log('ARABIC ANSWER:\n' + text);
});

test('an English question gets an English answer with buttons, and "more results" pages', async () => {
  const sent = await ask('What did Larijani say about cooperation between Iran and Pakistan?', { id: 5002, language_code: 'ar' });
  const text = sent.map((r) => String(r.params.text)).join('\n');
  assert.match(text, /paragraph \d+ of the article/);
  assert.match(text, /لاريجاني/);
  console.log('ENGLISH ANSWER:\n' + text);
  const markup = sent.at(-1)!.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
  const buttons = markup.inline_keyboard.flat();
  const more = buttons.find((b) => b.text === 'More results');
  assert.ok(more, `a "More results" button among ${buttons.map((b) => b.text)}`);
  assert.ok(buttons.some((b) => b.text === 'Full article'));
  assert.ok(buttons.some((b) => b.text === '👍'));
  const message = sent.at(-1)!.response as { result: { message_id: number } };
  const before = bot.stub.requests('sendMessage').length;
  bot.stub.pushCallbackQuery({ from: { id: 5002, first_name: 'U', language_code: 'ar' }, message: message.result.message_id, data: more.callback_data });
  const next = await bot.stub.waitFor((r) => isSend(5002)(r) && bot.stub.requests('sendMessage').indexOf(r) >= before, 30_000);
  assert.match(String(next.params.text), /Results 6–/);
  await bot.stub.waitFor((r) => r.method === 'answerCallbackQuery' && r.outcome === 'ok');
});

test('a 5000-character answer is split into messages under 4096 characters', async () => {
  const sent = await ask('zebra migration herds', { id: 5003 });
  const texts = sent.map((r) => String(r.params.text));
  assert.ok(texts.length >= 2, `split into ${texts.length} messages`);
  assert.ok(texts.every((t) => t.length <= 4096));
  assert.ok(texts.join('').length > 5000);
  // Each part is valid HTML on its own (the stand-in rejects unbalanced tags with 400).
  assert.ok(sent.every((r) => r.outcome === 'ok'));
});

test('<b> and & in a question come back escaped', async () => {
  const sent = await ask('Larijani <b>Pakistan</b> & Iran?', { id: 5004 });
  const text = String(sent[0]!.params.text);
  assert.match(text, /&lt;b&gt;Pakistan&lt;\/b&gt; &amp; Iran/);
  assert.doesNotMatch(text, /<b>Pakistan<\/b>/);
});

test('a question the coverage cannot answer says so, in the user\'s language', async () => {
  const sent = await ask('What is the boiling point of water at sea level?', { id: 5005 });
  assert.match(String(sent[0]!.params.text), /The coverage has nothing on this/);
  const ar = await ask('ما هو أفضل هاتف ذكي في عام 2025؟', { id: 5006 });
  assert.match(String(ar[0]!.params.text), /لا تتضمن التغطية شيئاً عن هذا/);
});

test('a 429 with retry_after is obeyed', async () => {
  bot.stub.failNext('sendMessage', { status: 429, retryAfter: 2 });
  await ask('Pezeshkian visit to Pakistan', { id: 5007 });
  const attempts = bot.stub.requests('sendMessage').filter((r) => r.params.chat_id === 5007);
  const refused = attempts.find((r) => r.status === 429)!;
  const retried = attempts.find((r) => r.outcome === 'ok' && r.at > refused.at)!;
  assert.ok(refused && retried, 'refused once, then sent');
  assert.ok(retried.at - refused.answeredAt! >= 1900, `waited ${retried.at - refused.answeredAt!} ms`);
});

test('stickers get a short explanation; the token never appears in the logs', async () => {
  const before = bot.stub.requests('sendMessage').length;
  bot.stub.pushSticker({ from: { id: 5008, first_name: 'U' } });
  const r = await bot.stub.waitFor((x) => isSend(5008)(x) && bot.stub.requests('sendMessage').indexOf(x) >= before, 10_000);
  assert.match(String(r.params.text), /only read text/);
  assert.ok(!bot.logs().includes(TOKEN.split(':')[1]!));
});

test('SIGTERM during an answer still delivers it and confirms the offset', async () => {
  bot.stub.delay('sendMessage', 1500);
  const update = bot.stub.pushMessage({ text: 'Kremlin Iran nuclear file', from: { id: 5009, first_name: 'U' } });
  await bot.stub.waitFor((r) => r.method === 'sendMessage' && r.params.chat_id === 5009, 30_000);
  bot.child.kill('SIGTERM');
  const code = await bot.exited;
  bot.stub.delay('sendMessage', 0);
  assert.equal(code, 0);
  const delivered = bot.stub.requests('sendMessage').filter((r) => r.params.chat_id === 5009 && r.outcome === 'ok');
  assert.ok(delivered.length >= 1, 'the answer in flight was delivered');
  assert.ok(bot.stub.confirmedOffset > update.update_id, `offset ${bot.stub.confirmedOffset} confirms update ${update.update_id}`);
});
