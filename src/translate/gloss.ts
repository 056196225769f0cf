/** The offline translator: always there, instant, and labelled a word-by-word gloss. */
import { loadLexicon } from '../search/lexicon-cache.js';
import type { DictionaryView } from '../search/lexicon.js';
import { GLOSSARY_DIR } from '../text/glossary.js';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlossLexicon, type GlossLexicon } from './gloss-lexicon.js';
import { glossArabic } from './gloss-ar.js';
import { glossEnglish } from './gloss-en.js';
import type { Translation, TranslationRequest, Translator } from './types.js';

const NAMES_FILE = fileURLToPath(new URL('./names.tsv', import.meta.url));

export class GlossTranslator implements Translator {
  readonly method = 'gloss' as const;
  constructor(private readonly lex: GlossLexicon) {}

  /** Synchronous core, for callers that must not wait (the bot's first message). */
  glossOne(text: string, from: 'ar' | 'en', to: 'ar' | 'en', hint = ''): string {
    if (from === to) return text;
    return from === 'ar' ? glossArabic(text, this.lex, hint) : glossEnglish(text, this.lex);
  }

  async translate(req: TranslationRequest): Promise<Translation[]> {
    return req.texts.map((t) => ({ text: this.glossOne(t, req.from, req.to, req.hint), method: this.method }));
  }
}

/** Glossary files in the search's order (news, core, others), then the given names. */
export async function glossaryTexts(dir = GLOSSARY_DIR): Promise<string[]> {
  const order = ['news.tsv', 'core.tsv'];
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.tsv'));
  names.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const texts = await Promise.all(names.map((n) => readFile(path.join(dir, n), 'utf8')));
  return [...texts, await readFile(NAMES_FILE, 'utf8')];
}

/**
 * The gloss from the product's glossaries and, when installed, FreeDict: pass `dict` (the search
 * lexicon's dictionaryView, or null for none) to share the tables already loaded.
 */
export async function loadGlossTranslator(opts: { dictDir?: string; dict?: DictionaryView | null } = {}): Promise<GlossTranslator> {
  const dict = opts.dict !== undefined ? opts.dict : await loadLexicon({ dictDir: opts.dictDir }).then((l) => (l.dictionary ? l.dictionaryView() : null), () => null);
  return new GlossTranslator(buildGlossLexicon(await glossaryTexts(), dict));
}
