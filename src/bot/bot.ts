/**
 * The Telegram bot: grammY wiring, plugins and user-facing handlers. All answers come from the
 * SearchService; this file only turns Telegram updates into questions and results into messages.
 */
import { Bot, GrammyError, HttpError, type Filter } from 'grammy';
import { limit } from '@grammyjs/ratelimiter';
import { redactToken } from '../config.js';
import type { BotContext } from './context.js';
import { createI18n, localeFor } from './i18n.js';
import { decodeCallback } from './callbacks.js';
import { AskedQuestions } from './asked.js';
import { answerKeyboard, answerMessages, answerPage, articleKey, articlePage, inlineResults, greetingHtml, inlineNoResults, keyboardWithVote, neverMentions, nothingFound, pageOfParagraph } from './render.js';
import { registerAdmin } from './admin.js';
import type { BotDeps } from './deps.js';
import { editInModelTranslations, fullTranslations, instantTranslations, type SentPart } from './translate-later.js';
import { voteReplyKey } from './vote-reply.js';

export const MAX_QUESTION = 1000;

/** An edit that changes nothing (a double press) is refused by Telegram as "not modified": that is fine. */
async function editInPlace(edit: () => Promise<unknown>): Promise<void> {
  try {
    await edit();
  } catch (e) {
    if (!(e instanceof GrammyError && /message is not modified/i.test(e.description))) throw e;
  }
}

/** A bounded map: oldest entries go first. */
function remember<V>(map: Map<string, V>, key: string, value: V, capacity = 5000): void {
  map.set(key, value);
  if (map.size > capacity) map.delete(map.keys().next().value!);
}

