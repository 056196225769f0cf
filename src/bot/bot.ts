/**
 * The Telegram bot: grammY wiring, plugins and user-facing handlers. All answers come from the
 * SearchService; this file only turns Telegram updates into questions and results into messages.
 */
import { Bot, GrammyError, HttpError, type Filter } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import type { Config } from '../config.js';
import { redactToken } from '../config.js';
import type { SearchService } from '../search/service.js';
import { FeedbackStore, hashUser } from '../feedback/store.js';
import type { BotContext } from './context.js';
import { createI18n, localeFor } from './i18n.js';
import { decodeCallback } from './callbacks.js';
import { AskedQuestions } from './asked.js';
import { answerKeyboard, answerMessages, articleKey, articlePage, inlineResults, nothingFound } from './render.js';
import { registerAdmin } from './admin.js';
import type { UpdateTracker } from './run.js';
import { escapeHtml, neverMentionsHtml, TELEGRAM_LIMIT } from '../answer/telegram.js';

export const MAX_QUESTION = 1000;

export interface BotDeps {
  config: Config;
  service: SearchService;
  feedback: FeedbackStore;
  log: (line: string) => void;
  /** the updates the bot is handling, for a graceful stop (see run.ts) */
  seen?: UpdateTracker;
}

export function createBot(deps: BotDeps): Bot<BotContext> {
  const { config, service, log } = deps;
  const token = config.botToken!;
  const bot = new Bot<BotContext>(token, { client: { apiRoot: config.telegramApiRoot } });
  const asked = new AskedQuestions();
  const perPage = config.resultsPerPage;
  const salt = config.botToken!.split(':')[0]!;

  bot.use(async (ctx, next) => {
    const seen = deps.seen;
    if (!seen) return next();
    seen.lastUpdateId = Math.max(seen.lastUpdateId, ctx.update.update_id);
    seen.inFlight++;
    try { await next(); } finally { seen.inFlight--; }
  });
  // Telegram's flood limits: wait and retry instead of failing (429 retry_after, 5xx).
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  const i18n = createI18n();
  bot.use(i18n);
  bot.use(limit({
    timeFrame: 10_000,
    limit: 8,
    // Admins are trusted and send bursts of commands; everyone else is limited per user.
    keyGenerator: (ctx) => (ctx.from && !config.adminIds.includes(ctx.from.id) ? ctx.from.id.toString() : undefined),
    onLimitExceeded: async (ctx) => { if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('flood')).catch(() => {}); },
  }));

  const topics = () => service.engine.articles().slice(0, 3).map((a) => a.title);

  bot.command(['start', 'help'], async (ctx) => {
    const key = ctx.message?.text?.startsWith('/help') ? 'help' : 'start';
    await ctx.reply(ctx.t(key, { articles: service.engine.articles().length, bot: ctx.me.username }), { parse_mode: 'HTML' });
  });

  registerAdmin(bot, deps);

  async function answer(ctx: BotContext, raw: string): Promise<void> {
    // Control characters go, and so do C1 controls and bidi overrides/isolates: echoed in groups, an
    // override would let a question display reversed text inside the bot's message.
    const question = raw.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(question)) { await ctx.reply(ctx.t('empty')); return; }
    if (question.length > MAX_QUESTION) { await ctx.reply(ctx.t('too-long', { length: question.length, max: MAX_QUESTION })); return; }
    await ctx.replyWithChatAction('typing').catch(() => {});
    const r = await service.search(question, { k: perPage });
    const t = ctx.t.bind(ctx);
    const reply = { reply_parameters: ctx.msg ? { message_id: ctx.msg.message_id, allow_sending_without_reply: true } : undefined };
    if (r.kind === 'greeting') {
      await ctx.reply(t(`greeting-${r.greeting ?? 'hello'}`, { topics: topics().map(escapeHtml).join(' · ') }), { parse_mode: 'HTML', ...reply });
      return;
    }
    // "The coverage never mentions Bitcoin.": on a refusal, and above a partial answer.
    const never = r.missing.length ? neverMentionsHtml(r.missing, (words) => t('never-mentions', { words }), r.lang === 'ar' ? 'ar' : 'en') : '';
    if (r.abstained || r.hits.length === 0) {
      await ctx.reply((never ? `${never}\n` : '') + nothingFound(topics(), t), { parse_mode: 'HTML', ...reply });
      return;
    }
    const qid = asked.add({ question, lang: localeFor(question, ctx.from?.language_code), userHash: hashUser(ctx.from?.id ?? 0, salt), shown: r.hits.map((h) => h.paragraph.id) });
    const messages = answerMessages(r, t);
    if (never) {
      // Under the echoed question, above the results.
      const first = messages[0]!;
      const at = first.indexOf('\n\n');
      if (at > 0 && never.length + 1 + first.length <= TELEGRAM_LIMIT) messages[0] = `${first.slice(0, at)}\n${never}${first.slice(at)}`;
      else messages.splice(1, 0, never);
    }
    for (const [i, text] of messages.entries()) {
      const last = i === messages.length - 1;
      await ctx.reply(text, { parse_mode: 'HTML', ...(i === 0 ? reply : {}), ...(last ? { reply_markup: answerKeyboard(r, qid, perPage, t) } : {}) });
    }
  }

  bot.command('ask', async (ctx) => {
    if (!ctx.match.trim()) { await ctx.reply(ctx.t('empty')); return; }
    await answer(ctx, ctx.match);
  });

  // Private chats: every text is a question.
  bot.chatType('private').on(['message:text', 'edited_message:text'], async (ctx) => {
    const text = ctx.msg.text;
    // Known commands were handled above; an unknown one ("/foo") gets the help text rather than silence.
    if (text.startsWith('/')) {
      await ctx.reply(ctx.t('help', { articles: service.engine.articles().length, bot: ctx.me.username }), { parse_mode: 'HTML' });
      return;
    }
    await answer(ctx, text);
  });

  // Groups: only when mentioned or replied to; other chatter is ignored.
  bot.chatType(['group', 'supergroup']).on('message:text', async (ctx) => {
    const me = ctx.me.username.toLowerCase();
    const text = ctx.msg.text;
    const mentioned = (ctx.msg.entities ?? []).some((e) => e.type === 'mention' && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me);
    const repliedToMe = ctx.msg.reply_to_message?.from?.id === ctx.me.id;
    if (!mentioned && !repliedToMe) return;
    await answer(ctx, text.replace(new RegExp(`@${me}\\b`, 'ig'), ' '));
  });

  bot.on(['message:sticker', 'message:photo', 'message:voice', 'message:video', 'message:audio', 'message:animation', 'message:video_note', 'message:location', 'message:contact', 'message:poll'], async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply(ctx.t('non-text'));
  });

  bot.on('callback_query:data', async (ctx) => {
    const cb = decodeCallback(ctx.callbackQuery.data);
    const t = ctx.t.bind(ctx);
    if (!cb || cb.kind === 'remove') {
      if (cb?.kind !== 'remove') await ctx.answerCallbackQuery({ text: t('invalid-button') });
      return;
    }
    if (cb.kind === 'article') {
      const article = service.engine.articles().find((a) => articleKey(a.articleId) === cb.article);
      const page = article && articlePage(service.engine.article(article.articleId), cb.article, cb.page, t);
      if (!page) { await ctx.answerCallbackQuery({ text: t('expired') }); return; }
      await ctx.answerCallbackQuery();
      const opts = { parse_mode: 'HTML' as const, reply_markup: page.keyboard };
      // Paging within an article edits its message; the first click opens a new one.
      if (ctx.callbackQuery.message && ctx.callbackQuery.message.text?.includes('\n\n') && ctx.callbackQuery.message.reply_markup?.inline_keyboard.flat().some((b) => 'callback_data' in b && b.callback_data?.startsWith('a:') && !b.text.includes('👍')) && !ctx.callbackQuery.message.reply_markup.inline_keyboard.flat().some((b) => b.text === '👍')) {
        await ctx.editMessageText(page.text, opts);
      } else await ctx.reply(page.text, opts);
      return;
    }
    const q = asked.get(cb.qid);
    if (!q) { await ctx.answerCallbackQuery({ text: t('expired') }); return; }
    // Follow-ups speak the language the question was asked in.
    ctx.i18n.useLocale(q.lang);
    if (cb.kind === 'vote') {
      await deps.feedback.add({ at: new Date().toISOString(), question: q.question, results: q.shown, vote: cb.up ? 'up' : 'down', user: hashUser(ctx.from.id, salt) });
      await ctx.answerCallbackQuery({ text: t('vote-thanks') });
      return;
    }
    const r = await service.search(q.question, { k: perPage, offset: cb.offset });
    if (r.hits.length === 0) { await ctx.answerCallbackQuery({ text: t('no-more') }); return; }
    await ctx.answerCallbackQuery();
    q.shown.push(...r.hits.map((h) => h.paragraph.id));
    const messages = answerMessages(r, t, t('results-header', { from: r.hits[0]!.rank, to: r.hits.at(-1)!.rank }));
    for (const [i, text] of messages.entries()) {
      const last = i === messages.length - 1;
      await ctx.reply(text, { parse_mode: 'HTML', ...(last ? { reply_markup: answerKeyboard(r, cb.qid, perPage, t) } : {}) });
    }
  });

  // A callback query without data (a game button, or a client sending none) must still be answered,
  // or the user's button keeps spinning.
  bot.on('callback_query', async (ctx) => { await ctx.answerCallbackQuery({ text: ctx.t('invalid-button') }); });

  bot.on('inline_query', async (ctx) => {
    const q = ctx.inlineQuery.query.trim();
    if (!/[\p{L}\p{N}]/u.test(q)) {
      await ctx.answerInlineQuery([], { cache_time: 10, button: { text: ctx.t('inline-empty'), start_parameter: 'help' } });
      return;
    }
    const r = await service.search(q.slice(0, MAX_QUESTION), { k: 5 });
    await ctx.answerInlineQuery(r.abstained ? [] : inlineResults(r.hits, ctx.t.bind(ctx)), { cache_time: 60 });
  });

  bot.catch(async (err) => {
    const e = err.error;
    const what = e instanceof GrammyError ? `Telegram refused ${e.method}: ${e.description}` : e instanceof HttpError ? `network error talking to Telegram: ${String(e.error)}` : String((e as Error)?.stack ?? e);
    log(redactToken(`error handling update ${err.ctx.update.update_id}: ${what}`, token));
    if (err.ctx.chat && !(e instanceof HttpError)) await err.ctx.reply(err.ctx.t('error')).catch(() => {});
  });
  return bot;
}

export type TextMessageContext = Filter<BotContext, 'message:text'>;
