/**
 * The bot token never leaks: not into the logs, not into any message the bot sends — including
 * errors whose text echoes a request URL (the Bot API URL and the file download URL both hold it).
 * One bot process; a loopback proxy in front of the stand-in breaks file downloads.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mark, nextReply, isOk, sleep, FaultProxy, ADMIN_ID, TOKEN, TOKEN_SECRET, type ReliableBot } from './support/reliability-bot.js';

let bot: ReliableBot;
let proxy: FaultProxy;

before(async () => {
  bot = await launch({
    apiRoot: async (stub) => {
      proxy = new FaultProxy(stub.apiRoot);
      return proxy.start();
    },
  });
});
after(async () => { await bot?.stop(); await proxy?.stop(); });

const ADMIN = { id: ADMIN_ID, first_name: 'Admin', language_code: 'en' };
const ARTICLE = Buffer.from('Quartz exports rose sharply this season according to the ministry.\n\nA second paragraph about quartz exports and their buyers.\n');

/** Everything the bot told anyone, as text. */
function everythingSent(): string {
  return bot.stub.requests().filter((r) => /^(sendMessage|editMessageText|answerCallbackQuery|answerInlineQuery)$/.test(r.method)).map((r) => JSON.stringify(r.params)).join('\n');
}

function assertNoToken(where: string, text: string): void {
  assert.ok(!text.includes(TOKEN_SECRET), `${where} contains the token's secret part:\n${text.slice(Math.max(0, text.indexOf(TOKEN_SECRET) - 300), text.indexOf(TOKEN_SECRET) + 100)}`);
  assert.ok(!text.includes(TOKEN), `${where} contains the token`);
}

async function uploadReply(): Promise<string> {
  const t = mark(bot.stub);
  bot.stub.pushDocument({ from: ADMIN, fileName: 'quartz.txt', mimeType: 'text/plain', content: ARTICLE });
  return String((await nextReply(bot.stub, ADMIN_ID, t, /download|Added|Not indexed/, 60_000)).params.text);
}

test('getFile failing with an error that echoes the request URL: the admin and the log see no token', async (t) => {
  bot.stub.failNext('getFile', { status: 400, description: `Bad Request: invalid file_id for ${bot.stub.apiRoot}/bot${TOKEN}/getFile` });
  const reply = await uploadReply();
  t.diagnostic(`admin was told: ${reply}`);
  assert.match(reply, /Could not download the file: .*400: Bad Request: invalid file_id/);
  assert.match(reply, /<redacted>/, 'the URL is kept, the token replaced');
  assertNoToken('the reply', reply);
  assertNoToken('the log', bot.logs());
});

for (const fault of ['drop', 'http500', 'garbage-redirect'] as const) {
  test(`the file download (its URL holds the token) failing by ${fault}: the admin is told, no token anywhere`, async (t) => {
    proxy.downloadFault = fault;
    const before = proxy.downloads;
    try {
      const reply = await uploadReply();
      t.diagnostic(`admin was told: ${reply}`);
      assert.match(reply, fault === 'http500' ? /Could not download the file: download failed with HTTP 500/ : /Could not download the file: fetch failed \(.+\)/);
      assert.ok(proxy.downloads > before, 'the download was attempted');
      assertNoToken('the reply', reply);
      assertNoToken('the log', bot.logs());
    } finally {
      proxy.downloadFault = 'none';
    }
  });
}

test('a refused sendMessage whose error text echoes the URL is logged without the token, and the user still gets a reply', async () => {
  bot.stub.failNext('sendMessage', { status: 400, description: `Bad Request: chat not found (POST ${bot.stub.apiRoot}/bot${TOKEN}/sendMessage)` });
  const t = mark(bot.stub);
  bot.stub.pushMessage({ text: 'ماذا قال لاريجاني عن باكستان؟', from: { id: 88_001, first_name: 'U' } });
  const r = await nextReply(bot.stub, 88_001, t);
  assert.ok(isOk(r));
  assert.match(bot.logs(), /Telegram refused sendMessage: Bad Request: chat not found \(POST http:\/\/127\.0\.0\.1:\d+\/bot<redacted>\/sendMessage\)/);
  assertNoToken('the log', bot.logs());
});

test('getUpdates failing with an error that echoes the URL (printed by the runner itself) leaves no token in the log', async () => {
  bot.stub.failNext('getUpdates', { status: 400, description: `Bad Request: bad offset for ${bot.stub.apiRoot}/bot${TOKEN}/getUpdates` });
  // The long poll in flight is answered by the next update; the poll after it meets the fault.
  bot.stub.pushMessage({ text: 'ping', from: { id: 88_002, first_name: 'U' } });
  await bot.stub.waitFor((r) => r.method === 'getUpdates' && r.status === 400, 20_000);
  const afterFault = mark(bot.stub);
  await bot.stub.waitFor((r) => r.method === 'getUpdates' && afterFault(r), 20_000);
  await sleep(200);
  assert.match(bot.logs(), /Error while fetching updates/, 'the runner reported the failure');
  assertNoToken('the log', bot.logs());
  // And polling goes on.
  const t = mark(bot.stub);
  bot.stub.pushMessage({ text: 'ماذا قال لاريجاني عن باكستان؟', from: { id: 88_003, first_name: 'U' } });
  await nextReply(bot.stub, 88_003, t);
});

test('after all of it: nothing the bot sent and nothing it logged holds the token', async () => {
  assert.ok(bot.stub.requests().length > 20);
  assertNoToken('the messages sent', everythingSent());
  assertNoToken('the log', bot.logs());
});
