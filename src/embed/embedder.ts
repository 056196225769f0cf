/**
 * Sentence embeddings with transformers.js (ONNX, CPU).
 *
 * Two ways to get a model:
 *  - `modelsDir` set (env MODELS_DIR): fully offline. The model name resolves to
 *    the sub-folder `<modelsDir>/<model>/` (config.json, tokenizer.json,
 *    tokenizer_config.json, onnx/model_quantized.onnx). Nothing is downloaded.
 *  - otherwise: the Hugging Face hub, with transformers' file cache
 *    (`cacheDir` when given, else transformers' default cache). A model that is
 *    already cached loads without network.
 *
 * `loadEmbedder` never throws and never hangs: any failure (no network, model
 * not found, corrupt ONNX, stalled download) comes back as `{ ok: false, reason }`
 * with a sentence a user can act on.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Embedder {
  /** e.g. "Xenova/multilingual-e5-small" or "tiny-char-bert". */
  modelId: string;
  dim: number;
  /**
   * True only for a real multilingual sentence model; a tiny/char test model is
   * false, so search never fuses its vectors. Rule: see {@link isLanguageModelConfig}.
   */
  isLanguageModel: boolean;
  /** Embeds search queries (adds "query: " for e5-family models). Normalized, mean pooled. */
  embedQueries(texts: string[]): Promise<Float32Array[]>;
  /**
   * Embeds passages (adds "passage: " for e5-family models), in batches, mean
   * pooled and L2-normalized. `onProgress(done, total)` is called after every
   * batch; an exception thrown by it aborts the call (used for cancellation).
   */
  embedPassages(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]>;
}

export interface EmbedderOptions {
  /** Model id (hub name, or sub-folder of modelsDir). Default {@link DEFAULT_EMBEDDING_MODEL}. */
  model: string;
  /** Offline model folder (env MODELS_DIR). When set, the hub is never contacted. */
  modelsDir?: string;
  /** Hub download cache. Default: transformers' own cache dir. */
  cacheDir?: string;
  /**
   * Give up when loading makes no progress for this long (ms). Download
   * progress events reset the clock, so a slow but moving download of a big
   * model is not cut off. Default 60 000.
   */
  loadTimeoutMs?: number;
  /** Texts per forward pass. Default 16. */
  batchSize?: number;
  /** Use onnx/model_quantized.onnx (default true) or onnx/model.onnx. */
  quantized?: boolean;
  /** Download/load progress from transformers (file name, bytes loaded/total when known). */
  onLoadProgress?: (info: { status: string; file?: string; loaded?: number; total?: number }) => void;
}

export type EmbedderLoad = { ok: true; embedder: Embedder } | { ok: false; reason: string };

export const DEFAULT_EMBEDDING_MODEL = 'Xenova/multilingual-e5-small';
export const DEFAULT_LOAD_TIMEOUT_MS = 60_000;
export const DEFAULT_BATCH_SIZE = 16;

/* ------------------------------------------------------------------------- */
/* Prefix rule (e5 family)                                                    */
/* ------------------------------------------------------------------------- */

export type TextKind = 'query' | 'passage';

/** Task description used for e5 "instruct" models (queries only, per the model card). */
export const E5_INSTRUCT_TASK = 'Given a question about news coverage, retrieve paragraphs that answer it';

/**
 * True for the e5 family: the last path segment of the model id contains the
 * token "e5" delimited by start/end, "-" or "_" (intfloat/e5-small-v2,
 * Xenova/multilingual-e5-small, intfloat/multilingual-e5-large-instruct, ...).
 */
export function isE5Model(modelId: string): boolean {
  const base = (modelId.split('/').pop() ?? modelId).toLowerCase();
  return /(^|[-_])e5([-_]|$)/.test(base);
}

/**
 * The prefix a model expects in front of a text of the given kind:
 *  - e5 (non-instruct): "query: " / "passage: "
 *  - e5 "-instruct": queries get "Instruct: <task>\nQuery: ", passages nothing
 *  - any other model: nothing.
 */
export function prefixFor(modelId: string, kind: TextKind): string {
  if (!isE5Model(modelId)) return '';
  const base = (modelId.split('/').pop() ?? modelId).toLowerCase();
  if (base.includes('instruct')) {
    return kind === 'query' ? `Instruct: ${E5_INSTRUCT_TASK}\nQuery: ` : '';
  }
  return kind === 'query' ? 'query: ' : 'passage: ';
}

