import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { Bot, GrammyError, HttpError, InlineKeyboard, InputFile } from 'grammy';
import {
  BotApiStub,
  DEFAULT_USER,
  detectEntities,
  parseHtml,
  type RecordedRequest,
  type TgMessage,
  type UploadedFile,
} from './support/bot-api-stub.js';

let stub: BotApiStub;
// Bots started in a test are stopped before the stub, or grammY would keep retrying.
let stopBots: Array<() => Promise<void>> = [];

beforeEach(async () => {
  stub = new BotApiStub();
  await stub.start();
});

afterEach(async () => {
  await Promise.all(stopBots.map((stop) => stop()));
  stopBots = [];
  await stub.stop();
});

function newBot(token = stub.token): Bot {
  return new Bot(token, { client: { apiRoot: stub.apiRoot } });
}

/** Starts long polling; returns a function that stops it and fails on handler errors. */
async function startPolling(bot: Bot): Promise<() => Promise<void>> {
  const errors: unknown[] = [];
  bot.catch((err) => void errors.push(err.error));
  const running = bot.start({ timeout: 10 }).catch((error: unknown) => void errors.push(error));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await bot.stop();
    await running;
    assert.deepEqual(errors, [], 'the bot raised errors');
  };
  stopBots.push(stop);
  await stub.waitFor((r) => r.method === 'getUpdates');
  return stop;
}

const isMethod = (method: string) => (r: RecordedRequest) => r.method === method;

function grammyError(code: number, description?: string | RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof GrammyError, `expected GrammyError, got ${String(error)}`);
    assert.equal(error.error_code, code);
    if (typeof description === 'string') assert.equal(error.description, description);
    if (description instanceof RegExp) assert.match(error.description, description);
    return true;
  };
}

async function download(filePath: string, token = stub.token): Promise<Response> {
  return fetch(`${stub.apiRoot}/file/bot${token}/${filePath}`);
}

describe('identity and auth', () => {
  test('getMe answers the configured bot info', async () => {
    const bot = newBot();
    await bot.init();
    assert.equal(bot.botInfo.id, 123456);
    assert.equal(bot.botInfo.username, 'news_test_bot');
    assert.equal(bot.botInfo.first_name, 'NewsBot');
    assert.equal(bot.botInfo.can_join_groups, true);
    assert.equal(bot.botInfo.can_read_all_group_messages, false);
    assert.equal(bot.botInfo.supports_inline_queries, true);
    assert.equal(stub.requests('getMe').length, 1);
  });

  test('a wrong token is refused with 401 Unauthorized', async () => {
    await assert.rejects(newBot('1:wrong').init(), grammyError(401, 'Unauthorized'));
    assert.equal(stub.requests('getMe')[0]?.status, 401);
  });
});

