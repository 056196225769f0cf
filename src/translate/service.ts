/**
 * What the CLI and the bot call: the instant gloss, and the best translation available (the model
 * when one is configured and loads, cached; otherwise the gloss). Composition of src/translate/.
 */
import path from 'node:path';
import { lexiconOptions, sharedLexicon } from '../search/lexicon-cache.js';
import type { DictionaryView } from '../search/lexicon.js';
import { CachedTranslator } from './cache.js';
import { loadGlossTranslator, type GlossTranslator } from './gloss.js';
import { ModelTranslator } from './model.js';
import type { TextLang, Translation, TranslationRequest } from './types.js';

export interface TranslationConfig {
  /** 'auto': the model when it loads, else the gloss; 'gloss': never load a model */
  translator: 'auto' | 'gloss';
  translationModelArEn: string;
  translationModelEnAr: string;
  modelsDir?: string;
  modelCacheDir?: string;
  dataDir: string;
  dictDir?: string;
}

export class TranslationService {
  /** why the model is not used (set after a failed load), for a notice */
  modelProblem: string | null = null;

  constructor(
    readonly gloss: GlossTranslator,
    private readonly model: (CachedTranslator & { loadModel(from: TextLang, to: TextLang): Promise<boolean> }) | null,
  ) {}

  /** Whether a model may still give a better text than the gloss (configured and not known to fail). */
  get modelEnabled(): boolean {
    return this.model !== null && this.modelProblem === null;
  }

  /** The gloss, at once. */
  glossNow(texts: string[], from: TextLang, to: TextLang, hint?: string): Translation[] {
    return texts.map((t) => ({ text: this.gloss.glossOne(t, from, to, hint), method: 'gloss' as const }));
  }

  /** The model's translation (cached) when it is available, else the gloss. Never throws for a missing model. */
  async best(req: TranslationRequest): Promise<Translation[]> {
    if (this.model && this.modelProblem === null && req.from !== req.to) {
      try {
        if (await this.model.loadModel(req.from, req.to)) return await this.model.translate(req);
      } catch (e) {
        this.modelProblem = (e as Error).message;
      }
    }
    return this.glossNow(req.texts, req.from, req.to, req.hint);
  }
}

export async function openTranslation(config: TranslationConfig, dict?: DictionaryView | null): Promise<TranslationService> {
  // FreeDict from the search's lexicon load (one per process, cached in DATA_DIR/cache): held once, not copied.
  const dictionary = dict !== undefined ? dict : await sharedLexicon(lexiconOptions(config)).then((l) => (l.dictionary ? l.dictionaryView() : null), () => null);
  const gloss = await loadGlossTranslator({ dict: dictionary });
  if (config.translator === 'gloss') return new TranslationService(gloss, null);
  const model = new ModelTranslator({
    models: { 'ar-en': config.translationModelArEn, 'en-ar': config.translationModelEnAr },
    modelsDir: config.modelsDir,
    cacheDir: config.modelCacheDir,
  });
  const cached = Object.assign(new CachedTranslator(model, path.join(config.dataDir, 'translations.jsonl')), {
    loadModel: async (from: TextLang, to: TextLang) => {
      const load = await model.load(from, to);
      if (!load.ok) throw new Error(load.reason);
      return true;
    },
  });
  return new TranslationService(gloss, cached);
}
