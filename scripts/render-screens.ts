/**
 * `npm run screens`: pictures of the bot for the README. Runs the real bot (src/main.ts, the seeds,
 * the dictionaries) against the Bot API stand-in, asks one English and one Arabic question, takes
 * the HTML the bot sent (and edited, as buttons are pressed) and draws it as a Telegram-like chat
 * page in headless Chromium.
 * Writes docs/screens/{en,ar}.png; KEEP_HTML=1 keeps the .html pages beside them for inspection.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startBotProcess, ROOT, type BotUnderTest } from '../test/support/bot-process.js';
import type { RecordedRequest } from '../test/support/bot-api-stub.js';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = path.join(ROOT, 'docs', 'screens');
const WIDTH = 560;

/** After the answer, buttons pressed in order (their labels), to show what they do. */
interface Exchange { name: string; lang: 'en' | 'ar'; question: string; userId: number; press: string[] }
const EXCHANGES: Exchange[] = [
  { name: 'en', lang: 'en', question: 'What did Larijani say about trade with Pakistan?', userId: 9101, press: ['👎', 'Wrong paragraph'] },
  { name: 'ar', lang: 'ar', question: 'ماذا قال لاريجاني عن التعاون بين إيران وباكستان؟', userId: 9102, press: ['👍', 'المصدر 1'] },
];

type Button = { text: string; callback_data?: string };
interface BotMessage { id: number; html: string; buttons: Button[][] }

