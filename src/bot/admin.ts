/**
 * Admin commands (ADMIN_IDS): /reindex [full], /stats, /sources, /remove <article>, and article
 * uploads. Everything else the admin changes goes through the same re-index as the CLI; the old
 * index answers questions until the new one is swapped in.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InlineKeyboard, type Bot } from 'grammy';
import { articleFromBytes, isArticleFileName, isSkipped, validateArticleBytes } from '../ingest/index.js';
import { ReindexBusyError } from '../search/service.js';
import { redactToken } from '../config.js';
import { dirSize } from './disk.js';
import { escapeHtml } from '../answer/telegram.js';
import { decodeCallback, encodeCallback } from './callbacks.js';
import { articleKey } from './render.js';
import { counted, reindexFailure, uploadReport } from './admin-report.js';
import type { BotContext } from './context.js';
import type { BotDeps } from './deps.js';

/** A safe file name inside seeds/: no directories, no hidden files, only ordinary characters. */
export function sanitizeFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFKC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(-120);
  if (!clean || !isArticleFileName(clean) || clean.length < 5) return undefined;
  return clean;
}

const PROGRESS_EVERY_MS = 3000;


export function registerAdmin(bot: Bot<BotContext>, deps: BotDeps): void {
  const { config, service, log } = deps;
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && config.adminIds.includes(ctx.from.id);
  const en = (ctx: BotContext) => ctx.from?.language_code?.startsWith('ar') ? 'ar' : 'en';

  // Changes to seeds/ and their re-index run one at a time. Two documents sent together used to race:
  // the second was refused ("already running") after its file had been written, and the first
  // re-index could pick that file up, leaving seeds/, the index and what the admin was told apart.
  let seedsQueue: Promise<unknown> = Promise.resolve();
  let seedsJobs = 0;
  function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
    seedsJobs++;
    const run = seedsQueue.then(job, job).finally(() => { seedsJobs--; });
    seedsQueue = run.catch(() => {});
    return run;
  }

  async function refuse(ctx: BotContext, what: string): Promise<void> {
    // Who and what, never the message's contents.
    log(`refused ${what} from non-admin user ${ctx.from?.id ?? 'unknown'} in ${ctx.chat?.type ?? 'unknown'} chat`);
    await ctx.reply(ctx.t('admin-only'));
  }

  const replyBusy = (ctx: BotContext) => ctx.reply(en(ctx) === 'ar' ? 'إعادة الفهرسة جارية بالفعل؛ انتظر حتى تنتهي.' : 'A re-index is already running; please wait for it to finish.');

  /** Runs a re-index with one progress message edited every few seconds. */
  async function reindexWithProgress(ctx: BotContext, full: boolean, label: string, remove?: string[]): Promise<Awaited<ReturnType<typeof service.reindex>> | undefined> {
    if (service.reindexing) { await replyBusy(ctx); return undefined; }
    // Start first, so a second /reindex arriving while this message is being sent is already refused.
    let msg: { chat: { id: number }; message_id: number } | undefined;
    let lastEdit = Date.now();
    const edit = (text: string) => msg ? ctx.api.editMessageText(msg.chat.id, msg.message_id, text, { parse_mode: 'HTML' }).catch(() => {}) : ctx.reply(text, { parse_mode: 'HTML' }).catch(() => {});
    const job = service.reindex({
      full,
      // With the embedded index the seeds folder is the coverage; with Postgres the database is, so a removal is named.
      ...(remove && service.config.vectorStore === 'pgvector' ? { remove } : {}),
      onProgress: (done, total) => {
        if (Date.now() - lastEdit < PROGRESS_EVERY_MS) return;
        lastEdit = Date.now();
        void edit(`${label}… ${done}/${total} paragraphs embedded`);
      },
    });
    job.catch(() => {});
    msg = await ctx.reply(`${label}…`).catch(() => undefined);
    try {
      const s = await job;
      const skipped = s.skipped.length ? `\nskipped: ${s.skipped.map((k) => `${escapeHtml(k.file)} (${escapeHtml(k.reason)})`).join(', ')}` : '';
      await edit(`✅ Re-index done in ${s.seconds.toFixed(1)} s: ${counted(s.articles, 'article')}, ${counted(s.paragraphs, 'paragraph')}.\nembedded ${s.embedded}, reused ${s.reused}, removed ${s.removed}${skipped}`);
      return s;
    } catch (e) {
      const why = e instanceof ReindexBusyError ? 'a re-index is already running' : redactToken(reindexFailure(e as Error), config.botToken);
      log(`re-index failed: ${why}`);
      await edit(`❌ Re-index failed; the previous index is still answering questions.\nReason: ${escapeHtml(why)}`);
      return undefined;
    }
  }

  bot.command('reindex', async (ctx) => {
    if (!isAdmin(ctx)) return refuse(ctx, '/reindex');
    const full = ctx.match.trim().toLowerCase() === 'full';
    // An upload or removal still being indexed counts as a running re-index (refused, as before).
    if (seedsJobs > 0 || service.reindexing) { await replyBusy(ctx); return; }
    await oneAtATime(() => reindexWithProgress(ctx, full, full ? 'Full re-index' : 'Re-indexing'));
  });

  bot.command('stats', async (ctx) => {
    if (!isAdmin(ctx)) return refuse(ctx, '/stats');
    const { index, engine } = service.current;
    const m = index.manifest;
    const bytes = await dirSize(index.dir);
    await ctx.reply([
      `<b>Index</b>`,
      `articles: ${m.counts.articles}`,
      `paragraphs: ${m.counts.paragraphs}`,
      `size on disk: ${(bytes / 1024).toFixed(1)} KiB`,
      `model: ${m.model ? `${escapeHtml(m.model.id)} (${m.model.dim} dims${engine.denseEnabled ? ', hybrid search' : ', not used for ranking'})` : 'lexical only'}`,
      `dictionary: ${engine.lexicon ? escapeHtml(engine.lexicon.source) : 'none (monolingual)'}`,
      `last build: ${m.builtAt} (${m.buildSeconds.toFixed(1)} s)`,
    ].join('\n'), { parse_mode: 'HTML' });
  });

  bot.command('sources', async (ctx) => {
    if (!isAdmin(ctx)) return refuse(ctx, '/sources');
    const lines = service.engine.articles().map((a) => `• <code>${escapeHtml(a.articleId)}</code>\n  ${[escapeHtml(a.title), a.outlet && escapeHtml(a.outlet), a.date, `${a.paragraphs} ¶`].filter(Boolean).join(' · ')}`);
    await ctx.reply(lines.join('\n').slice(0, 4000) || 'no articles', { parse_mode: 'HTML' });
  });

  bot.command('remove', async (ctx) => {
    if (!isAdmin(ctx)) return refuse(ctx, '/remove');
    const name = ctx.match.trim();
    const article = service.engine.articles().find((a) => a.articleId === name);
    if (!article) { await ctx.reply(`No article named "${name.slice(0, 100)}". See /sources.`); return; }
    const key = articleKey(article.articleId);
    await ctx.reply(`Remove <code>${escapeHtml(article.articleId)}</code> (${escapeHtml(article.title)}, ${counted(article.paragraphs, 'paragraph')})?`, {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text('Remove', encodeCallback({ kind: 'remove', article: key, confirm: true })).text('Cancel', encodeCallback({ kind: 'remove', article: key, confirm: false })),
    });
  });

  bot.callbackQuery(/^r:/, async (ctx) => {
    const cb = decodeCallback(ctx.callbackQuery.data);
    if (!isAdmin(ctx)) { log(`refused remove button from non-admin user ${ctx.from.id}`); await ctx.answerCallbackQuery({ text: ctx.t('admin-only') }); return; }
    if (cb?.kind !== 'remove') { await ctx.answerCallbackQuery({ text: ctx.t('invalid-button') }); return; }
    const article = service.engine.articles().find((a) => articleKey(a.articleId) === cb.article);
    if (!article) { await ctx.answerCallbackQuery({ text: ctx.t('expired') }); return; }
    await ctx.answerCallbackQuery();
    if (!cb.confirm) { await ctx.editMessageText('Cancelled.'); return; }
    // The question is answered: its buttons go, so a second press cannot start a second removal.
    await ctx.editMessageText(`Remove <code>${escapeHtml(article.articleId)}</code>: confirmed.`, { parse_mode: 'HTML' }).catch(() => {});
    await oneAtATime(async () => {
      const file = path.join(config.seedsDir, article.articleId);
      const parked = `${file}.removed-${Date.now()}`;
      // With Postgres the article may have come from another replica: this folder need not hold it.
      const parkedIt = await rename(file, parked).then(() => true, (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' && config.vectorStore === 'pgvector') return false;
        throw e;
      });
      const s = await reindexWithProgress(ctx, false, `Removing ${article.articleId}`, [article.articleId]);
      // A failed re-index puts the file back, so seeds/ and the serving index agree.
      if (parkedIt && s) await rm(parked, { force: true });
      else if (parkedIt) await rename(parked, file);
    });
  });

  bot.on('message:document', async (ctx) => {
    if (!isAdmin(ctx)) return refuse(ctx, 'document upload');
    const doc = ctx.message.document;
    const name = sanitizeFileName(doc.file_name ?? '');
    if (!name) { await ctx.reply('Please send a .txt or .md file with an ordinary name.'); return; }
    if ((doc.file_size ?? 0) > config.maxUploadBytes) { await ctx.reply(`The file is too large (${doc.file_size} bytes; the limit is ${config.maxUploadBytes}).`); return; }
    let bytes: Buffer;
    try {
      const file = await ctx.api.getFile(doc.file_id);
      if (!file.file_path) throw new Error('Telegram gave no file path');
      const res = await fetch(`${config.telegramApiRoot}/file/bot${config.botToken}/${file.file_path}`);
      if (!res.ok) throw new Error(`download failed with HTTP ${res.status}`);
      bytes = Buffer.from(await res.arrayBuffer());
    } catch (e) {
      // fetch says only "fetch failed"; its cause says what happened (connection refused, closed…).
      const err = e as Error & { cause?: { message?: string } };
      const why = redactToken(err.cause?.message ? `${err.message} (${err.cause.message})` : err.message, config.botToken);
      log(`upload download failed: ${why}`);
      await ctx.reply(`Could not download the file: ${why}`);
      return;
    }
    if (bytes.length > config.maxUploadBytes) { await ctx.reply(`The file is too large (${bytes.length} bytes; the limit is ${config.maxUploadBytes}).`); return; }
    const check = validateArticleBytes(name, bytes);
    if (!check.ok) { await ctx.reply(`Not indexed: ${check.reason}.`); return; }
    const parsed = articleFromBytes(name, bytes);
    if (isSkipped(parsed)) { await ctx.reply(`Not indexed: ${parsed.reason}.`); return; }
    // Written and indexed while no other change to seeds/ runs (see oneAtATime).
    await oneAtATime(async () => {
      const target = path.join(config.seedsDir, name);
      const existing = await readFile(target).catch(() => undefined);
      const replace = /\breplace\b/i.test(ctx.message.caption ?? '');
      if (existing && existing.equals(bytes)) { await ctx.reply(`${name} is already in the coverage, unchanged.`); return; }
      if (existing && !replace) {
        await ctx.reply(`An article named ${name} already exists with different text. Send the file again with the caption "replace" to overwrite it, or rename it.`);
        return;
      }
      if (service.reindexing) { await ctx.reply('A re-index is already running; please send the file again when it has finished.'); return; }
      const tmp = `${target}.upload-${Date.now()}`;
      await writeFile(tmp, bytes);
      const backup = existing ? `${target}.previous-${Date.now()}` : undefined;
      if (backup) await rename(target, backup);
      await rename(tmp, target);
      const s = await reindexWithProgress(ctx, false, `Indexing ${name}`);
      if (!s) {
        await rm(target, { force: true });
        if (backup) await rename(backup, target);
        return;
      }
      if (backup) await rm(backup, { force: true });
      await ctx.reply(uploadReport(name, parsed.paragraphs.length, parsed.meta, bytes.toString('utf8'), Boolean(existing)), { parse_mode: 'HTML' });
    });
  });

}
