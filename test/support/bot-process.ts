/**
 * Starts the product as a user would (`npm start` runs src/main.ts) against the Bot API stand-in,
 * with its own seeds/ and index folder. A folder may be kept between runs, so a killed or stopped
 * bot can be restarted on the same seeds/ and index.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BotApiStub } from './bot-api-stub.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const TOKEN = '123456:' + 'A'.repeat(35);
export const ADMIN_ID = 777001;

/** The dictionary takes ~5 s to load; tests that need no cross-lingual search point here and start in ~2 s. */
export const NO_DICT = '/nonexistent-reliability-dict';

export interface ReliableBot {
  stub: BotApiStub;
  child: ChildProcess;
  dir: string;
  seeds: string;
  indexDir: string;
  dataDir: string;
  logs(): string;
  exited: Promise<number | null>;
  /** Stops the process (SIGTERM) and the stand-in; removes the folder unless keep. */
  stop(opts?: { keep?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Use this folder (a restart keeps its seeds/ and index); otherwise a fresh temporary one. seeds/ is copied when missing. */
  dir?: string;
  env?: Record<string, string>;
  extraSeeds?: Record<string, string>;
  /** Defaults to <dir>/embeddings. */
  indexDir?: string;
  /** Load the FreeDict dictionaries (slower start); default off. */
  dictionary?: boolean;
  /** Point the bot at this API root instead of the stand-in's (e.g. a fault-injecting proxy in front of it). */
  apiRoot?: (stub: BotApiStub) => Promise<string> | string;
  /** Wait for the first getUpdates (default) — false to return as soon as the process is spawned. */
  waitReady?: boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<ReliableBot> {
  const dir = opts.dir ?? (await mkdtemp(path.join(tmpdir(), 'newsbot-rel-')));
  const seeds = path.join(dir, 'seeds');
  if (!(await lstat(seeds).catch(() => undefined))) await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  for (const [name, text] of Object.entries(opts.extraSeeds ?? {})) await writeFile(path.join(seeds, name), text);
  const indexDir = opts.indexDir ?? path.join(dir, 'embeddings');
  const dataDir = path.join(dir, 'data');
  await mkdir(dataDir, { recursive: true });
  const stub = new BotApiStub({ token: TOKEN });
  await stub.start();
  const apiRoot = opts.apiRoot ? await opts.apiRoot(stub) : stub.apiRoot;
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      SEEDS_DIR: seeds,
      INDEX_DIR: indexDir,
      DATA_DIR: dataDir,
      MODELS_DIR: path.join(ROOT, 'test/fixtures/models'),
      EMBEDDING_MODEL: 'tiny-char-bert',
      ADMIN_IDS: String(ADMIN_ID),
      ...(opts.dictionary ? {} : { DICT_DIR: NO_DICT }),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  if (opts.waitReady !== false) {
    await Promise.race([
      stub.waitFor((r) => r.method === 'getUpdates', 90_000),
      exited.then((code) => { throw new Error(`bot exited early (${code}):\n${out}`); }),
    ]);
  }
  return {
    stub, child, dir, seeds, indexDir, dataDir, exited,
    logs: () => out,
    async stop({ keep = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) { child.kill('SIGTERM'); await exited; }
      await stub.stop();
      if (!keep) await rm(dir, { recursive: true, force: true });
    },
  };
}


export type BotUnderTest = ReliableBot;

/** The bot with the FreeDict dictionaries loaded, on a fresh temporary folder. */
export function startBotProcess(opts: Omit<LaunchOptions, 'dictionary'> = {}): Promise<BotUnderTest> {
  return launch({ ...opts, dictionary: true });
}
