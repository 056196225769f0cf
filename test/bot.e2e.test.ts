/** The bot end to end: `src/main.ts` as a child process, Telegram replaced by the stand-in on 127.0.0.1. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBotProcess, TOKEN, type BotUnderTest } from './support/bot-process.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecordedRequest, TgMessage } from './support/bot-api-stub.js';
import { summarize, type FeedbackRecord } from '../src/feedback/store.js';

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

test('a greeting names the coverage\'s titles each bidi-isolated, so Arabic titles keep their order in an English line', async () => {
  const sent = await ask('Hello!', { id: 5003, language_code: 'en' });
  const text = String(sent.at(-1)!.params.text);
  const covers = /It covers, for example: (.*)$/m.exec(text);
  assert.ok(covers, `a line of titles in:\n${text}`);
  // LRM, then each title between FSI and PDI, separated by " · ".
  assert.match(covers[1]!, /^\u200E\u2068[^\u2068\u2069]+\u2069( · \u2068[^\u2068\u2069]+\u2069)+$/u, JSON.stringify(covers[1]));
});

test('an inline query the coverage cannot answer says why above the (empty) results, in the query\'s language', async () => {
  const inline = async (query: string) => {
    const id = bot.stub.pushInlineQuery({ from: { id: 5004, first_name: 'U', language_code: 'en' }, query }).inline_query!.id;
    const r = await bot.stub.waitFor((x) => x.method === 'answerInlineQuery' && x.params.inline_query_id === id && x.outcome === 'ok', 30_000);
    return r.params as { results: unknown[]; button?: { text: string; start_parameter: string } };
  };
  const en = await inline('What did Larijani say about Bitcoin?');
  assert.deepEqual(en.results, []);
  assert.equal(en.button?.text, 'The coverage never mentions Bitcoin.');
  assert.equal(en.button?.start_parameter, 'help');
  const ar = await inline('ما هي عاصمة فرنسا؟');
  assert.deepEqual(ar.results, []);
  assert.match(ar.button?.text ?? '', /^لا تذكر التغطية .*فرنسا.* إطلاقاً\.$/u);
  assert.ok(ar.button!.text.length <= 64);
  // Nothing to name (only markup): the button still says the coverage has nothing on it.
  const none = await inline('<b>'.repeat(85));
  assert.deepEqual(none.results, []);
  assert.equal(none.button?.text, 'The coverage has nothing on this.');
});

type Button = { text: string; callback_data: string };
const buttonsOf = (r: RecordedRequest | TgMessage) => {
  const markup = 'method' in r ? (r as RecordedRequest).params.reply_markup : (r as TgMessage).reply_markup;
  return ((markup ?? { inline_keyboard: [] }) as { inline_keyboard: Button[][] }).inline_keyboard.flat();
};
const messageIdOf = (r: RecordedRequest) => (r.response as { result: { message_id: number } }).result.message_id;

/** Presses a button and waits until the bot has answered the press (and done what it does). */
async function press(from: { id: number; language_code?: string }, messageId: number, data: string): Promise<void> {
  const update = bot.stub.pushCallbackQuery({ from: { first_name: 'U', ...from }, message: messageId, data });
  await bot.stub.waitFor((r) => r.method === 'answerCallbackQuery' && r.params.callback_query_id === update.callback_query!.id && r.outcome !== 'pending', 30_000);
  await new Promise((r) => setTimeout(r, 400));
}

test('an English question gets numbered sources with buttons; "more results" edits the message in place', async () => {
  const user = { id: 5002, language_code: 'ar' };
  const question = 'What did Larijani say about cooperation between Iran and Pakistan?';
  const sent = await ask(question, user);
  const text = sent.map((r) => String(r.params.text)).join('\n');
  assert.match(text, /paragraph \d+ of the article/);
  assert.match(text, /لاريجاني/);
  assert.match(text, /\u200E<b>1\.<\/b> \u2068<i>/, 'the first source is numbered');
  console.log('ENGLISH ANSWER:\n' + text);
  const buttons = buttonsOf(sent.at(-1)!);
  const more = buttons.find((b) => b.text === 'More results');
  assert.ok(more, `a "More results" button among ${buttons.map((b) => b.text)}`);
  assert.deepEqual(buttons.filter((b) => b.text.startsWith('Source ')).map((b) => b.text), ['Source 1', 'Source 2', 'Source 3', 'Source 4', 'Source 5']);
  assert.ok(buttons.some((b) => b.text === '👍'));
  const id = messageIdOf(sent.at(-1)!);
  const sendsBefore = bot.stub.requests('sendMessage').filter(isSend(user.id)).length;
  const messagesBefore = bot.stub.messagesIn(user.id).length;
  await press(user, id, more.callback_data);
  const edit = await bot.stub.waitFor((r) => r.method === 'editMessageText' && r.params.message_id === id && r.outcome === 'ok', 30_000);
  const page = bot.stub.messagesIn(user.id).find((m) => m.message_id === id)!;
  assert.match(page.text!, /Results 6–/);
  assert.ok(page.text!.startsWith(`🔎 ${question}`), 'the page repeats its question');
  assert.match(page.text!, /\u200E6\. /, 'numbering continues');
  assert.ok(buttonsOf(page).some((b) => b.text === '‹ Previous results'));
  // Pressing the same (now stale) button again shows the same page: nothing new is sent.
  await press(user, id, more.callback_data);
  assert.equal(bot.stub.requests('sendMessage').filter(isSend(user.id)).length, sendsBefore, 'paging sent no new message');
  assert.equal(bot.stub.messagesIn(user.id).length, messagesBefore, 'the chat has no extra message');
  assert.equal(bot.stub.messagesIn(user.id).find((m) => m.message_id === id)!.text, page.text, 'still the same page');
  assert.ok(edit);
});