/** Applies {@link prefixFor}; a text that already starts with the prefix is left alone. */
export function applyPrefix(modelId: string, kind: TextKind, text: string): string {
  const prefix = prefixFor(modelId, kind);
  if (!prefix) return text;
  if (text.toLowerCase().startsWith(prefix.toLowerCase())) return text;
  return prefix + text;
}

/* ------------------------------------------------------------------------- */
/* isLanguageModel rule                                                       */
/* ------------------------------------------------------------------------- */

export const LANGUAGE_MODEL_MIN_VOCAB = 1000;
export const LANGUAGE_MODEL_MIN_HIDDEN = 128;

/**
 * Decides from the model config whether vectors carry meaning worth fusing
 * into search: `vocab_size >= 1000 && hidden size >= 128`, where the hidden
 * size is `hidden_size ?? d_model ?? dim` from config.json, or else the output
 * dimension actually measured. A missing vocab_size counts as 0 (not a
 * language model). Real sentence encoders (e5-small: 250 037 × 384, MiniLM:
 * 30 522 × 384) pass; the character-level test model (178 × 32) does not.
 */
export function isLanguageModelConfig(config: Record<string, unknown> | undefined, measuredDim?: number): boolean {
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const vocab = num(config?.['vocab_size']) ?? 0;
  const hidden = num(config?.['hidden_size']) ?? num(config?.['d_model']) ?? num(config?.['dim']) ?? measuredDim ?? 0;
  return vocab >= LANGUAGE_MODEL_MIN_VOCAB && hidden >= LANGUAGE_MODEL_MIN_HIDDEN;
}

/* ------------------------------------------------------------------------- */
/* Loading                                                                    */
/* ------------------------------------------------------------------------- */

interface OutputTensor {
  dims: number[];
  data: ArrayLike<number>;
}
type Extractor = ((texts: string[], opts: { pooling: 'mean'; normalize: boolean }) => Promise<OutputTensor>) & {
  model?: { config?: Record<string, unknown> };
};

export type TransformersModule = typeof import('@xenova/transformers');

/** transformers' `env` is process-global: loads are serialized so their settings never mix. */
let loadChain: Promise<unknown> = Promise.resolve();
let envDefaults: { localModelPath: string; cacheDir: string; allowLocalModels: boolean } | null = null;

/** Messages transformers/onnxruntime print during a load that are noise for our users. */
const NOISE = [
  /^Unable to load from local path/,
  /^Failed to load model/,
  /Something went wrong during model construction/,
  /^Model type for .* not found/,
  /^Unknown model class/,
  /^Unknown tokenizer class/,
  /^Unable to determine content-length/,
  /^An error occurred while writing the file to cache/,
  /onnxruntime/i,
];

/**
 * Filters known transformers/onnxruntime noise out of console.warn/log (other
 * messages pass through) and keeps it in `captured` for error reasons.
 * Returns the function that restores the console.
 */
export function quietConsole(captured: string[]): () => void {
  const origWarn = console.warn;
  const origLog = console.log;
  const filter =
    (orig: (...a: unknown[]) => void) =>
    (...args: unknown[]) => {
      const first = args[0];
      const text = typeof first === 'string' ? first : first instanceof Error ? first.message : '';
      if (text && NOISE.some((re) => re.test(text))) {
        captured.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
        return;
      }
      orig.apply(console, args);
    };
  console.warn = filter(origWarn);
  console.log = filter(origLog);
  return () => {
    console.warn = origWarn;
    console.log = origLog;
  };
}

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
]);

function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

export function isNetworkError(err: unknown): boolean {
  const code = errorCode(err);
  if (code && NETWORK_CODES.has(code)) return true;
  const msg = errorMessage(err);
  return /fetch failed|network|getaddrinfo|socket hang up/i.test(msg);
}

class LoadTimeout extends Error {}

/**
 * Loads a feature-extraction model and wraps it as an {@link Embedder}.
 * Never throws; see the module comment for the two loading modes.
 */
