/**
 * What the bot's handlers are given (see bot.ts, admin.ts) and what they report back to the
 * runner (run.ts). Kept apart so those modules depend on it rather than on each other.
 */
import type { Config } from '../config.js';
import type { SearchService } from '../search/service.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { TranslationService } from '../translate/service.js';

/** Kept by createBot's first middleware: the highest update id started, and how many are being handled. */
export interface UpdateTracker { lastUpdateId: number; inFlight: number }

export interface BotDeps {
  config: Config;
  service: SearchService;
  feedback: FeedbackStore;
  /** A user id → the keyed hash stored with feedback (src/feedback/user-key.ts); never the id itself. */
  userHash: (userId: number) => string;
  log: (line: string) => void;
  /** the updates the bot is handling, for a bounded stop (see run.ts) */
  seen?: UpdateTracker;
  /** renders cited paragraphs in the asker's language (src/translate/); may still be loading; without it answers are untranslated */
  translation?: TranslationService | Promise<TranslationService | undefined>;
}