test('each result opens its own article at the cited paragraph, marked; the pager edits that message', async () => {
  const user = { id: 5010 };
  const sent = await ask('What did Larijani say about cooperation between Iran and Pakistan?', user);
  const answerText = String(sent[0]!.params.text);
  const id = messageIdOf(sent.at(-1)!);
  const sources = buttonsOf(sent.at(-1)!).filter((b) => b.text.startsWith('Source '));
  // The second result's citation: "2. <title> · … · paragraph n of the article".
  const cite = /\u200E<b>2\.<\/b> \u2068<i>([^<]+)<\/i>\u2069[^\n]*?paragraph (\d+) of the article/.exec(sent.map((r) => String(r.params.text)).join('\n'));
  assert.ok(cite, `second citation in ${answerText}`);
  const before = bot.stub.requests('sendMessage').length;
  await press(user, id, sources[1]!.callback_data);
  const opened = await bot.stub.waitFor((r) => isSend(user.id)(r) && bot.stub.requests('sendMessage').indexOf(r) >= before, 30_000);
  const articleText = String(opened.params.text);
  assert.ok(articleText.includes(cite[1]!), `the article of result 2 (${cite[1]}) opened:\n${articleText.slice(0, 200)}`);
  assert.match(articleText, new RegExp(`<b>◀ ${cite[2]}\\. `), 'the cited paragraph is marked');
  // A second press does not open a second copy.
  await press(user, id, sources[1]!.callback_data);
  assert.equal(bot.stub.requests('sendMessage').slice(before).filter(isSend(user.id)).length, 1);
  const next = buttonsOf(opened).find((b) => b.text === 'Next page ›');
  if (next) {
    const articleId = messageIdOf(opened);
    await press(user, articleId, next.callback_data);
    await bot.stub.waitFor((r) => r.method === 'editMessageText' && r.params.message_id === articleId && r.outcome === 'ok', 30_000);
    assert.equal(bot.stub.requests('sendMessage').slice(before).filter(isSend(user.id)).length, 1, 'the pager edited, sent nothing');
  }
});

test('a vote shows as chosen and counts once per user and answer; 👎 reasons are stored with it', async () => {
  const user = { id: 5011 };
  const sent = await ask('Larijani Pakistan strategic partnership', user);
  const id = messageIdOf(sent.at(-1)!);
  const up = buttonsOf(sent.at(-1)!).find((b) => b.text === '👍')!;
  const file = path.join(bot.dataDir, 'feedback.jsonl');
  const mine = async () => (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as FeedbackRecord).filter((r) => r.question.includes('strategic partnership'));
  await press(user, id, up.callback_data);
  await press(user, id, up.callback_data);
  assert.equal((await mine()).length, 1, 'pressed twice, stored once');
  const shown = bot.stub.messagesIn(user.id).find((m) => m.message_id === id)!;
  assert.ok(buttonsOf(shown).some((b) => b.text === '👍 ✓'), `chosen vote marked: ${buttonsOf(shown).map((b) => b.text)}`);
  const down = buttonsOf(shown).find((b) => b.text === '👎')!;
  await press(user, id, down.callback_data);
  const withReasons = buttonsOf(bot.stub.messagesIn(user.id).find((m) => m.message_id === id)!);
  const wrong = withReasons.find((b) => b.text === 'Wrong paragraph');
  assert.ok(wrong && withReasons.some((b) => b.text === 'No answer') && withReasons.some((b) => b.text === 'Poor translation'), withReasons.map((b) => b.text).join());
  await press(user, id, wrong.callback_data);
  await press(user, id, wrong.callback_data);
  const records = await mine();
  assert.equal(records.length, 3, 'up, down, down with its reason; the repeat stored nothing');
  assert.equal(records.at(-1)!.reason, 'paragraph');
  const s = summarize(records);
  assert.deepEqual([s.total, s.up, s.down, s.reasons.paragraph], [1, 0, 1, 1], 'one user, one answer: one vote, the last');
  assert.ok(buttonsOf(bot.stub.messagesIn(user.id).find((m) => m.message_id === id)!).some((b) => b.text === 'Wrong paragraph ✓'));
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