export function createBot(deps: BotDeps): Bot<BotContext> {
  const { config, service, log } = deps;
  const token = config.botToken!;
  const bot = new Bot<BotContext>(token, { client: { apiRoot: config.telegramApiRoot } });
  const asked = new AskedQuestions();
  /** "chat:answer message:article" → the message showing that article, so a second press reuses it */
  const articleMessages = new Map<string, number>();
  /** "chat:answer message:offset" → the messages holding that page's whole-paragraph translation, so a second press edits them */
  const translationMessages = new Map<string, number[]>();
  const perPage = config.resultsPerPage;

  bot.use(async (ctx, next) => {
    const seen = deps.seen;
    if (!seen) return next();
    seen.lastUpdateId = Math.max(seen.lastUpdateId, ctx.update.update_id);
    seen.inFlight++;
    try { await next(); } finally { seen.inFlight--; }
  });
  // Retries (429 retry_after, 5xx, network errors) are installed with the transport, in run.ts.
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
      await ctx.reply(greetingHtml(r.greeting ?? 'hello', topics(), t), { parse_mode: 'HTML', ...reply });
      return;
    }
    if (r.abstained || r.hits.length === 0) {
      // "The coverage never mentions Bitcoin." (a partial answer says it under the echoed question)
      const never = r.missing.length ? `${neverMentions(r, t)}\n` : '';
      await ctx.reply(never + nothingFound(topics(), t), { parse_mode: 'HTML', ...reply });
      return;
    }
    const qid = asked.add({ question, lang: localeFor(question, ctx.from?.language_code), userHash: deps.userHash(ctx.from?.id ?? 0), shown: r.hits.map((h) => h.paragraph.id) });
    // The gloss is instant, so it goes out with the quotes; a model's translation is edited in after.
    const translation = await deps.translation;
    const translations = await instantTranslations(r, translation);
    const keyboard = answerKeyboard(r, qid, perPage, t, r.hits, undefined, translations.some(Boolean));
    const messages = answerMessages(r, t, translations);
    const sent: SentPart[] = [];
    for (const [i, text] of messages.entries()) {
      const last = i === messages.length - 1;
      const m = await ctx.reply(text, { parse_mode: 'HTML', ...(i === 0 ? reply : {}), ...(last ? { reply_markup: keyboard } : {}) });
      sent.push({ chatId: m.chat.id, messageId: m.message_id, text });
    }
    await editInModelTranslations(ctx.api, r, translation, sent, (tr) => answerMessages(r, t, tr), keyboard, log);
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
    if (cb.kind === 'article' || cb.kind === 'open') {
      const article = service.engine.articles().find((a) => articleKey(a.articleId) === cb.article);
      const paragraphs = article ? service.engine.article(article.articleId) : [];
      const mark = cb.kind === 'open' ? cb.paragraph : cb.mark;
      const pageNo = cb.kind === 'open' ? pageOfParagraph(paragraphs, cb.paragraph) : cb.page;
      const page = article && articlePage(paragraphs, cb.article, pageNo, t, mark);
      if (!page) { await ctx.answerCallbackQuery({ text: t('expired') }); return; }
      await ctx.answerCallbackQuery();
      const opts = { parse_mode: 'HTML' as const, reply_markup: page.keyboard };
      // Paging edits the article's own message; a "Source n" button opens the article once per
      // answer and article, and a second press shows that same message at the cited paragraph.
      const from = ctx.callbackQuery.message;
      const opened = from && cb.kind === 'open' ? articleMessages.get(`${from.chat.id}:${from.message_id}:${cb.article}`) : undefined;
      if (cb.kind === 'article') await editInPlace(() => ctx.editMessageText(page.text, opts));
      else if (opened !== undefined && from) await editInPlace(() => ctx.api.editMessageText(from.chat.id, opened, page.text, opts));
      else {
        const sent = await ctx.reply(page.text, { ...opts, ...(from ? { reply_parameters: { message_id: from.message_id, allow_sending_without_reply: true } } : {}) });
        if (from) remember(articleMessages, `${from.chat.id}:${from.message_id}:${cb.article}`, sent.message_id);
      }
      return;
    }
    const q = asked.get(cb.qid);
    if (!q) { await ctx.answerCallbackQuery({ text: t('expired') }); return; }
    // Follow-ups speak the language the question was asked in.
    ctx.i18n.useLocale(q.lang);
    if (cb.kind === 'vote') {
      // A plain 👎 after a 👎 with a reason keeps the reason (the store sees no change either).
      const vote = { up: cb.up, reason: cb.reason ?? (!cb.up && q.vote?.up === false ? q.vote.reason : undefined) };
      const outcome = await deps.feedback.vote({
        at: new Date().toISOString(), question: q.question, results: q.shown, vote: cb.up ? 'up' : 'down',
        user: deps.userHash(ctx.from.id), answer: cb.qid, ...(cb.reason ? { reason: cb.reason } : {}),
      });
      const key = voteReplyKey(outcome, cb, q.vote);
      const text = key === 'vote-reason' && cb.reason ? t(key, { reason: t(`reason-${cb.reason}`) }) : t(key);
      await ctx.answerCallbackQuery({ text });
      q.vote = vote;
      // Redrawn even for a repeat (an unchanged keyboard is refused as "not modified" and ignored).
      const rows = ctx.callbackQuery.message?.reply_markup?.inline_keyboard;
      if (rows) await editInPlace(() => ctx.editMessageReplyMarkup({ reply_markup: keyboardWithVote(rows, cb.qid, vote, t) }));
      return;
    }
    const r = await service.search(q.question, { k: perPage, offset: cb.offset });
    if (r.hits.length === 0) { await ctx.answerCallbackQuery({ text: t('no-more') }); return; }
    await ctx.answerCallbackQuery();
    if (cb.kind === 'translate') {
      // The whole paragraphs of that page in the asker's language, in the best rendering available.
      const translation = await deps.translation;
      const full = translation ? await fullTranslations(r, translation) : [];
      const from = ctx.callbackQuery.message;
      const key = from ? `${from.chat.id}:${from.message_id}:${cb.offset}` : undefined;
      const earlier = key ? translationMessages.get(key) ?? [] : [];
      const ids: number[] = [];
      // A second press refreshes what the first sent (a model may have finished meanwhile) instead of sending a copy.
      for (const [i, text] of answerMessages(r, t, full, 'paragraph').entries()) {
        const id = earlier[i];
        if (id !== undefined && from) { await editInPlace(() => ctx.api.editMessageText(from.chat.id, id, text, { parse_mode: 'HTML' })); ids.push(id); }
        else ids.push((await ctx.reply(text, { parse_mode: 'HTML' })).message_id);
      }
      if (key) remember(translationMessages, key, ids);
      return;
    }
    // The page replaces the one on the message pressed: pressing twice shows the same page, never a copy.
    const translations = await instantTranslations(r, await deps.translation);
    const page = answerPage(r, t, translations);
    q.shown.push(...page.hits.map((h) => h.paragraph.id).filter((id) => !q.shown.includes(id)));
    await editInPlace(() => ctx.editMessageText(page.text, { parse_mode: 'HTML', reply_markup: answerKeyboard(r, cb.qid, perPage, t, page.hits, q.vote, translations.some(Boolean)) }));
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
    const translations = r.abstained ? [] : await instantTranslations(r, await deps.translation);
    const results = r.abstained ? [] : inlineResults(r.hits, ctx.t.bind(ctx), translations);
    // An empty list alone looks like a broken bot: the button above it says why (in the query's language, see i18n.ts).
    if (!results.length) {
      await ctx.answerInlineQuery([], { cache_time: 60, button: { text: r.kind === 'greeting' ? ctx.t('inline-empty') : inlineNoResults(r, ctx.t.bind(ctx)), start_parameter: 'help' } });
      return;
    }
    await ctx.answerInlineQuery(results, { cache_time: 60 });
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
