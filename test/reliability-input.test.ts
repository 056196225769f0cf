/**
 * Bad input, end to end (src/main.ts against the Bot API stand-in, one bot process for the file):
 * every kind of malformed, hostile or unexpected update gets a clear answer and changes nothing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, snapshot, mark, nextReply, sentTo, repliesTo, messageIdOf, sleep, isOk, ADMIN_ID, TOKEN_SECRET, type ReliableBot } from './support/reliability-bot.js';
import { parseHtml, type RecordedRequest, type TgChat, type TgEntity } from './support/bot-api-stub.js';
import { articleKey } from '../src/bot/render.js';

const MAX_UPLOAD = 20_000;
let bot: BotLike;
type BotLike = ReliableBot;

before(async () => { bot = await launch({ env: { MAX_UPLOAD_BYTES: String(MAX_UPLOAD) } }); });
after(async () => { await bot?.stop(); });

// Every test speaks as its own user: the flood limit (8 messages / 10 s) is per user.
let nextUser = 61_000;
const newUser = (language_code = 'en') => ({ id: ++nextUser, first_name: 'Tester', language_code });
const ADMIN = { id: ADMIN_ID, first_name: 'Admin', language_code: 'en' };
const GROUP: TgChat = { id: -4001, type: 'group', title: 'Newsroom' };

// The reply's language follows the message's script (Arabic punctuation counts as Arabic).
const EMPTY = /^(Please type a question\.|يرجى كتابة سؤال\.)$/;
const NOT_VALID = 'This button is not valid.';
const EXPIRED = 'This button has expired. Please send your question again.';
const ADMIN_ONLY = "Sorry, this command is for the bot's admins only.";
const NON_TEXT = 'I can only read text. Please type your question.';

/** Sends a text and returns the bot's first reply to that chat. */
async function say(text: string, from = newUser(), chat?: TgChat): Promise<RecordedRequest> {
  const t = mark(bot.stub);
  bot.stub.pushMessage({ text, from, chat });
  return nextReply(bot.stub, chat?.id ?? from.id, t);
}

/** What Telegram displays for a sent message (the stand-in parsed its HTML like Telegram does). */
function shown(r: RecordedRequest): { text: string; entities: TgEntity[] } {
  const m = (r.response as { result: { text: string; entities?: TgEntity[] } }).result;
  return { text: m.text, entities: m.entities ?? [] };
}

const everything = () => snapshot(bot.dir);

test('empty, whitespace-only, invisible-only and emoji-only messages are asked to type a question', async () => {
  const before = await everything();
  for (const text of ['', ' ', '\n\t  \n', '\u00a0\u2003\u3000', '\u200b\u200d\ufeff', '😀🎉👍🏽', '?!…؟ — ...']) {
    const r = await say(text);
    assert.match(String(r.params.text), EMPTY, `reply to ${JSON.stringify(text)}`);
  }
  assert.deepEqual(await everything(), before);
});

test('a 4096-character message is refused with its length; a 1000-character one is answered', async () => {
  const long = 'ماذا قال لاريجاني عن باكستان '.repeat(200).slice(0, 4096);
  assert.equal(long.length, 4096);
  const r = await say(long);
  assert.match(String(r.params.text), /\b4,?096\b/);
  assert.match(String(r.params.text), /\b1,?000\b/);
  assert.ok(!String(r.params.text).includes('لاريجاني'), 'the refusal does not echo the text');
  // The longest question allowed is answered; its echo is shortened, the message stays under the limit.
  const limit = ('لاريجاني باكستان إيران ' .repeat(60)).slice(0, 1000);
  const a = await say(limit);
  assert.ok(isOk(a));
  assert.ok(String(a.params.text).length <= 4096);
  assert.match(shown(a).text, /^🔎 (لاريجاني باكستان إيران ){10}/, 'the question is echoed');
});

test('Cyrillic and Chinese questions get the plain "nothing on this" answer', async () => {
  for (const text of ['Что сказал Лариджани о Пакистане?', '拉里贾尼对巴基斯坦说了什么？', 'Ερώτηση για το Πακιστάν']) {
    const r = await say(text);
    assert.match(String(r.params.text), /The coverage has nothing on this/, text);
    assert.ok(isOk(r));
  }
});

