/** ar and en strings (Fluent files in locales/); the language is the question's script, else the user's Telegram language. */
import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import { detectLang } from '../text/lang.js';
import type { BotContext } from './context.js';

export type Locale = 'ar' | 'en';

export function localeFor(text: string | undefined, languageCode: string | undefined): Locale {
  const fromText = text && !text.startsWith('/') ? detectLang(text) : 'other';
  if (fromText === 'ar' || fromText === 'en') return fromText;
  return languageCode?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: 'en',
    directory: fileURLToPath(new URL('./locales', import.meta.url)),
    // Bidi isolation marks would land inside HTML and citations; Telegram handles direction itself.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => {
      const text = ctx.message?.text ?? ctx.editedMessage?.text ?? ctx.inlineQuery?.query;
      return localeFor(text, ctx.from?.language_code);
    },
  });
}
