/** The translator contract shared by the CLI and the bot: texts, from, to → text and how it was made. */

export type TextLang = 'ar' | 'en';

/** `model`: a neural translation model; `gloss`: the offline word-by-word rendering. */
export type TranslationMethod = 'model' | 'gloss';

/** What a reader is told, so no one mistakes a gloss for a translation. */
export const METHOD_LABEL: Record<TranslationMethod, { en: string; ar: string }> = {
  model: { en: 'machine translation', ar: 'ترجمة آلية' },
  gloss: { en: 'word-by-word gloss', ar: 'ترجمة حرفية كلمة بكلمة' },
};

export interface TranslationRequest {
  texts: string[];
  from: TextLang;
  to: TextLang;
  /** The question the texts answer: its words steer the choice of senses (optional). */
  hint?: string;
}

export interface Translation {
  text: string;
  method: TranslationMethod;
}

export interface Translator {
  readonly method: TranslationMethod;
  /** One translation per input text, in order. */
  translate(req: TranslationRequest): Promise<Translation[]>;
}