test('control characters are dropped from the question and the answer is valid', async () => {
  const raw = '\u0000ماذا\u0007 قال\u001b[31m لاريجاني\u007f لدى وصوله\u0008 إلى مطار نور خان\u000b العسكري\u009b\u001f في روالبندي\u202e؟\u2066';
  const r = await say(raw);
  assert.ok(isOk(r), 'Telegram accepted the reply');
  const { text } = shown(r);
  assert.match(text, /^🔎 ماذا\s+قال\s+\[31m\s+لاريجاني\s+لدى وصوله\s+إلى مطار نور خان\s+العسكري\s+في روالبندي\s*؟\n/, 'answered, the question echoed without its control characters');
  assert.doesNotMatch(String(r.params.text), /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/, 'no C0/C1 control character is sent back');
  const sent = String(r.params.text);
  assert.doesNotMatch(sent.split('\n')[0]!, /[\u202A-\u202E\u2066-\u2069]/, 'the echoed question carries no bidi override or isolate');
  // The only bidi controls are the citations' own FSI…PDI pairs (see src/answer/bidi.ts), balanced on each line.
  assert.doesNotMatch(sent, /[\u202A-\u202E\u2066\u2067]/, 'no override, no LRI/RLI');
  for (const line of sent.split('\n')) assert.equal((line.match(/\u2068/g) ?? []).length, (line.match(/\u2069/g) ?? []).length, line);
});

test('HTML and Markdown in a question are shown literally, never interpreted', async () => {
  // A question that quotes the coverage closely, so it is answered (and echoed) whatever the markup around it.
  const ask = 'ماذا قال لاريجاني لدى وصوله إلى مطار نور خان العسكري في روالبندي عن التعاون بين إيران وباكستان';
  const injections = [
    `${ask} <b>باكستان</b>؟`,
    `${ask} <a href="http://evil.example/">باكستان</a>؟`,
    `${ask} *bold* _italic_ \`code\`؟`,
    `${ask} [x](http://evil.example)؟`,
    `${ask} </i></blockquote><script>x</script> &amp; &lt;؟`,
  ];
  for (const q of injections) {
    const r = await say(q);
    assert.ok(isOk(r), `Telegram accepted the reply to ${q}`);
    const { text, entities } = shown(r);
    assert.ok(text.includes(q), `the question is echoed exactly as typed:\n${q}\n${text.slice(0, 300)}`);
    assert.ok(!entities.some((e) => e.type === 'text_link' || e.url), 'no link entity');
    const first = text.indexOf(q);
    // Only the echo's own italic covers the question; no bold, code or link inside it.
    const inside = entities.filter((e) => e.offset < first + q.length && e.offset + e.length > first);
    assert.deepEqual(inside.map((e) => e.type), ['italic'], `entities over the echoed question: ${JSON.stringify(inside)}`);
  }
});

test('stickers, photos and voice get a short explanation in private; they are ignored in groups', async () => {
  const u = newUser();
  let t = mark(bot.stub);
  bot.stub.pushSticker({ from: u });
  assert.equal((await nextReply(bot.stub, u.id, t)).params.text, NON_TEXT);
  t = mark(bot.stub);
  bot.stub.pushPhoto({ from: u, caption: 'ماذا قال لاريجاني؟' });
  assert.equal((await nextReply(bot.stub, u.id, t)).params.text, NON_TEXT);
  t = mark(bot.stub);
  bot.stub.pushVoice({ from: u });
  assert.equal((await nextReply(bot.stub, u.id, t)).params.text, NON_TEXT);
  // In a group, media and chatter are ignored; a mention is answered.
  const g = newUser();
  t = mark(bot.stub);
  bot.stub.pushSticker({ from: g, chat: GROUP });
  bot.stub.pushPhoto({ from: g, chat: GROUP });
  bot.stub.pushVoice({ from: g, chat: GROUP });
  bot.stub.pushMessage({ from: g, chat: GROUP, text: 'anyone for lunch?' });
  await sleep(300);
  bot.stub.pushMessage({ from: g, chat: GROUP, text: '@news_test_bot ماذا قال لاريجاني عن باكستان؟' });
  await nextReply(bot.stub, GROUP.id, t);
  await sleep(500);
  const toGroup = sentTo(bot.stub, GROUP.id, t);
  assert.equal(toGroup.length, 1, `one reply in the group, to the mention: ${toGroup.map((r) => String(r.params.text).slice(0, 60))}`);
  assert.match(String(toGroup[0]!.params.text), /لاريجاني/);
});

test('an edited question is answered again, as a reply to the same message', async () => {
  const u = newUser();
  const first = bot.stub.pushMessage({ text: 'ماذا قال لاريجاني عن باكستان؟', from: u });
  const id = messageIdOf(first);
  await nextReply(bot.stub, u.id, () => true, /لاريجاني/);
  const t = mark(bot.stub);
  bot.stub.pushEditedMessage({ message_id: id, text: 'ماذا قال إسحاق دار عن لاريجاني؟', from: u });
  const again = await nextReply(bot.stub, u.id, t);
  assert.match(shown(again).text, /إسحاق دار عن لاريجاني/);
  assert.equal((again.params.reply_parameters as { message_id: number }).message_id, id);
  assert.equal(repliesTo(bot.stub, u.id, id).filter(isOk).length, 2, 'one answer per version of the question');
});

/** Pushes a callback query and returns the bot's answerCallbackQuery for it. */
async function click(data: string | undefined, from = newUser()): Promise<{ answer: RecordedRequest; from: { id: number } }> {
  const update = bot.stub.pushCallbackQuery({ from, data });
  const id = update.callback_query!.id;
  const answer = await bot.stub.waitFor((r) => r.method === 'answerCallbackQuery' && r.params.callback_query_id === id && r.outcome !== 'pending', 10_000);
  return { answer, from };
}

test('forged callback data is answered "not valid" and does nothing else', async () => {
  const before = await everything();
  const forged = ['m:zzzz:1', 'a:../../x:0', 'm:abcdef1234:1:2', 'v:abcdef1234:7', 'a:0123456789:-1', 'x'.repeat(65), 'm:' + 'a'.repeat(70) + ':1', '\u0000\uffff💥', 'DROP TABLE;', ':::', '', 'm:abcdef1234:99999'];
  const t = mark(bot.stub);
  for (const data of forged) {
    const { answer, from } = await click(data);
    assert.ok(isOk(answer), `answered ${JSON.stringify(data)}`);
    assert.equal(answer.params.text, NOT_VALID, `reply to ${JSON.stringify(data)}`);
    assert.equal(sentTo(bot.stub, from.id, t).length, 0);
  }
  assert.deepEqual(await everything(), before);
});

test('a callback without data (a game button) is still answered', async () => {
  const { answer } = await click(undefined);
  assert.ok(isOk(answer));
});

test('stale callbacks (ids the bot never issued) are answered "expired"; no vote is stored', async () => {
  const before = await everything();
  for (const data of ['m:abcdef1234:3', 'v:abcdef1234:1', 'v:zz99zz99:0', 'a:0123456789:0']) {
    const { answer } = await click(data);
    assert.ok(isOk(answer));
    assert.equal(answer.params.text, EXPIRED, data);
  }
  assert.deepEqual(await everything(), before, 'no feedback written, nothing changed');
});

test('inline queries of 0 and 256 characters are answered with valid results', async () => {
  for (const query of ['', '   ', 'ماذا قال لاريجاني عن باكستان '.repeat(10).slice(0, 256), 'x'.repeat(256), '<b>'.repeat(85)]) {
    const u = bot.stub.pushInlineQuery({ from: newUser(), query });
    const id = u.inline_query!.id;
    const r = await bot.stub.waitFor((x) => x.method === 'answerInlineQuery' && x.params.inline_query_id === id && x.outcome !== 'pending', 10_000);
    assert.ok(isOk(r), `answerInlineQuery for a ${query.length}-character query: ${JSON.stringify(r.response)}`);
    const results = (r.params.results ?? []) as Array<{ input_message_content: { message_text: string } }>;
    for (const res of results) {
      const text = res.input_message_content.message_text;
      const parsed = parseHtml(text);
      assert.ok(!('error' in parsed), `valid HTML: ${'error' in parsed ? parsed.error : ''}`);
      assert.ok(parsed.text.length <= 4096);
    }
    if (query.startsWith('ماذا')) assert.ok(results.length > 0, 'the 256-character question finds paragraphs');
  }
});

// ---------------------------------------------------------------- documents

async function upload(fileName: string, content: Buffer, opts: { caption?: string; fileSize?: number; mimeType?: string; from?: { id: number; first_name: string }; chat?: TgChat } = {}): Promise<string> {
  const from = opts.from ?? ADMIN;
  const t = mark(bot.stub);
  bot.stub.pushDocument({ from, chat: opts.chat, fileName, mimeType: opts.mimeType ?? 'text/plain', content, caption: opts.caption, fileSize: opts.fileSize });
  const r = await nextReply(bot.stub, opts.chat?.id ?? from.id, t, /Added|Not indexed|too large|\.txt or \.md|already|admins only|Could not|running/, 60_000);
  return String(r.params.text);
}

const article = (title: string, words: string) => Buffer.from(`---\ntitle: ${title}\noutlet: Test Wire\ndate: 2025-11-20\n---\n${words} were reported in the first paragraph of this test article.\n\nA second paragraph adds that ${words} continued through the week.\n`);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const exists = (p: string) => access(p).then(() => true, () => false);

test('documents that are binary, empty, too large, of the wrong type, badly named or not UTF-8 are refused; nothing is written', async () => {
  const before = await everything();
  const passwd = await readFile('/etc/passwd').then(sha, () => 'none');
  assert.match(await upload('blob.txt', Buffer.from([0, 1, 2, 0, 255, 0, 7, 8])), /Not indexed: binary file/);
  assert.match(await upload('empty.txt', Buffer.alloc(0)), /Not indexed: empty file/);
  assert.match(await upload('blank.md', Buffer.from('\n\n   \n\t\n')), /Not indexed: empty file/);
  const downloadsBefore = bot.stub.requests('downloadFile').length;
  assert.match(await upload('huge.txt', Buffer.from('x'), { fileSize: 5_000_000 }), /too large \(5000000 bytes; the limit is 20000\)/);
  assert.equal(bot.stub.requests('downloadFile').length, downloadsBefore, 'a file announced as too large is not downloaded');
  // A file whose announced size understates it is measured after the download.
  assert.match(await upload('liar.txt', Buffer.from('word '.repeat(10_000)), { fileSize: 100 }), /too large \(50000 bytes/);
  assert.match(await upload('report.pdf', Buffer.from('%PDF-1.4 binary'), { mimeType: 'application/pdf' }), /\.txt or \.md/);
  assert.match(await upload('../../etc/passwd', Buffer.from('root:x:0:0:root:/root:/bin/bash\n')), /\.txt or \.md/);
  assert.match(await upload('....txt', article('Dots', 'dotted names')), /\.txt or \.md/);
  assert.match(await upload('latin1.txt', Buffer.from('Caf\xe9 au lait \xe0 la cr\xe8me, \xe9t\xe9 1998.\n\nSecond paragraphe.', 'latin1')), /Not indexed: not valid UTF-8/);
  assert.deepEqual(await everything(), before, 'seeds/, the index and data/ are unchanged');
  assert.equal(await readFile('/etc/passwd').then(sha, () => 'none'), passwd);
});

test('path-like and very long file names are reduced to a plain name inside seeds/; nothing is written outside it; no overwrite without "replace"', async () => {
  const outside = `reliability-evil-${process.pid}-${Date.now()}`;
  const topBefore = (await readdir(bot.dir)).sort();
  assert.match(await upload(`../../../tmp/${outside}.txt`, article('Evil path', 'zircon shipments')), /Added/);
  assert.ok(await exists(path.join(bot.seeds, `${outside}.txt`)), 'saved inside seeds/ under its base name');
  assert.ok(!(await exists(path.join(tmpdir(), `${outside}.txt`))), 'nothing written at the path the name pointed to');
  assert.ok(!(await exists(path.join(bot.dir, `${outside}.txt`))));

  assert.match(await upload('seeds/x.txt', article('Seeds path', 'basalt quarries')), /Added <code>x\.txt<\/code>/);
  assert.ok(await exists(path.join(bot.seeds, 'x.txt')));
  assert.ok(!(await exists(path.join(bot.seeds, 'seeds'))), 'no sub-folder created');

  const long = 'L'.repeat(296) + '.txt';
  assert.match(await upload(long, article('Long name', 'granite exports')), /Added/);
  const names = await readdir(bot.seeds);
  const kept = names.find((n) => /^L+\.txt$/.test(n));
  assert.ok(kept && kept.length <= 120, `a name of at most 120 characters: ${kept?.length}`);

  // No silent overwrite; the same bytes again are recognised.
  const xBefore = await readFile(path.join(bot.seeds, 'x.txt'));
  assert.match(await upload('x.txt', article('Other text', 'slate roofs')), /already exists with different text/);
  assert.deepEqual(await readFile(path.join(bot.seeds, 'x.txt')), xBefore);
  assert.match(await upload('x.txt', xBefore), /already in the coverage, unchanged/);

  assert.deepEqual((await readdir(bot.dir)).sort(), topBefore, 'nothing new beside seeds/, the index and data/');
  assert.deepEqual((await readdir(bot.seeds)).filter((n) => /\.(upload|previous|removed)-/.test(n)), [], 'no temporary files left in seeds/');
  // The uploaded article is searchable.
  const u = newUser();
  const r = await say('zircon shipments', u);
  assert.match(String(r.params.text), /zircon shipments/);
});

test('two documents sent at once are both indexed, one after the other; seeds/ and the index agree', async () => {
  const t = mark(bot.stub);
  bot.stub.pushDocument({ from: ADMIN, fileName: 'twin-a.txt', mimeType: 'text/plain', content: article('Twin A', 'cobalt mines') });
  bot.stub.pushDocument({ from: ADMIN, fileName: 'twin-b.txt', mimeType: 'text/plain', content: article('Twin B', 'nickel smelters') });
  const added = (n: string) => (x: RecordedRequest) => isOk(x) && String(x.params.text).startsWith(`Added <code>${n}`);
  const log = () => sentTo(bot.stub, ADMIN_ID, t).map((x) => String(x.params.text).split('\n')[0]).join('\n');
  // Both end with "Added <name>" — or, before uploads were queued, one was refused as "already running".
  const done = (x: RecordedRequest) => t(x) && x.params.chat_id === ADMIN_ID && isOk(x) && (added('twin-a.txt')(x) || added('twin-b.txt')(x) || /already running/.test(String(x.params.text)));
  await bot.stub.waitFor(() => bot.stub.requests().filter(done).length >= 2, 60_000);
  for (const name of ['twin-a.txt', 'twin-b.txt']) assert.ok(bot.stub.requests().some((x) => t(x) && added(name)(x)), `${name} was not added; the admin saw:\n${log()}`);
  const seeds = await readdir(bot.seeds);
  const s = mark(bot.stub);
  bot.stub.pushMessage({ text: '/sources', from: ADMIN });
  const sources = String((await nextReply(bot.stub, ADMIN_ID, s, /<code>/)).params.text);
  for (const name of ['twin-a.txt', 'twin-b.txt']) {
    assert.ok(seeds.includes(name), `${name} in seeds/`);
    assert.ok(sources.includes(name), `${name} in the index`);
  }
  assert.ok(!/already running/.test(log()), `no upload was refused:\n${log()}`);
});

// ---------------------------------------------------------------- admin commands from strangers

const MARK = 'SECRET-MARK-7731';

async function strangerTries(from: { id: number; first_name: string }, chat?: TgChat): Promise<void> {
  const before = await everything();
  const logBefore = bot.logs().length;
  const suffix = chat ? '@news_test_bot' : '';
  const attempts = [`/reindex${suffix}`, `/reindex${suffix} full`, `/remove${suffix} ${MARK}.txt`, `/stats${suffix}`, `/sources${suffix} ${MARK}`];
  const chatId = chat?.id ?? from.id;
  for (const text of attempts) {
    const r = await say(text, { ...from, language_code: 'en' }, chat);
    assert.equal(r.params.text, ADMIN_ONLY, text);
  }
  assert.equal(await upload(`${MARK}.txt`, Buffer.from(`${MARK} content\n\nmore ${MARK}`), { from, chat, caption: `replace ${MARK}` }), ADMIN_ONLY);
  // The remove button, forged with a real article's key.
  const key = articleKey((await readdir(bot.seeds)).find((n) => n.endsWith('.txt'))!);
  const update = bot.stub.pushCallbackQuery({ from: { ...from, language_code: 'en' }, chat, data: `r:${key}:1` });
  const ans = await bot.stub.waitFor((r) => r.method === 'answerCallbackQuery' && r.params.callback_query_id === update.callback_query!.id && r.outcome !== 'pending', 10_000);
  assert.equal(ans.params.text, ADMIN_ONLY);
  await sleep(300);
  assert.deepEqual(await everything(), before, 'seeds/, index and data unchanged');
  const logged = bot.logs().slice(logBefore);
  assert.equal((logged.match(/refused/g) ?? []).length, 7, `each attempt logged:\n${logged}`);
  assert.match(logged, new RegExp(`non-admin user ${from.id} in ${chat ? 'group' : 'private'} chat`));
  assert.ok(!logged.includes(MARK), `the log holds no message contents:\n${logged}`);
  assert.ok(!logged.includes(TOKEN_SECRET));
  assert.equal(sentTo(bot.stub, chatId).filter((r) => String(r.params.text).includes(MARK)).length, 0, 'contents not echoed either');
}

test('a stranger\'s admin commands, upload and remove button in private are refused politely and change nothing', async () => {
  await strangerTries(newUser());
});

test('the same from a stranger in a group chat', async () => {
  await strangerTries(newUser(), GROUP);
});

test('an unknown command in private gets the help text instead of silence', async () => {
  for (const text of ['/foo', '/reindexx', '/ماذا']) {
    const r = await say(text);
    assert.match(String(r.params.text), /How to ask/, text);
  }
});
