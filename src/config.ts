/**
 * One typed, validated configuration from the environment (.env read by dotenv).
 * Errors name the key and what is wrong, never the secret's value.
 */
import path from 'node:path';

export interface Config {
  botToken?: string;
  adminIds: number[];
  embeddingModel: string;
  modelsDir?: string;
  modelCacheDir?: string;
  indexDir: string;
  seedsDir: string;
  dictDir: string;
  dataDir: string;
  telegramApiRoot: string;
  webhookUrl?: string;
  webhookSecret?: string;
  port: number;
  resultsPerPage: number;
  maxUploadBytes: number;
  /** 'hnsw' (default): embedded files in indexDir; 'pgvector': Postgres at databaseUrl (src/store/). */
  vectorStore: 'hnsw' | 'pgvector';
  /** postgres://… (a server) or pglite:///abs/dir (in-process PGlite); required for pgvector. */
  databaseUrl?: string;
  /** 'auto': translation model when it loads, else the word-by-word gloss; 'gloss': the gloss only (src/translate/). */
  translator: 'auto' | 'gloss';
  translationModelArEn: string;
  translationModelEnAr: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const TOKEN = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;

function positiveInt(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${key} must be a positive whole number (got "${raw}")`);
  return n;
}

export function parseAdminIds(raw: string | undefined): number[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    if (!/^\d{1,15}$/.test(s)) throw new ConfigError(`ADMIN_IDS must be comma-separated numeric Telegram user ids (bad entry "${s.slice(0, 20)}")`);
    return Number(s);
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { requireToken?: boolean } = {}): Config {
  const token = env.BOT_TOKEN?.trim() || undefined;
  if (opts.requireToken && !token) throw new ConfigError('BOT_TOKEN is missing: set it in .env (ask @BotFather for one)');
  if (token && !TOKEN.test(token)) throw new ConfigError('BOT_TOKEN is malformed: expected "<digits>:<35 characters>" as given by @BotFather');
  const webhookUrl = env.WEBHOOK_URL?.trim() || undefined;
  if (webhookUrl && !/^https?:\/\//.test(webhookUrl)) throw new ConfigError('WEBHOOK_URL must start with https://');
  const webhookSecret = env.WEBHOOK_SECRET?.trim() || undefined;
  if (webhookSecret && !/^[A-Za-z0-9_-]{1,256}$/.test(webhookSecret)) throw new ConfigError('WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1–256 characters)');
  // Without the secret anyone who finds the URL could post forged updates as if from Telegram.
  if (webhookUrl && !webhookSecret) throw new ConfigError('WEBHOOK_URL needs WEBHOOK_SECRET (A-Z, a-z, 0-9, _ and -), so forged webhook calls can be refused');
  const vectorStore = (env.VECTOR_STORE?.trim() || 'hnsw').toLowerCase();
  if (vectorStore !== 'hnsw' && vectorStore !== 'pgvector') throw new ConfigError(`VECTOR_STORE must be hnsw or pgvector (got "${vectorStore.slice(0, 20)}")`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (vectorStore === 'pgvector') {
    if (!databaseUrl) throw new ConfigError('VECTOR_STORE=pgvector needs DATABASE_URL (postgres://user:password@host/db, or pglite:///abs/path/dir)');
    if (!/^(postgres(ql)?:\/\/.+|pglite:\/\/\/.+)$/i.test(databaseUrl)) {
      throw new ConfigError('DATABASE_URL must be postgres://user:password@host:5432/db or pglite:///absolute/path/to/dir');
    }
  }
  const translator = (env.TRANSLATOR?.trim() || 'auto').toLowerCase();
  if (translator !== 'auto' && translator !== 'gloss') throw new ConfigError(`TRANSLATOR must be auto or gloss (got "${translator.slice(0, 20)}")`);
  const apiRoot = env.TELEGRAM_API_ROOT?.trim() || 'https://api.telegram.org';
  if (!/^https?:\/\/[^/]+/.test(apiRoot)) throw new ConfigError('TELEGRAM_API_ROOT must be an http(s) URL');
  return {
    botToken: token,
    adminIds: parseAdminIds(env.ADMIN_IDS),
    embeddingModel: env.EMBEDDING_MODEL?.trim() || 'Xenova/multilingual-e5-small',
    modelsDir: env.MODELS_DIR?.trim() ? path.resolve(env.MODELS_DIR.trim()) : undefined,
    modelCacheDir: env.MODEL_CACHE_DIR?.trim() ? path.resolve(env.MODEL_CACHE_DIR.trim()) : undefined,
    indexDir: path.resolve(env.INDEX_DIR?.trim() || 'embeddings'),
    seedsDir: path.resolve(env.SEEDS_DIR?.trim() || 'seeds'),
    dictDir: env.DICT_DIR?.trim() || '/usr/share/dictd',
    dataDir: path.resolve(env.DATA_DIR?.trim() || 'data'),
    telegramApiRoot: apiRoot.replace(/\/+$/, ''),
    webhookUrl,
    webhookSecret,
    port: positiveInt(env, 'PORT', 8080),
    resultsPerPage: positiveInt(env, 'RESULTS_PER_PAGE', 3),
    maxUploadBytes: positiveInt(env, 'MAX_UPLOAD_BYTES', 1_000_000),
    vectorStore,
    databaseUrl,
    translator,
    translationModelArEn: env.TRANSLATION_MODEL_AR_EN?.trim() || 'Xenova/opus-mt-ar-en',
    translationModelEnAr: env.TRANSLATION_MODEL_EN_AR?.trim() || 'Xenova/opus-mt-en-ar',
  };
}

/** Removes a bot token from any text (error messages may echo request URLs that contain it). */
export function redactToken(text: string, token?: string): string {
  let out = text.replace(/bot\d{5,}:[A-Za-z0-9_-]{30,}/g, 'bot<redacted>');
  if (token) out = out.split(token).join('<redacted>');
  return out;
}
