/**
 * Starting and stopping the bot: long polling through @grammyjs/runner (concurrent, per-chat
 * ordered), or a webhook when WEBHOOK_URL is set. SIGINT/SIGTERM let in-flight answers finish
 * and confirm the last offset, so no update is lost or answered twice across a restart.
 */
import http from 'node:http';
import { run } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import type { Config } from '../config.js';
import { redactToken } from '../config.js';
import type { BotContext } from './context.js';
import { ADMIN_COMMANDS } from './admin.js';

const USER_COMMANDS = [
  { command: 'help', description: 'How to ask' },
  { command: 'ask', description: 'Ask a question (in groups): /ask <question>' },
];

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

/** Kept by createBot's first middleware: the highest update id started, and how many are being handled. */
export interface UpdateTracker { lastUpdateId: number; inFlight: number }

const DRAIN_LIMIT_MS = 25_000;

async function drain(seen: UpdateTracker): Promise<void> {
  const until = Date.now() + DRAIN_LIMIT_MS;
  while (seen.inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

export async function startBot(bot: Bot<BotContext>, config: Config, log: (l: string) => void, seen: UpdateTracker = { lastUpdateId: 0, inFlight: 0 }): Promise<{ stop(): Promise<void> }> {
  await bot.init();
  await publishCommands(bot, config, log);
  if (config.webhookUrl) return startWebhook(bot, config, log);

  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'inline_query'] } },
  });
  log(`bot @${bot.botInfo.username} is polling for updates`);
  return {
    async stop() {
      await runner.stop();
      await drain(seen);
      // Confirm what was handled, so a restart does not receive it again.
      if (seen.lastUpdateId) await bot.api.getUpdates({ offset: seen.lastUpdateId + 1, limit: 1, timeout: 0 }).catch(() => {});
    },
  };
}

async function startWebhook(bot: Bot<BotContext>, config: Config, log: (l: string) => void): Promise<{ stop(): Promise<void> }> {
  const secret = config.webhookSecret;
  const handle = webhookCallback(bot, 'http', { secretToken: secret, timeoutMilliseconds: 55_000, onTimeout: 'return' });
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST') { res.writeHead(405).end(); return; }
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  await bot.api.setWebhook(config.webhookUrl!, { secret_token: secret, allowed_updates: ['message', 'edited_message', 'callback_query', 'inline_query'] });
  log(`bot @${bot.botInfo.username} is receiving updates by webhook on port ${config.port}`);
  return {
    async stop() {
      // close() stops accepting connections and resolves when the requests being answered are done.
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

