/**
 * The bot's English replies carry the Arabic quote and its English rendering: the gloss at once,
 * a model's translation edited in after (here the tiny-marian fixture), whole paragraphs on request.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBotProcess, type BotUnderTest } from './support/bot-process.js';
import type { RecordedRequest } from './support/bot-api-stub.js';

let bot: BotUnderTest;
before(async () => {
  bot = await startBotProcess({ env: { TRANSLATION_MODEL_AR_EN: 'tiny-marian', TRANSLATION_MODEL_EN_AR: 'tiny-marian' } });
});
after(async () => { await bot?.stop(); });

const sentTo = (chatId: number, from: number) => (r: RecordedRequest) =>
  r.method === 'sendMessage' && r.params.chat_id === chatId && r.outcome === 'ok' && bot.stub.requests().indexOf(r) >= from;

test('an English question: Arabic quote + English gloss at once, the model translation edited in, full paragraphs on request', async () => {
  const from = bot.stub.requests().length;
  const update = bot.stub.pushMessage({ text: 'Which airport did Larijani land at in Pakistan?', from: { id: 6001, first_name: 'U', language_code: 'en' } });
  await bot.stub.waitForConfirmation(update, 30_000).catch(() => {});
  const first = await bot.stub.waitFor(sentTo(6001, from), 30_000);
  const text = String(first.params.text);
  assert.match(text, /<blockquote>[^]*[\u0600-\u06FF]{3}[^]*<\/blockquote>/, 'the Arabic quote');
  assert.match(text, /🌐 <i>word-by-word gloss · answering sentence · [^<]+<\/i>\n[^<]*\bLarijani\b[^<]*airport/i, `the English gloss of the answering sentence, labelled:\n${text}`);
  assert.ok(text.indexOf('🌐') > text.indexOf('</blockquote>'), 'the rendering comes under the quote');

  // The model's translation replaces the gloss in the same message, labelled as such, buttons kept.
  const edit = await bot.stub.waitFor((r) => r.method === 'editMessageText' && r.outcome === 'ok' && bot.stub.requests().indexOf(r) >= from, 30_000);
  assert.match(String(edit.params.text), /🌐 <i>machine translation · answering sentence/);
  assert.match(String(edit.params.text), /[\u0600-\u06FF]{3}/, 'the Arabic quote is still there');
  const sends = bot.stub.requests().slice(from).filter(sentTo(6001, from));
  const last = sends.at(-1)!;
  const buttons = (last.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
  const full = buttons.find((b) => /Whole paragraphs translated/.test(b.text));
  assert.ok(full, `a full-translation button among ${buttons.map((b) => b.text)}`);

  const before = bot.stub.requests().length;
  const message = last.response as { result: { message_id: number } };
  bot.stub.pushCallbackQuery({ from: { id: 6001, first_name: 'U', language_code: 'en' }, message: message.result.message_id, data: full.callback_data });
  const reply = await bot.stub.waitFor(sentTo(6001, before), 30_000);
  assert.match(String(reply.params.text), /🌐 <i>machine translation · paragraph · /);
});

test('an Arabic question on an English paragraph reads Arabic under it', async () => {
  const from = bot.stub.requests().length;
  const update = bot.stub.pushMessage({ text: 'ماذا قال إسحاق دار عن زيارة لاريجاني الرسمية؟', from: { id: 6002, first_name: 'U', language_code: 'ar' } });
  await bot.stub.waitForConfirmation(update, 30_000).catch(() => {});
  await bot.stub.waitFor(sentTo(6002, from), 30_000);
  await new Promise((r) => setTimeout(r, 500));
  const texts = bot.stub.requests().slice(from).filter(sentTo(6002, from)).map((r) => String(r.params.text)).join('\n');
  // Whether an English paragraph is among the results depends on ranking; when it is, it has an Arabic rendering.
  if (/Deputy Prime Minister/.test(texts)) assert.match(texts, /🌐 <i>ترجمة حرفية كلمة بكلمة/);
  else assert.doesNotMatch(texts, /🌐/, 'Arabic paragraphs for an Arabic question need no rendering');
});

test('inline mode: an English query\'s Arabic results carry the English gloss in the message and the description', async () => {
  const u = bot.stub.pushInlineQuery({ from: { id: 6003, first_name: 'U', language_code: 'en' }, query: 'Which airport did Larijani land at in Pakistan?' });
  const id = u.inline_query!.id;
  const r = await bot.stub.waitFor((x) => x.method === 'answerInlineQuery' && x.params.inline_query_id === id && x.outcome === 'ok', 30_000);
  const results = r.params.results as Array<{ description: string; input_message_content: { message_text: string } }>;
  const arabic = results.filter((x) => /[\u0600-\u06FF]{3}/.test(x.input_message_content.message_text.split('🌐')[0]!) && !/Deputy Prime Minister/.test(x.input_message_content.message_text));
  assert.ok(arabic.length > 0);
  for (const x of arabic) {
    assert.match(x.input_message_content.message_text, /🌐 <i>word-by-word gloss · answering sentence/);
    assert.doesNotMatch(x.description, /[\u0600-\u06FF]/, 'the description is the English rendering');
  }
});
