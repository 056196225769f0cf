/**
 * `npm start`: the bot when BOT_TOKEN is set, otherwise a local question prompt. Builds the
 * index from seeds/ first when there is none.
 */
import 'dotenv/config';
import path from 'node:path';
import { format } from 'node:util';
import { loadConfig, ConfigError, redactToken } from './config.js';
import { SearchService } from './search/service.js';
import { FeedbackStore } from './feedback/store.js';
import { createBot } from './bot/bot.js';
import { startBot, STOP_LIMIT_MS, type RunningBot } from './bot/run.js';
import { fatalTelegramError } from './bot/telegram-errors.js';
import { keyedUserHash, loadUserKey } from './feedback/user-key.js';
import { questionPrompt } from './cli/prompt.js';
import { closeIndexStores } from './store/select.js';
import { describeDatabaseError } from './store/pgvector/connect.js';
import { openTranslation } from './translate/service.js';

const log = (line: string) => process.stderr.write(`[${new Date().toISOString()}] ${line}\n`);

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) { log(`configuration error: ${e.message}`); process.exit(2); }
  throw e;
}

if (!config.botToken) {
  log('BOT_TOKEN is not set: starting the local question prompt instead of the bot');
  // The same start as the bot's: builds the index first when there is none, rebuilds a damaged one;
  // answers follow the generation a re-index switches to. Any failure: one line, status 1.
  try {
    const service = await SearchService.start(config, log);
    const translation = openTranslation(config);
    await questionPrompt(() => service.engine, 5, async (texts, from, to, hint) => (await translation).best({ texts, from, to, hint }));
    await service.stop();
    await closeIndexStores();
  } catch (e) {
    log(`error: ${describeDatabaseError(e, config.databaseUrl)}`);
    process.exit(1);
  }
} else {
  const token = config.botToken;
  // Libraries print some errors themselves, past `log` (the runner logs a failed getUpdates with
  // console.error, error object and all); a server's error text may echo the URL, which holds the token.
  for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    const write = console[level].bind(console);
    console[level] = (...args: unknown[]) => write(redactToken(format(...args), token));
  }
  process.on('unhandledRejection', (e) => log(redactToken(`unhandled: ${String((e as Error)?.stack ?? e)}`, token)));
  let service: SearchService | undefined;
  let running: RunningBot | undefined;
  let stopping = false;
  // One way out for every stop: a signal (status 0 when everything in flight finished), or Telegram
  // refusing the token or the polling (401/409: their own status, so a supervisor can tell).
  const shutdown = async (why: string, exitCode: number, confirm = true) => {
    if (stopping) return;
    stopping = true;
    log(why);
    // The backstop: nothing below (Telegram, the database) may keep the process past the limit.
    setTimeout(() => { log('stop limit passed; exiting now'); process.exit(exitCode || 1); }, STOP_LIMIT_MS + 5_000);
    const clean = running ? await running.stop({ confirm }) : true;
    if (!clean) log(`answers still waiting on Telegram when the stop ran out of time (at most ${STOP_LIMIT_MS / 1000} s); they are abandoned`);
    await service?.stop().catch(() => {});
    await closeIndexStores().catch(() => {});
    log('stopped');
    process.exit(exitCode || (clean ? 0 : 1));
  };
  // Installed before the start, so a stop while Telegram is still unreachable is as orderly as any other.
  process.once('SIGINT', () => void shutdown('SIGINT: finishing answers in flight, then stopping', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM: finishing answers in flight, then stopping', 0));
  try {
    service = await SearchService.start(config, log);
    const userHash = keyedUserHash(await loadUserKey(config.dataDir, process.env.FEEDBACK_SECRET, log));
    const seen = { lastUpdateId: 0, inFlight: 0 };
    // Loaded while the bot starts polling: only an answer that needs a translation waits for it.
    const translation = openTranslation(config).catch((e: Error) => { log(`translation unavailable: ${e.message}`); return undefined; });
    const bot = createBot({ config, service, feedback: new FeedbackStore(path.join(config.dataDir, 'feedback.jsonl')), userHash, log, seen, translation });
    if (stopping) process.exit(0);
    running = await startBot(bot, config, log, seen);
    running.failed.catch((e: unknown) => {
      if (stopping) return;
      const fatal = fatalTelegramError(e);
      void shutdown(fatal?.line ?? redactToken(`polling stopped: ${(e as Error).message}`, token), fatal?.exitCode ?? 1, false);
    });
  } catch (e) {
    const fatal = fatalTelegramError(e);
    const why = fatal?.line ?? (e instanceof ConfigError ? `configuration error: ${e.message}` : `could not start the bot: ${describeDatabaseError(e, config.databaseUrl)}`);
    log(redactToken(why, token));
    process.exit(fatal?.exitCode ?? (e instanceof ConfigError ? 2 : 1));
  }
}