export async function loadEmbedder(opts: EmbedderOptions): Promise<EmbedderLoad> {
  return serializedLoad(() => loadEmbedderUnlocked(opts)).catch((err: unknown): EmbedderLoad => ({
    ok: false,
    reason: `could not load model "${opts?.model ?? DEFAULT_EMBEDDING_MODEL}": ${errorMessage(err)}`,
  }));
}

/** Runs model loads one at a time (transformers' `env` is process-global); other model kinds (the translator) share it. */
export function serializedLoad<T>(load: () => Promise<T>): Promise<T> {
  const run = loadChain.then(load);
  loadChain = run.catch(() => undefined);
  return run;
}

/**
 * Points transformers at the model source every model of the product uses: with `modelsDir`
 * (MODELS_DIR) the local folder only, remote loading off; otherwise the hub, cached in `cacheDir`
 * (MODEL_CACHE_DIR) or transformers' own cache. Call inside {@link serializedLoad}.
 */
export function useModelSource(tf: TransformersModule, modelsDir: string | undefined, cacheDir: string | undefined): void {
  const env = tf.env;
  if (!envDefaults) {
    envDefaults = {
      localModelPath: String(env.localModelPath),
      cacheDir: String(env.cacheDir),
      allowLocalModels: env.allowLocalModels,
    };
  }
  if (modelsDir) {
    const dir = path.resolve(modelsDir);
    env.localModelPath = dir.endsWith(path.sep) ? dir : dir + path.sep;
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
  } else {
    env.localModelPath = envDefaults.localModelPath;
    env.allowLocalModels = envDefaults.allowLocalModels;
    env.allowRemoteModels = true;
  }
  env.cacheDir = cacheDir ? path.resolve(cacheDir) : envDefaults.cacheDir;
}