describe('long polling with a real grammY bot', () => {
  test('a pushed text message is echoed to its chat and then confirmed', async () => {
    const bot = newBot();
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const stop = await startPolling(bot);

    const update = stub.pushMessage({ text: 'hello' });
    const sent = await stub.waitFor(isMethod('sendMessage'));
    assert.equal(sent.params.chat_id, DEFAULT_USER.id);
    assert.equal(sent.params.text, 'echo: hello');
    await stub.waitForConfirmation(update);
    await stop();

    assert.ok(stub.confirmedOffset > update.update_id);
    assert.deepEqual(stub.pendingUpdates(), []);
    const reply = await stub.waitForResult('sendMessage');
    assert.equal(reply.from?.id, stub.botInfo.id);
    assert.equal(reply.chat.id, DEFAULT_USER.id);
    assert.equal(reply.text, 'echo: hello');
    assert.deepEqual(stub.sent().map((p) => p.text), ['echo: hello']);
  });

  test('commands and mentions carry entities that grammY recognises', async () => {
    const bot = newBot();
    bot.command('start', (ctx) => ctx.reply(`welcome ${ctx.match}`));
    bot.on('message::mention', (ctx) => ctx.reply('you rang'));
    await startPolling(bot);

    stub.pushMessage({ text: '/start@news_test_bot now' });
    stub.pushMessage({ text: 'hi @news_test_bot' });
    const sends = await stub.waitForCount('sendMessage', 2);
    assert.deepEqual(sends.map((r) => r.params.text), ['welcome now', 'you rang']);
    assert.deepEqual(detectEntities('/start@news_test_bot now'), [{ type: 'bot_command', offset: 0, length: 20 }]);
    assert.deepEqual(detectEntities('hi @news_test_bot'), [{ type: 'mention', offset: 3, length: 14 }]);
  });

  test('edits, inline queries and media reach the matching grammY filters', async () => {
    const bot = newBot();
    bot.on('edited_message:text', (ctx) => ctx.reply(`edited to ${ctx.editedMessage.text}`));
    bot.on('inline_query', (ctx) => ctx.answerInlineQuery([], { cache_time: 0 }));
    bot.on('message:sticker', (ctx) => ctx.reply(`sticker ${ctx.message.sticker.emoji}`));
    bot.on('message:photo', (ctx) => ctx.reply(`photo ${ctx.message.photo.at(-1)?.width}`));
    bot.on('message:voice', (ctx) => ctx.reply(`voice ${ctx.message.voice.duration}s`));
    await startPolling(bot);

    const original = stub.pushMessage({ text: 'first draft' }).message;
    assert.ok(original);
    stub.pushEditedMessage({ message_id: original.message_id, text: 'final' });
    stub.pushSticker({ emoji: '🔥' });
    stub.pushPhoto({ width: 1024, height: 768 });
    stub.pushVoice({ duration: 4 });
    stub.pushInlineQuery({ query: 'gaza' });

    const sends = await stub.waitForCount('sendMessage', 4);
    assert.deepEqual(sends.map((r) => r.params.text), ['edited to final', 'sticker 🔥', 'photo 1024', 'voice 4s']);
    const answer = await stub.waitFor((r) => r.method === 'answerInlineQuery' && r.outcome !== 'pending');
    assert.equal(answer.status, 200);
  });

  test('a button press is answered and the menu edited in place', async () => {
    const bot = newBot();
    bot.command('menu', (ctx) => ctx.reply('Pick one', { reply_markup: new InlineKeyboard().text('Sources', 'sources:42') }));
    bot.on('callback_query:data', async (ctx) => {
      await ctx.answerCallbackQuery('ok');
      await ctx.editMessageText(`picked ${ctx.callbackQuery.data}`);
    });
    await startPolling(bot);

    stub.pushMessage({ text: '/menu' });
    const menu = await stub.waitForResult('sendMessage');
    assert.deepEqual(menu.reply_markup, { inline_keyboard: [[{ text: 'Sources', callback_data: 'sources:42' }]] });

    stub.pushCallbackQuery({ message: menu.message_id, data: 'sources:42' });
    const edit = await stub.waitFor((r) => r.method === 'editMessageText' && r.outcome !== 'pending');
    assert.equal(edit.status, 200);
    assert.equal(stub.requests('answerCallbackQuery')[0]?.status, 200);
    const current = stub.lastBotMessage();
    assert.equal(current?.text, 'picked sources:42');
    assert.equal(current?.reply_markup, undefined, 'editMessageText without reply_markup drops the keyboard');
  });
});

