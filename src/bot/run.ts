/**
 * Starting and stopping the bot: long polling through @grammyjs/runner (concurrent, per-chat
 * ordered), or a webhook when WEBHOOK_URL is set.
 *
 * A stop is bounded: in-flight answers get DRAIN_LIMIT_MS, the offset confirmation (so a restart
 * does not receive handled updates again) CONFIRM_LIMIT_MS, and whatever is still waiting on Telegram
 * after STOP_LIMIT_MS is abandoned. (Unbounded, the confirmation went through auto-retry, which
 * retries network errors forever with backoff doubling to an hour: a SIGTERM followed by Telegram
 * becoming unreachable left the process running for the better part of an hour.)
 */
import http from 'node:http';
import { run } from '@grammyjs/runner';
import { autoRetry } from '@grammyjs/auto-retry';
import { webhookCallback, type Bot } from 'grammy';
import type { Config } from '../config.js';
import { redactToken } from '../config.js';
import type { BotContext } from './context.js';
import type { UpdateTracker } from './deps.js';
import { ADMIN_COMMANDS, USER_COMMANDS } from './commands.js';
import { Reachability } from './reachability.js';

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query'] as const;
export const DRAIN_LIMIT_MS = 12_000;
export const CONFIRM_LIMIT_MS = 3_000;
/** The whole stop, whatever Telegram does; a supervisor's grace period (Docker: 10 s by default, see compose.yaml) should exceed it. */
export const STOP_LIMIT_MS = 20_000;
/** How long one start attempt waits for Telegram before the next (bounds auto-retry's growing backoff at start). */
const INIT_ATTEMPT_MS = 30_000;
/** Between two getUpdates that failed (network, 5xx after auto-retry's attempts): constant, so polling resumes soon after an outage. */
const POLL_RETRY_MS = 2_000;

export interface RunningBot {
  /** Finishes answers in flight and confirms the offset, within STOP_LIMIT_MS; false when the limit cut it short. */
  stop(opts?: { confirm?: boolean }): Promise<boolean>;
  /** Rejects when polling ends on its own (e.g. 401 or 409 from getUpdates); never settles in webhook mode. */
  failed: Promise<never>;
}

async function publishCommands(bot: Bot<BotContext>, config: Config, log: (l: string) => void): Promise<void> {
  try {
    await bot.api.setMyCommands(USER_COMMANDS);
    // Admin commands show only in each admin's own chat menu.
    for (const id of config.adminIds) {
      await bot.api.setMyCommands([...USER_COMMANDS, ...ADMIN_COMMANDS], { scope: { type: 'chat', chat_id: id } }).catch((e: Error) => log(`could not set admin commands for ${id}: ${redactToken(e.message, config.botToken)}`));
    }
  } catch (e) {
    log(`could not set the command menu: ${redactToken((e as Error).message, config.botToken)}`);
  }
}

/** grammY types its signals with the abort-controller polyfill; Node's own AbortSignal works the same at run time. */
type GrammySignal = Parameters<Bot['init']>[0];
const timeoutSignal = (ms: number) => AbortSignal.timeout(ms) as unknown as GrammySignal & AbortSignal;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function drain(seen: UpdateTracker, limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  while (seen.inFlight > 0 && Date.now() < until) await sleep(50);
}

/** Resolves true when `work` ends within `ms`, false otherwise (the work is then abandoned, not cancelled). */
async function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  try {
    return await Promise.race([work.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** getMe until Telegram answers; each attempt is cut at INIT_ATTEMPT_MS so retries never wait longer than that. */
async function initWhenReachable(bot: Bot<BotContext>): Promise<void> {
  for (;;) {
    const attempt = timeoutSignal(INIT_ATTEMPT_MS);
    try {
      await bot.init(attempt);
      return;
    } catch (e) {
      if (!attempt.aborted) throw e;
    }
  }
}

/** How the bot talks to Telegram: reachability reports on every attempt, then retries (429 retry_after, 5xx, network). */
function connect(bot: Bot<BotContext>, config: Config, log: (l: string) => void): Reachability {
  const reachability = new Reachability({ host: new URL(config.telegramApiRoot).host, log, redact: (t) => redactToken(t, config.botToken) });
  bot.api.config.use(reachability.transformer);
  const retry = autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 });
  // getUpdates' network errors go back to the runner, which retries every POLL_RETRY_MS: auto-retry's
  // backoff doubles up to an hour, so polling could resume that long after Telegram came back.
  const retryPoll = autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowHttpErrors: true });
  bot.api.config.use((prev, method, payload, signal) => (method === 'getUpdates' ? retryPoll : retry)(prev, method, payload, signal));
  // What reaches the runner after the retries (it retries on its own, silently): one line each.
  // 401 and 409 end polling and are reported by whoever stops the bot.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (method === 'getUpdates' && !response.ok && response.error_code !== 401 && response.error_code !== 409) {
      log(redactToken(`Error while fetching updates (${response.error_code}: ${response.description}); retrying`, config.botToken));
    }
    return response;
  });
  return reachability;
}

export async function startBot(bot: Bot<BotContext>, config: Config, log: (l: string) => void, seen: UpdateTracker = { lastUpdateId: 0, inFlight: 0 }): Promise<RunningBot> {
  const reachability = connect(bot, config, log);
  await initWhenReachable(bot);
  await publishCommands(bot, config, log);
  if (config.webhookUrl) return startWebhook(bot, config, log, seen, reachability);

  // silent: the runner would print every failed getUpdates with its stack; network trouble is
  // reported by Reachability, and what ends polling (401, 409) by the caller through `failed`.
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true, retryInterval: POLL_RETRY_MS } });
  const failed = (async () => {
    await runner.task();
    throw new Error('polling stopped');
  })();
  failed.catch(() => {});
  log(`bot @${bot.botInfo.username} is polling for updates`);
  return {
    failed,
    async stop({ confirm = true } = {}) {
      const finished = await within(STOP_LIMIT_MS, (async () => {
        await runner.stop();
        if (seen.inFlight) log(`waiting up to ${DRAIN_LIMIT_MS / 1000} s for ${seen.inFlight} answer(s) in flight`);
        await drain(seen, DRAIN_LIMIT_MS);
        // Confirm what was handled, so a restart does not receive it again. Not after a 409: that
        // would end the other instance's poll and confirm updates it has not handled.
        if (confirm && seen.lastUpdateId) {
          await bot.api.getUpdates({ offset: seen.lastUpdateId + 1, limit: 1, timeout: 0 }, timeoutSignal(CONFIRM_LIMIT_MS)).catch(() => {});
        }
      })());
      reachability.close();
      return finished && seen.inFlight === 0;
    },
  };
}

async function startWebhook(bot: Bot<BotContext>, config: Config, log: (l: string) => void, seen: UpdateTracker, reachability: Reachability): Promise<RunningBot> {
  const secret = config.webhookSecret;
  const handle = webhookCallback(bot, 'http', { secretToken: secret, timeoutMilliseconds: 55_000, onTimeout: 'return' });
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST') { res.writeHead(405).end(); return; }
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  await bot.api.setWebhook(config.webhookUrl!, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  log(`bot @${bot.botInfo.username} is receiving updates by webhook on port ${config.port}`);
  return {
    failed: new Promise<never>(() => {}),
    async stop() {
      // close() stops accepting connections and resolves when the requests being answered are done.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const finished = await within(STOP_LIMIT_MS, Promise.all([closed, drain(seen, DRAIN_LIMIT_MS)]));
      server.closeAllConnections();
      reachability.close();
      return finished && seen.inFlight === 0;
    },
  };
}