const keyboardOf = (p: Record<string, unknown>) => ((p.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []);

/** The chat as the user sees it now: every bot message with its latest text and buttons (edits applied). */
function chatState(bot: BotUnderTest, chatId: number): BotMessage[] {
  const byId = new Map<number, BotMessage>();
  for (const r of bot.stub.requests()) {
    if (r.outcome !== 'ok' || r.params.chat_id !== chatId) continue;
    const id = r.method === 'sendMessage' ? (r.response as { result: { message_id: number } }).result.message_id : Number(r.params.message_id);
    const was = byId.get(id);
    if (r.method === 'sendMessage' || r.method === 'editMessageText') byId.set(id, { id, html: String(r.params.text), buttons: keyboardOf(r.params) });
    else if (r.method === 'editMessageReplyMarkup' && was) byId.set(id, { ...was, buttons: keyboardOf(r.params) });
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

async function converse(bot: BotUnderTest, ex: Exchange): Promise<BotMessage[]> {
  const mine = (r: RecordedRequest) => r.method === 'sendMessage' && r.params.chat_id === ex.userId && r.outcome === 'ok';
  const from = { id: ex.userId, first_name: 'Reader', language_code: ex.lang };
  bot.stub.pushMessage({ text: ex.question, from });
  await bot.stub.waitFor(mine, 60_000);
  await new Promise((r) => setTimeout(r, 500)); // a split answer's later parts
  for (const label of ex.press) {
    const message = chatState(bot, ex.userId).reverse().find((m) => m.buttons.flat().some((b) => b.text === label));
    const button = message?.buttons.flat().find((b) => b.text === label);
    if (!message || !button?.callback_data) throw new Error(`no "${label}" button to press`);
    const update = bot.stub.pushCallbackQuery({ from, message: message.id, data: button.callback_data });
    await bot.stub.waitFor((r) => r.method === 'answerCallbackQuery' && r.params.callback_query_id === update.callback_query!.id && r.outcome !== 'pending', 60_000);
    await new Promise((r) => setTimeout(r, 500));
  }
  return chatState(bot, ex.userId);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Telegram's HTML subset as browser HTML: the bot's text is already escaped, only tags are mapped. */
function telegramToHtml(html: string): string {
  return html
    .replace(/<blockquote expandable>/g, '<blockquote class="expandable">')
    .replace(/\n?(<blockquote)/g, '$1')
    .replace(/(<\/blockquote>)\n?/g, '$1');
}

function page(ex: Exchange, messages: BotMessage[]): string {
  const bubbles = messages.map((m) => {
    const keyboard = m.buttons.map((row) => `<div class="row">${row.map((b) => `<div class="btn">${escape(b.text)}</div>`).join('')}</div>`).join('');
    return `<div class="bot"><div class="bubble">${telegramToHtml(m.html)}<span class="time">12:00</span></div>${keyboard ? `<div class="kb">${keyboard}</div>` : ''}</div>`;
  }).join('\n');
  return `<!doctype html><html lang="${ex.lang}"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; }
  body { margin: 0; width: ${WIDTH}px; font: 15px/1.38 "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; background: #c8d8b4; }
  .bar { background: #517da2; color: #fff; padding: 10px 14px; display: flex; align-items: center; gap: 10px; }
  .avatar { width: 36px; height: 36px; border-radius: 50%; background: #7fb2e5; display: flex; align-items: center; justify-content: center; font-weight: bold; }
  .bar small { display: block; opacity: .8; font-size: 12px; }
  .chat { padding: 10px 10px 14px; display: flex; flex-direction: column; gap: 8px; }
  .user { align-self: flex-end; max-width: 80%; background: #effdde; border-radius: 12px 12px 4px 12px; padding: 7px 11px; unicode-bidi: plaintext; text-align: start; box-shadow: 0 1px 1px rgba(0,0,0,.15); }
  .bot { align-self: flex-start; width: 92%; }
  .bubble { background: #fff; border-radius: 12px 12px 12px 4px; padding: 7px 11px 18px; white-space: pre-wrap; overflow-wrap: anywhere; position: relative; box-shadow: 0 1px 1px rgba(0,0,0,.15); }
  /* Telegram sets each line's direction from its first strong character. */
  .bubble, .bubble blockquote { unicode-bidi: plaintext; text-align: start; }
  .bubble blockquote { margin: 4px 0; padding: 3px 8px 3px 10px; border-inline-start: 3px solid #3a8edb; background: #eaf3fc; border-radius: 4px; }
  .bubble blockquote.expandable { max-height: 4.3em; overflow: hidden; position: relative; }
  .bubble blockquote.expandable::after { content: "⌄"; position: absolute; inset-inline-end: 6px; bottom: 0; color: #3a8edb; background: #eaf3fc; padding: 0 3px; }
  .bubble i { color: #2a5885; }
  .time { position: absolute; right: 8px; bottom: 3px; font-size: 11px; color: #8ba0b0; }
  .kb { margin-top: 4px; display: flex; flex-direction: column; gap: 4px; }
  .row { display: flex; gap: 4px; }
  .btn { flex: 1; text-align: center; color: #fff; background: rgba(60, 90, 70, .45); border-radius: 8px; padding: 7px 4px; font-size: 14px; }
</style></head><body>
<div class="bar"><div class="avatar">N</div><div>News Q&amp;A bot<small>bot</small></div></div>
<div class="chat">
<div class="user">${escape(ex.question)}</div>
${bubbles}
</div>
<script>document.title = String(document.documentElement.scrollHeight);</script>
</body></html>`;
}

async function chromium(args: string[]): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'screens-chromium-'));
  try {
    const { stdout } = await run(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profile}`, ...args,
    ], { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    return stdout;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

async function screenshot(htmlFile: string, pngFile: string): Promise<number> {
  // First pass measures the page (the page writes its height into its title), second shoots it.
  const dom = await chromium(['--dump-dom', `file://${htmlFile}`]);
  const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 1600);
  await chromium([`--screenshot=${pngFile}`, `--window-size=${WIDTH},${height}`, `file://${htmlFile}`]);
  return height;
}

const bot = await startBotProcess();
const pages = await mkdtemp(path.join(tmpdir(), 'screens-html-'));
try {
  await mkdir(OUT, { recursive: true });
  for (const ex of EXCHANGES) {
    const messages = await converse(bot, ex);
    const html = path.join(process.env.KEEP_HTML ? OUT : pages, `${ex.name}.html`);
    await writeFile(html, page(ex, messages));
    const height = await screenshot(html, path.join(OUT, `${ex.name}.png`));
    process.stdout.write(`${path.relative(ROOT, path.join(OUT, `${ex.name}.png`))}: ${messages.length} message(s), ${WIDTH}×${height}\n`);
  }
} finally {
  await bot.stop();
  await rm(pages, { recursive: true, force: true });
}