describe('Telegram-like validation', () => {
  const chat = DEFAULT_USER.id;

  test('message length is counted in UTF-16 code units up to 4096', async () => {
    const bot = newBot();
    await bot.api.sendMessage(chat, 'x'.repeat(4096));
    await assert.rejects(bot.api.sendMessage(chat, 'x'.repeat(5000)), grammyError(400, 'Bad Request: message is too long'));
    await assert.rejects(bot.api.sendMessage(chat, '😀'.repeat(2049)), grammyError(400, 'Bad Request: message is too long'));
    await assert.rejects(bot.api.sendMessage(chat, ''), grammyError(400, 'Bad Request: message text is empty'));
    await assert.rejects(bot.api.sendMessage(chat, '  \n'), grammyError(400, 'Bad Request: message text is empty'));
  });

  test('HTML parse mode rejects what Telegram cannot parse', async () => {
    const bot = newBot();
    const html = (text: string) => bot.api.sendMessage(chat, text, { parse_mode: 'HTML' });
    const cannotParse = /^Bad Request: can't parse entities: /;
    await assert.rejects(html('<b>bold'), grammyError(400, `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`));
    await assert.rejects(html('<b><i>x</b></i>'), grammyError(400, /Unmatched end tag at byte offset 7, expected "<\/i>", found "<\/b>"/));
    await assert.rejects(html('line<br>break'), grammyError(400, /Unsupported start tag "br" at byte offset 4/));
    await assert.rejects(html('a </b>'), grammyError(400, /Unexpected end tag/));
    await assert.rejects(html('<span>hidden</span>'), grammyError(400, cannotParse));
    await assert.rejects(html('Tom & Jerry'), grammyError(400, cannotParse));
    await assert.rejects(html('5 < 6'), grammyError(400, cannotParse));

    const sent = await html('<b>غزة</b> &amp; <a href="https://e.x/?a=1&amp;b=2">link</a> <pre><code class="language-ts">x</code></pre> &#33;');
    assert.equal(sent.text, 'غزة & link x !');
    assert.deepEqual(sent.entities, [
      { type: 'bold', offset: 0, length: 3 },
      { type: 'text_link', offset: 6, length: 4, url: 'https://e.x/?a=1&b=2' },
      { type: 'pre', offset: 11, length: 1, language: 'ts' },
    ]);
    await html('<blockquote expandable>q</blockquote><tg-spoiler>s</tg-spoiler><span class="tg-spoiler">t</span>');
    assert.deepEqual(parseHtml('a & b', false), { text: 'a & b', entities: [] });
    // Without a parse mode, markup is just text.
    assert.equal((await bot.api.sendMessage(chat, '<b>Tom & Jerry')).text, '<b>Tom & Jerry');
  });

  test('callback_data over 64 bytes is BUTTON_DATA_INVALID', async () => {
    const bot = newBot();
    const keyboard = (data: string) => ({ reply_markup: new InlineKeyboard().text('go', data) });
    await bot.api.sendMessage(chat, 'ok', keyboard('é'.repeat(32)));
    await assert.rejects(bot.api.sendMessage(chat, 'too long', keyboard('é'.repeat(33))), grammyError(400, 'Bad Request: BUTTON_DATA_INVALID'));
  });

  test('edits follow Telegram rules: not found, not modified, not the bot’s', async () => {
    const bot = newBot();
    const mine = await bot.api.sendMessage(chat, 'v1');
    await assert.rejects(bot.api.editMessageText(chat, mine.message_id, 'v1'), grammyError(400, /^Bad Request: message is not modified/));
    const edited = (await bot.api.editMessageText(chat, mine.message_id, 'v2')) as unknown as TgMessage;
    assert.equal(edited.text, 'v2');
    assert.equal(typeof edited.edit_date, 'number');
    await assert.rejects(bot.api.editMessageText(chat, 99999, 'v3'), grammyError(400, 'Bad Request: message to edit not found'));
    const theirs = stub.pushMessage({ text: 'user text' }).message;
    assert.ok(theirs);
    await assert.rejects(bot.api.editMessageText(chat, theirs.message_id, 'hijack'), grammyError(400, "Bad Request: message can't be edited"));
    assert.equal(await bot.api.editMessageTextInline('inline-1', 'inline edit'), true);
    assert.equal(await bot.api.deleteMessage(chat, mine.message_id), true);
    await assert.rejects(bot.api.deleteMessage(chat, mine.message_id), grammyError(400, 'Bad Request: message to delete not found'));
    await assert.rejects(bot.api.answerCallbackQuery('nope'), grammyError(400, /query ID is invalid/));
  });
});