async function loadEmbedderUnlocked(opts: EmbedderOptions): Promise<EmbedderLoad> {
  const model = (opts.model || DEFAULT_EMBEDDING_MODEL).trim();
  const timeoutMs = opts.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const quantized = opts.quantized ?? true;
  const fail = (why: string): EmbedderLoad => ({ ok: false, reason: `could not load model "${model}": ${why}` });

  // Offline mode: check the folder ourselves first for a precise message.
  let modelsDir: string | undefined;
  if (opts.modelsDir) {
    modelsDir = path.resolve(opts.modelsDir);
    const modelDir = path.join(modelsDir, model);
    const onnxFile = path.join('onnx', quantized ? 'model_quantized.onnx' : 'model.onnx');
    const missing = ['config.json', 'tokenizer.json', onnxFile].filter((f) => !fs.existsSync(path.join(modelDir, f)));
    if (!fs.existsSync(modelDir)) {
      return fail(
        `it is not in MODELS_DIR (${modelDir} does not exist). Put the model files there ` +
          `(config.json, tokenizer.json, tokenizer_config.json, ${onnxFile}) or unset MODELS_DIR to download it from the Hugging Face hub.`,
      );
    }
    if (missing.length > 0) {
      return fail(`${modelDir} is incomplete (missing ${missing.join(', ')}). Copy the complete model folder into MODELS_DIR.`);
    }
  }

  let tf: TransformersModule;
  try {
    tf = await import('@xenova/transformers');
  } catch (err) {
    return fail(`the transformers library failed to load (${errorMessage(err)}). Reinstall dependencies with \`npm ci\`.`);
  }

  useModelSource(tf, modelsDir, opts.cacheDir);
  const env = tf.env;
  const cacheDir = String(env.cacheDir);

  const captured: string[] = [];
  let restoreConsole: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let rejectTimeout: ((e: Error) => void) | undefined;
  let settled = false;
  const arm = () => {
    if (settled) return; // late progress events of an abandoned load must not start new timers
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => rejectTimeout?.(new LoadTimeout()), timeoutMs);
  };
  const timeout = new Promise<never>((_, reject) => {
    rejectTimeout = reject;
  });

  let extractor: Extractor;
  let dim: number;
  try {
    arm();
    restoreConsole = quietConsole(captured);
    const load = (async () => {
      const p = (await tf.pipeline('feature-extraction', model, {
        quantized,
        progress_callback: (info: { status?: string; file?: string; loaded?: number; total?: number }) => {
          arm();
          try {
            opts.onLoadProgress?.({ status: String(info?.status ?? ''), file: info?.file, loaded: info?.loaded, total: info?.total });
          } catch {
            /* a faulty observer must not break loading */
          }
        },
      })) as unknown as Extractor;
      arm();
      const probe = await p(['probe'], { pooling: 'mean', normalize: true });
      return { p, probe };
    })();
    load.catch(() => undefined); // if the timeout wins, a late rejection must not go unhandled
    const { p, probe } = await Promise.race([load, timeout]);
    extractor = p;
    const d = probe.dims[probe.dims.length - 1];
    if (probe.dims.length !== 2 || typeof d !== 'number' || d <= 0) {
      return fail(`it is not a sentence-embedding model (feature-extraction output has shape [${probe.dims.join(', ')}]).`);
    }
    dim = d;
  } catch (err) {
    if (err instanceof LoadTimeout) {
      return fail(
        `loading made no progress for ${Math.round(timeoutMs / 1000)} s (network too slow or unreachable?). ` +
          (modelsDir ? `Check the files under ${path.join(modelsDir, model)}.` : `Set MODELS_DIR to a folder containing ${model}/ to work offline.`),
      );
    }
    const msg = errorMessage(err);
    if (!modelsDir && isNetworkError(err)) {
      const code = errorCode(err);
      return fail(
        `no network (could not reach huggingface.co${code ? `: ${code}` : ''}) and no MODELS_DIR; ` +
          `the model is not in the download cache (${cacheDir}) either. Connect once so it can be downloaded, ` +
          `or set MODELS_DIR to a folder containing ${model}/.`,
      );
    }
    if (!modelsDir && /Could not locate file|status code 40[134]|Unauthorized|Not Found/i.test(msg)) {
      return fail(`the Hugging Face hub has no such model or file (${msg}). Check EMBEDDING_MODEL.`);
    }
    const details = [
      ...new Set(captured.filter((c) => !/Something went wrong during model construction/.test(c)).map((c) => c.replace(/\.\s*$/, ''))),
    ];
    const extra = details.length > 0 ? ` (${details.slice(0, 2).join('; ')})` : '';
    const hint = /session|protobuf|onnx/i.test(msg + extra) ? ' The ONNX file may be corrupt or incomplete; replace the model files.' : '';
    return fail(`${msg}${extra}.${hint}`);
  } finally {
    settled = true;
    if (timer) clearTimeout(timer);
    restoreConsole?.();
  }

  const config = extractor.model?.config;
  const isLanguageModel = isLanguageModelConfig(config, dim);
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE));

  /**
   * Texts are processed in order of length so each batch pads to a similar
   * length (much faster on real paragraphs); results come back in input order.
   * The order depends only on the input, so the same call is reproducible.
   */
  async function embed(
    kind: TextKind,
    texts: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<Float32Array[]> {
    const out: Float32Array[] = new Array<Float32Array>(texts.length);
    const order = texts.map((_, i) => i).sort((x, y) => (texts[x]?.length ?? 0) - (texts[y]?.length ?? 0) || x - y);
    let done = 0;
    for (let start = 0; start < order.length; start += batchSize) {
      const idx = order.slice(start, start + batchSize);
      const batch = idx.map((i) => applyPrefix(model, kind, texts[i] ?? ''));
      const tensor = await extractor(batch, { pooling: 'mean', normalize: true });
      const data = tensor.data;
      if (tensor.dims[0] !== batch.length || tensor.dims[1] !== dim) {
        throw new Error(`embedding model ${model} returned shape [${tensor.dims.join(', ')}], expected [${batch.length}, ${dim}]`);
      }
      for (let j = 0; j < idx.length; j++) {
        const row =
          data instanceof Float32Array
            ? data.slice(j * dim, (j + 1) * dim)
            : Float32Array.from(Array.prototype.slice.call(data, j * dim, (j + 1) * dim) as number[]);
        out[idx[j]!] = row;
      }
      done += idx.length;
      onProgress?.(done, texts.length);
    }
    return out;
  }

  const embedder: Embedder = {
    modelId: model,
    dim,
    isLanguageModel,
    embedQueries: (texts) => embed('query', texts),
    embedPassages: (texts, onProgress) => embed('passage', texts, onProgress),
  };
  return { ok: true, embedder };
}
