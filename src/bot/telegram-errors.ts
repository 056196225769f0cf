/**
 * Telegram answers that no retry can fix, turned into one line an operator can act on and an exit
 * status a supervisor can tell apart from a clean stop.
 */
import { GrammyError } from 'grammy';

/** Exit statuses (documented in README "Reliability"): not 0, so "restart on failure" sees a failure. */
export const EXIT_UNAUTHORIZED = 3;
export const EXIT_CONFLICT = 4;

export interface FatalTelegramError {
  status: 401 | 409;
  exitCode: number;
  /** what happened and what to do, without the token */
  line: string;
}

export function fatalTelegramError(e: unknown): FatalTelegramError | undefined {
  if (!(e instanceof GrammyError)) return undefined;
  if (e.error_code === 401) {
    return {
      status: 401,
      exitCode: EXIT_UNAUTHORIZED,
      line: `Telegram refused the bot token (401 Unauthorized on ${e.method}): it was revoked or is wrong. Get the current token from @BotFather (/mybots → API Token), put it in BOT_TOKEN and start again.`,
    };
  }
  if (e.error_code === 409) {
    const webhook = /webhook/i.test(e.description);
    return {
      status: 409,
      exitCode: EXIT_CONFLICT,
      line: webhook
        ? `Telegram refused long polling (409 Conflict on ${e.method}): a webhook is set for this bot. Set WEBHOOK_URL to run in webhook mode, or delete the webhook (Bot API deleteWebhook) and start again.`
        : `Telegram refused long polling (409 Conflict on ${e.method}): another process is polling with this bot token. Stop the other instance (only one may poll), or run several replicas behind a webhook (WEBHOOK_URL).`,
    };
  }
  return undefined;
}