describe('files', () => {
  test('getFile and the download URL serve a pushed document byte for byte', async () => {
    const content = Buffer.from('تقرير الأخبار\nline two\n\u0000binary tail', 'utf8');
    const bot = newBot();
    let downloaded: Buffer | undefined;
    bot.on('message:document', async (ctx) => {
      const file = await ctx.getFile();
      const res = await download(file.file_path ?? '');
      downloaded = Buffer.from(await res.arrayBuffer());
      await ctx.reply(`got ${ctx.message.document.file_name}`);
    });
    await startPolling(bot);

    const update = stub.pushDocument({ fileName: 'report.txt', mimeType: 'text/plain', content, caption: 'please read /summary' });
    await stub.waitFor(isMethod('sendMessage'));
    assert.deepEqual(downloaded, content);

    const message = update.message;
    assert.ok(message);
    assert.equal(message.caption, 'please read /summary');
    assert.deepEqual(message.caption_entities, [{ type: 'bot_command', offset: 12, length: 8 }]);
    const document = message.document as { file_id: string; file_unique_id: string; file_size: number; file_name: string; mime_type: string };
    assert.equal(document.file_size, content.length);
    assert.equal(document.mime_type, 'text/plain');
    const file = await bot.api.getFile(document.file_id);
    assert.deepEqual(Object.keys(file).sort(), ['file_id', 'file_path', 'file_size', 'file_unique_id']);
    assert.match(file.file_path ?? '', /^documents\/file_\d+\.txt$/);
    assert.equal((await download(file.file_path ?? '', '1:wrong')).status, 401);
    assert.equal((await download('documents/missing.txt')).status, 404);
  });

  test('getFile refuses files over 20 MB and unknown ids', async () => {
    const bot = newBot();
    const big = stub.pushDocument({ fileName: 'huge.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF'), fileSize: 25 * 1024 * 1024 });
    const fileId = (big.message?.document as { file_id: string }).file_id;
    await assert.rejects(bot.api.getFile(fileId), grammyError(400, 'Bad Request: file is too big'));
    await assert.rejects(bot.api.getFile('nope'), grammyError(400, 'Bad Request: invalid file_id'));
  });

  test('sendDocument uploads arrive as multipart and can be fetched back', async () => {
    const bot = newBot();
    const content = Buffer.from([0, 1, 2, 250, 251, 252, 13, 10, 45, 45]);
    const sent = await bot.api.sendDocument(DEFAULT_USER.id, new InputFile(content, 'answer.bin'), {
      caption: '<b>Sources</b> attached',
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text('More', 'more'),
    });
    assert.equal(sent.document?.file_name, 'answer.bin');
    assert.equal(sent.caption, 'Sources attached');
    assert.deepEqual(sent.caption_entities, [{ type: 'bold', offset: 0, length: 7 }]);

    const params = stub.requests('sendDocument')[0]?.params ?? {};
    assert.equal(params.chat_id, DEFAULT_USER.id);
    assert.deepEqual(params.reply_markup, { inline_keyboard: [[{ text: 'More', callback_data: 'more' }]] });
    assert.deepEqual((params.document as UploadedFile).content, content);

    const file = await bot.api.getFile(sent.document?.file_id ?? '');
    assert.deepEqual(Buffer.from(await (await download(file.file_path ?? '')).arrayBuffer()), content);
  });
});

