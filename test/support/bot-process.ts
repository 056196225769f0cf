/** Starts the product as a user would (`npm start` → src/main.ts) against the Bot API stand-in, with its own seeds and index. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BotApiStub } from './bot-api-stub.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const TOKEN = '123456:' + 'A'.repeat(35);
export const ADMIN_ID = 777001;

export interface BotUnderTest {
  stub: BotApiStub;
  child: ChildProcess;
  dir: string;
  seeds: string;
  logs: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function startBotProcess(opts: { env?: Record<string, string>; extraSeeds?: Record<string, string> } = {}): Promise<BotUnderTest> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsbot-e2e-'));
  const seeds = path.join(dir, 'seeds');
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  for (const [name, text] of Object.entries(opts.extraSeeds ?? {})) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(seeds, name), text);
  }
  const stub = new BotApiStub({ token: TOKEN });
  await stub.start();
  let out = '';
  // Spawned the way `npm start` runs it, without npm's own process in between (signals go straight to the bot).
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: stub.apiRoot,
      SEEDS_DIR: seeds,
      INDEX_DIR: path.join(dir, 'embeddings'),
      DATA_DIR: path.join(dir, 'data'),
      MODELS_DIR: path.join(ROOT, 'test/fixtures/models'),
      EMBEDDING_MODEL: 'tiny-char-bert',
      ADMIN_IDS: String(ADMIN_ID),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await Promise.race([
    stub.waitFor((r) => r.method === 'getUpdates', 60_000),
    exited.then((code) => { throw new Error(`bot exited early (${code}):\n${out}`); }),
  ]);
  return {
    stub, child, dir, seeds, exited,
    logs: () => out,
    async stop() {
      if (child.exitCode === null) { child.kill('SIGTERM'); await exited; }
      await stub.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
