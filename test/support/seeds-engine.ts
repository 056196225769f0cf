/**
 * The shared seeds searched with the real dictionaries, for tests that check new questions written from the
 * articles: one engine per test file, and each question's first hit as "article number#paragraph".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SearchEngine } from '../../src/search/engine.js';
import { loadLexicon } from '../../src/search/lexicon-cache.js';
import { ingestFolder } from '../../src/ingest/index.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DICT = '/usr/share/dictd';

/** A test option: skipped without the FreeDict dictionaries. */
export const skipWithoutDictionaries: false | string = existsSync(path.join(DICT, 'freedict-eng-ara.index')) ? false : 'needs dict-freedict-eng-ara in /usr/share/dictd';

let engine: Promise<SearchEngine> | undefined;
export function seedsEngine(): Promise<SearchEngine> {
  engine ??= Promise.all([ingestFolder(path.join(ROOT, 'seeds')), loadLexicon({ dictDir: DICT })]).then(
    ([{ articles }, { lexicon }]) => new SearchEngine({ paragraphs: articles.flatMap((a) => a.paragraphs), lexicon }),
  );
  return engine;
}

/** The first hit as "article number#paragraph" (000#2), or "declined". */
export async function firstHit(question: string): Promise<string> {
  const r = await (await seedsEngine()).search(question, { k: 3 });
  const h = r.hits[0];
  return h ? `${h.paragraph.articleId.slice(0, 3)}#${h.paragraph.n}` : 'declined';
}