describe('getUpdates', () => {
  test('offsets confirm updates and limit caps a batch', async () => {
    const api = newBot().api;
    const [first, second, third] = [stub.pushMessage({ text: 'a' }), stub.pushMessage({ text: 'b' }), stub.pushMessage({ text: 'c' })];
    assert.ok(first && second && third);

    assert.deepEqual((await api.getUpdates()).map((u) => u.update_id), [first.update_id, second.update_id, third.update_id]);
    assert.equal(stub.confirmedOffset, 0, 'reading without an offset confirms nothing');
    assert.deepEqual((await api.getUpdates({ offset: second.update_id, limit: 1 })).map((u) => u.update_id), [second.update_id]);
    assert.equal(stub.confirmedOffset, second.update_id);
    assert.deepEqual(stub.pendingUpdates().map((u) => u.update_id), [second.update_id, third.update_id]);
    assert.deepEqual(await api.getUpdates({ offset: third.update_id + 1 }), []);
    assert.deepEqual(stub.pendingUpdates(), []);
  });

  test('a long poll returns as soon as an update is pushed', async () => {
    const api = newBot().api;
    const started = Date.now();
    const poll = api.getUpdates({ timeout: 20 });
    await stub.waitFor(isMethod('getUpdates'));
    const pushed = stub.pushMessage({ text: 'news?' });
    assert.deepEqual((await poll).map((u) => u.update_id), [pushed.update_id]);
    assert.ok(Date.now() - started < 2000);
  });

  test('a long poll without updates waits for its timeout', async () => {
    const started = Date.now();
    assert.deepEqual(await newBot().api.getUpdates({ timeout: 1 }), []);
    assert.ok(Date.now() - started >= 990, `answered after ${Date.now() - started} ms`);
  });

  test('a newer getUpdates ends the older one with 409 Conflict', async () => {
    const api = newBot().api;
    const older = assert.rejects(api.getUpdates({ timeout: 20 }), grammyError(409, /terminated by other getUpdates request/));
    await stub.waitFor(isMethod('getUpdates'));
    await api.getUpdates();
    await older;
  });

  test('a webhook blocks polling until deleteWebhook, which may drop pending updates', async () => {
    const api = newBot().api;
    stub.pushMessage({ text: 'old' });
    await api.setWebhook('https://example.org/hook');
    assert.equal((await api.getWebhookInfo()).url, 'https://example.org/hook');
    await assert.rejects(api.getUpdates(), grammyError(409, /webhook is active/));
    await api.deleteWebhook({ drop_pending_updates: true });
    assert.deepEqual(await api.getUpdates(), []);
  });

  test('operator faults: a revoked token (401 on every call), another instance polling (409), a webhook set elsewhere (409)', async () => {
    const api = newBot().api;
    stub.otherInstancePolling();
    await assert.rejects(api.getUpdates(), grammyError(409, /terminated by other getUpdates request/));
    stub.otherInstancePolling(false);
    assert.deepEqual(await api.getUpdates(), []);
    stub.setWebhookFromElsewhere('https://example.org/other');
    await assert.rejects(api.getUpdates(), grammyError(409, /webhook is active/));
    stub.setWebhookFromElsewhere('');
    stub.revokeToken();
    await assert.rejects(api.getUpdates(), grammyError(401, 'Unauthorized'));
    await assert.rejects(api.getMe(), grammyError(401, 'Unauthorized'));
  });

  test('stop answers a pending long poll and closes the port', async () => {
    const own = new BotApiStub();
    await own.start();
    const api = new Bot(own.token, { client: { apiRoot: own.apiRoot } }).api;
    const poll = api.getUpdates({ timeout: 30 });
    await own.waitFor(isMethod('getUpdates'));
    const started = Date.now();
    await own.stop();
    assert.deepEqual(await poll, []);
    assert.ok(Date.now() - started < 1000);
    await assert.rejects(fetch(`${own.apiRoot}/bot${own.token}/getMe`));
  });
});

