/**
 * The model translator: transformers.js's `translation` pipeline with Marian (opus-mt) models,
 * one per direction, loaded lazily on first use from the same source as the embedding model
 * (MODELS_DIR offline, else the hub with its cache). Texts are translated in batches; a load
 * failure is remembered with a reason a person can act on, and never thrown at a reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage, isNetworkError, quietConsole, serializedLoad, useModelSource } from '../embed/embedder.js';
import type { TextLang, Translation, TranslationRequest, Translator } from './types.js';

export const DEFAULT_TRANSLATION_MODELS = { 'ar-en': 'Xenova/opus-mt-ar-en', 'en-ar': 'Xenova/opus-mt-en-ar' } as const;

export type Direction = 'ar-en' | 'en-ar';

export interface ModelTranslatorOptions {
  models: Record<Direction, string>;
  modelsDir?: string;
  cacheDir?: string;
  /** texts per generate call; default 8 */
  batchSize?: number;
  /** longest output in tokens; default 512 */
  maxNewTokens?: number;
}

type Pipe = (texts: string[], opts?: Record<string, unknown>) => Promise<Array<{ translation_text: string }> | { translation_text: string }>;

export type ModelLoad = { ok: true; pipe: Pipe } | { ok: false; reason: string };

const MODEL_FILES = ['config.json', 'tokenizer.json', 'onnx/encoder_model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx'];

export class ModelTranslator implements Translator {
  readonly method = 'model' as const;
  private readonly loads = new Map<Direction, Promise<ModelLoad>>();

  constructor(private readonly opts: ModelTranslatorOptions) {}

  modelFor(from: TextLang, to: TextLang): string {
    return this.opts.models[`${from}-${to}` as Direction];
  }

  /** Loads the direction's model once; later calls share the result (success or the reason it failed). */
  load(from: TextLang, to: TextLang): Promise<ModelLoad> {
    const dir = `${from}-${to}` as Direction;
    let p = this.loads.get(dir);
    if (!p) {
      p = serializedLoad(() => loadPipe(this.opts.models[dir], this.opts)).catch((e: unknown) => ({ ok: false as const, reason: errorMessage(e) }));
      this.loads.set(dir, p);
    }
    return p;
  }

  async translate(req: TranslationRequest): Promise<Translation[]> {
    if (req.from === req.to) return req.texts.map((text) => ({ text, method: this.method }));
    const load = await this.load(req.from, req.to);
    if (!load.ok) throw new Error(load.reason);
    const size = Math.max(1, this.opts.batchSize ?? 8);
    const out: Translation[] = [];
    for (let i = 0; i < req.texts.length; i += size) {
      const batch = req.texts.slice(i, i + size);
      const res = await load.pipe(batch, { max_new_tokens: this.opts.maxNewTokens ?? 512 });
      const list = Array.isArray(res) ? res : [res];
      if (list.length !== batch.length) throw new Error(`translation model returned ${list.length} texts for ${batch.length}`);
      for (const r of list) out.push({ text: String(r.translation_text ?? '').trim(), method: this.method });
    }
    return out;
  }
}

async function loadPipe(model: string, opts: ModelTranslatorOptions): Promise<ModelLoad> {
  const fail = (why: string): ModelLoad => ({ ok: false, reason: `could not load translation model "${model}": ${why}` });
  if (opts.modelsDir) {
    const dir = path.join(path.resolve(opts.modelsDir), model);
    const missing = MODEL_FILES.filter((f) => !fs.existsSync(path.join(dir, f)));
    if (missing.length) return fail(`${dir} is missing ${missing.join(', ')} (MODELS_DIR is set, so nothing is downloaded)`);
  }
  const tf = await import('@xenova/transformers');
  useModelSource(tf, opts.modelsDir, opts.cacheDir);
  const captured: string[] = [];
  const restore = quietConsole(captured);
  const warn = console.warn;
  // The Marian tokenizer warns on every load that it is not a "fast" tokenizer: noise for our users.
  console.warn = (...a: unknown[]) => { if (!/MarianTokenizer/.test(String(a[0]))) warn(...a); };
  try {
    const pipe = (await tf.pipeline('translation', model, { quantized: true })) as unknown as Pipe;
    return { ok: true, pipe };
  } catch (e) {
    if (!opts.modelsDir && isNetworkError(e)) return fail('no network and not in the download cache; set MODELS_DIR to a folder that holds it');
    return fail(errorMessage(e));
  } finally {
    console.warn = warn;
    restore();
  }
}
