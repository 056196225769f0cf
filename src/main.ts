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
import { startBot } from './bot/run.js';
import { questionPrompt } from './cli/prompt.js';
import { closeIndexStores } from './store/select.js';
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
  // The same start as the bot's: builds the index first when there is none, rebuilds a damaged one.
  const service = await SearchService.start(config, log);
  const translation = openTranslation(config);
  await questionPrompt(service.engine, 5, async (texts, from, to, hint) => (await translation).best({ texts, from, to, hint }));
  await service.stop();
  await closeIndexStores();
} else {
  const token = config.botToken;
  // Libraries print some errors themselves, past `log` (the runner logs a failed getUpdates with
  // console.error, error object and all); a server's error text may echo the URL, which holds the token.
  for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    const write = console[level].bind(console);
    console[level] = (...args: unknown[]) => write(redactToken(format(...args), token));
  }
  process.on('unhandledRejection', (e) => log(redactToken(`unhandled: ${String((e as Error)?.stack ?? e)}`, token)));
  try {
    const service = await SearchService.start(config, log);
    const seen = { lastUpdateId: 0, inFlight: 0 };
    // Loaded while the bot starts polling: only an answer that needs a translation waits for it.
    const translation = openTranslation(config).catch((e: Error) => { log(`translation unavailable: ${e.message}`); return undefined; });
    const bot = createBot({ config, service, feedback: new FeedbackStore(path.join(config.dataDir, 'feedback.jsonl')), log, seen, translation });
    const running = await startBot(bot, config, log, seen);
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: finishing answers in flight, then stopping`);
      await running.stop();
      log('stopped');
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (e) {
    log(redactToken(`could not start the bot: ${(e as Error).message}`, token));
    process.exit(1);
  }
}