describe('fault injection and recording', () => {
  const chat = DEFAULT_USER.id;

  test('failNext 429 surfaces retry_after to the caller, once', async () => {
    const api = newBot().api;
    stub.failNext('sendMessage', { status: 429, retryAfter: 2 });
    await assert.rejects(api.sendMessage(chat, 'hi'), (error: unknown) => {
      grammyError(429, 'Too Many Requests: retry after 2')(error);
      assert.equal((error as GrammyError).parameters.retry_after, 2);
      return true;
    });
    await api.sendMessage(chat, 'hi again');
    const attempts = stub.requests('sendMessage');
    assert.deepEqual(attempts.map((r) => r.status), [429, 200]);
    assert.ok(attempts.every((r) => typeof r.at === 'number' && r.answeredAt !== undefined));
    assert.deepEqual(attempts[0]?.response, {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 2',
      parameters: { retry_after: 2 },
    });
  });

  test('recorded times show whether a retry honoured retry_after', async () => {
    const api = newBot().api;
    stub.failNext('sendMessage', { status: 429, retryAfter: 1 });
    // A hand-rolled retry standing in for the bot's own retry policy.
    await api.sendMessage(chat, 'x').catch(async (error: GrammyError) => {
      await new Promise((resolve) => setTimeout(resolve, (error.parameters.retry_after ?? 0) * 1000));
      return api.sendMessage(chat, 'x');
    });
    const [failed, retried] = stub.requests('sendMessage');
    assert.equal(failed?.status, 429);
    assert.equal(retried?.status, 200);
    assert.ok((retried?.at ?? 0) - (failed?.answeredAt ?? Infinity) >= 1000);
  });

  test('failNext 500 and dropNext make calls fail the way a network does', async () => {
    const api = newBot().api;
    stub.failNext('sendMessage', { status: 500 });
    await assert.rejects(api.sendMessage(chat, 'a'), grammyError(500, 'Internal Server Error'));

    stub.dropNext('sendMessage');
    await assert.rejects(api.sendMessage(chat, 'b'), HttpError);
    assert.equal(stub.messagesIn(chat).length, 0);

    stub.dropNext('sendMessage', { afterProcessing: true });
    await assert.rejects(api.sendMessage(chat, 'c'), HttpError);
    assert.deepEqual(stub.messagesIn(chat).map((m) => m.text), ['c'], 'the message went out although the answer was lost');
    assert.deepEqual(stub.requests('sendMessage').map((r) => r.outcome), ['error', 'dropped', 'dropped']);
    await api.sendMessage(chat, 'd');
  });

  test('delay keeps an answer in flight', async () => {
    const api = newBot().api;
    stub.delay('sendMessage', 300);
    const sending = api.sendMessage(chat, 'slow');
    const inFlight = await stub.waitFor(isMethod('sendMessage'));
    assert.equal(inFlight.outcome, 'pending');
    await sending;
    assert.equal(inFlight.outcome, 'ok');
    assert.ok((inFlight.answeredAt ?? 0) - inFlight.at >= 295);
  });

  test('waitFor times out listing the requests it saw', async () => {
    await newBot().api.getMe();
    await assert.rejects(stub.waitFor(isMethod('sendPhoto'), 50), (error: Error) => {
      assert.match(error.message, /timed out after 50 ms waiting for a request matching the predicate/);
      assert.match(error.message, /getMe \{\} → 200/);
      return true;
    });
  });

  test('commands, chats and unknown methods are answered and recorded', async () => {
    const api = newBot().api;
    await api.setMyCommands([{ command: 'ask', description: 'Ask about the news' }]);
    assert.deepEqual(await api.getMyCommands(), [{ command: 'ask', description: 'Ask about the news' }]);
    await assert.rejects(api.setMyCommands([{ command: 'Ask', description: 'x' }]), grammyError(400, 'Bad Request: BOT_COMMAND_INVALID'));
    await api.deleteMyCommands();
    assert.deepEqual(await api.getMyCommands(), []);

    stub.pushMessage({ text: 'hi', from: { id: 77, first_name: 'Omar', language_code: 'ar' } });
    assert.deepEqual(await api.getChat(77), { id: 77, type: 'private', first_name: 'Omar', accent_color_id: 0, max_reaction_count: 11 });
    assert.equal(await api.sendChatAction(77, 'typing'), true);
    assert.equal(await api.setChatMenuButton(), true);
    assert.deepEqual(stub.requests().map((r) => r.method), [
      'setMyCommands', 'getMyCommands', 'setMyCommands', 'deleteMyCommands', 'getMyCommands', 'getChat', 'sendChatAction', 'setChatMenuButton',
    ]);
  });
});
