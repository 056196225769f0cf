/**
 * For the declining tests' guard questions: the seeds indexed once per test file (lexical; the tiny test model
 * is indexed but never ranks), searched with the real dictionaries — the questions are written from the seeds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSearch } from '../src/search/open.js';
import { cliConfig } from '../src/cli/env.js';
import type { SearchResult } from '../src/search/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');

export async function seedsSearch(): Promise<{ ask(q: string): Promise<SearchResult>; close(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'seeds-guard-'));
  const env = { ...process.env, MODELS_DIR: path.join(ROOT, 'test/fixtures/models'), EMBEDDING_MODEL: 'tiny-char-bert', VECTOR_STORE: '', DATABASE_URL: '' };
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', '--seeds', path.join(ROOT, '../shared/seeds'), '--index', dir], { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`indexing the seeds failed: ${r.stderr}`);
  Object.assign(process.env, { MODELS_DIR: env.MODELS_DIR, EMBEDDING_MODEL: env.EMBEDDING_MODEL });
  const { engine } = await openSearch(cliConfig({ indexDir: dir }));
  return { ask: (q) => engine.search(q, { k: 5 }), close: () => rmSync(dir, { recursive: true, force: true }) };
}

/** "art#n" of a hit, as the README cites paragraphs (004#7) */
export const cite = (r: SearchResult, i = 0) => (r.hits[i] ? `${r.hits[i]!.paragraph.articleId.slice(0, 3)}#${r.hits[i]!.paragraph.n}` : '');
