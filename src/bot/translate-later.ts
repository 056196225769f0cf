/**
 * A slow model never holds an answer back: the answer goes out at once with the instant gloss,
 * then, when a translation model is in use, its translation is edited into the same messages.
 */
import type { Api } from 'grammy';
import type { InlineKeyboard } from 'grammy';
import type { SearchResult } from '../search/types.js';
import { translateHits, type HitTranslation } from '../answer/translate-hits.js';
import type { TranslationService } from '../translate/service.js';

export type Rendered = Array<HitTranslation | undefined>;

/** The instant rendering of each hit's answering sentence (the gloss), for the first message. */
export function instantTranslations(r: SearchResult, tr: TranslationService | undefined): Promise<Rendered> {
  if (!tr) return Promise.resolve(r.hits.map(() => undefined));
  return translateHits(r, (texts, from, to, hint) => tr.glossNow(texts, from, to, hint), 'highlight');
}

/** Whole paragraphs in the best rendering available (the "full translation" button). */
export function fullTranslations(r: SearchResult, tr: TranslationService): Promise<Rendered> {
  return translateHits(r, (texts, from, to, hint) => tr.best({ texts, from, to, hint }), 'paragraph');
}

export interface SentPart { chatId: number; messageId: number; text: string }

/**
 * When a model is configured, translates the answering sentences with it and edits the sent
 * messages in place (the last keeps its buttons). If the new text packs into a different number
 * of messages, the gloss stays: editing must never lose or reorder a quote.
 */
export async function editInModelTranslations(
  api: Api,
  r: SearchResult,
  tr: TranslationService | undefined,
  sent: SentPart[],
  render: (translations: Rendered) => string[],
  keyboard: InlineKeyboard,
  log: (line: string) => void,
): Promise<void> {
  if (!tr?.modelEnabled || !sent.length) return;
  const better = await translateHits(r, (texts, from, to, hint) => tr.best({ texts, from, to, hint }), 'highlight');
  if (!better.some((b) => b?.method === 'model')) return;
  const texts = render(better);
  if (texts.length !== sent.length) { log('model translation not edited in: the answer would split differently'); return; }
  for (const [i, part] of sent.entries()) {
    if (texts[i] === part.text) continue;
    const last = i === sent.length - 1;
    await api.editMessageText(part.chatId, part.messageId, texts[i]!, { parse_mode: 'HTML', ...(last ? { reply_markup: keyboard } : {}) })
      .catch((e: Error) => log(`could not edit a translation in: ${e.message}`));
  }
}
