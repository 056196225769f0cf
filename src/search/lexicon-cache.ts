/**
 * The parsed lexicon (FreeDict + glossaries, merged and normalized) cached in one JSON file, so a
 * restart does not parse FreeDict again (seconds → tens of milliseconds). The file is named by a
 * sha256 of everything it was built from — the four dictd files, every glossary file, and the
 * cache format — so an upgraded dictionary or an edited glossary is parsed anew; older cache files
 * are removed then. Writing is best effort: a read-only or full disk only costs the parse.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { readCacheFile, writeCacheFile } from '../text/cache-file.js';
import path from 'node:path';
import { CACHE_FORMAT as DICTIONARY_FORMAT, LEXICON_FORMAT, dictionaryPaths, loadDictionary } from '../text/dictionary.js';
import { GLOSSARY_DIR, loadGlossary } from '../text/glossary.js';
import { dictionaryView, knownWords, lexiconOf, lexiconTables, type DictBehindGlossary, type DictionaryView, type Lexicon, type LexiconTables } from './lexicon.js';

/** Bump when parsing, merging or normalizing changes, so caches built by older code are not used. */
export const LEXICON_CACHE_FORMAT = 'lexicon-v5';
const PREFIX = 'lexicon-';

export interface LexiconLoad {
  lexicon: Lexicon;
  /**
   * FreeDict alone, read off the same tables: the gloss translator's fallback (src/translate/). What
   * it needs besides the tables sits in a file of its own, read only when asked: a search alone
   * loads and holds nothing more.
   */
  dictionaryView(): Promise<DictionaryView>;
  /** whether a FreeDict dictionary is part of it */
  dictionary: boolean;
  /** why the dictionary could not be read, when it could not */
  dictionaryError?: string;
  cache: 'hit' | 'written' | 'write-failed' | 'off';
  /** the cache file used or written */
  cacheFile?: string;
  ms: number;
}

interface CacheFile {
  format: string;
  key: string;
  dictionary: boolean;
  source: string;
  en: Array<[string, string[]]>;
  ar: Array<[string, string[]]>;
  places: string[];
  synonymGroups: string[][];
  /** knownWords(), one word a line: rebuilding it costs more than reading it */
  known: string;
}

/** sha256 of the inputs: file names and contents (an absent file counts as absent). */
async function inputsKey(dictDir: string | undefined, glossaryDir: string): Promise<string> {
  // The parser's own format too: a change in how FreeDict is read must not be served from an old cache.
  const h = createHash('sha256').update(LEXICON_CACHE_FORMAT).update(DICTIONARY_FORMAT).update(LEXICON_FORMAT);
  const { engAra, araEng } = dictionaryPaths(dictDir);
  const glossaries = (await readdir(glossaryDir).catch(() => [] as string[])).filter((n) => n.endsWith('.tsv')).sort();
  const files = [engAra.index, engAra.dict, araEng.index, araEng.dict, ...glossaries.map((n) => path.join(glossaryDir, n))];
  for (const f of files) {
    const data = await readFile(f).catch(() => null);
    h.update(`\0${path.basename(f)}\0`);
    h.update(data ? createHash('sha256').update(data).digest('hex') : 'absent');
  }
  return h.digest('hex');
}

type LexiconOptions = { dictDir?: string; cacheDir?: string; glossaryDir?: string };

/** Where the product's lexicon comes from: the search and the translator pass the same, so they share one load. */
export function lexiconOptions(config: { dictDir?: string; dataDir: string }): LexiconOptions {
  return { dictDir: config.dictDir, cacheDir: path.join(config.dataDir, 'cache') };
}

/** FreeDict's senses behind the glossaries' (LexiconTables.dictBehindGlossary), beside the cache file. */
interface BehindFile {
  key: string;
  en: Array<[string, number[]]>;
  ar: Array<[string, number[]]>;
}

function behindFile(file: string): string {
  return file.replace(/\.json$/, '.dict.json');
}

function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}

/** Caches of older inputs are of no further use once a new one is written. */
async function removeOtherCaches(dir: string, file: string): Promise<void> {
  for (const n of await readdir(dir).catch(() => [])) {
    const f = path.join(dir, n);
    if (n.startsWith(PREFIX) && n.endsWith('.json') && f !== file && f !== behindFile(file)) await rm(f, { force: true }).catch(() => undefined);
  }
}

/**
 * The lexicon for `dictDir` (default $DICT_DIR or /usr/share/dictd) and the glossaries, from the
 * cache in `cacheDir` when its inputs are unchanged; parsed (and cached) otherwise. Without a
 * `cacheDir` nothing is read or written.
 */
export async function loadLexicon(opts: LexiconOptions = {}): Promise<LexiconLoad> {
  const t0 = performance.now();
  const glossaryDir = opts.glossaryDir ?? GLOSSARY_DIR;
  const key = opts.cacheDir ? await inputsKey(opts.dictDir, glossaryDir) : '';
  const file = opts.cacheDir ? path.join(opts.cacheDir, `${PREFIX}${key.slice(0, 16)}.json`) : undefined;
  if (file) {
    const c = await readCacheFile<CacheFile>(file, (c) => c.format === LEXICON_CACHE_FORMAT && c.key === key && Array.isArray(c.en) && Array.isArray(c.ar) && Array.isArray(c.places) && Array.isArray(c.synonymGroups)  && typeof c.known === 'string');
    if (c) {
      const tables: LexiconTables = { source: c.source, en: new Map(c.en), ar: new Map(c.ar), places: c.places, synonymGroups: c.synonymGroups };
      const view = once(async () => {
        const b = await readCacheFile<BehindFile>(behindFile(file), (b) => b.key === key && Array.isArray(b.en) && Array.isArray(b.ar));
        // Without its file (removed by hand): parsed again, uncached, once.
        return b ? dictionaryView(tables, { en: new Map(b.en), ar: new Map(b.ar) }) : (await loadLexicon({ ...opts, cacheDir: undefined })).dictionaryView();
      });
      return { lexicon: lexiconOf(tables, new Set(c.known.split('\n'))), dictionaryView: view, dictionary: c.dictionary, cache: 'hit', cacheFile: file, ms: performance.now() - t0 };
    }
  }
  let dictionaryError: string | undefined;
  const dict = await loadDictionary(opts.dictDir).catch((e: unknown) => {
    dictionaryError = (e as Error).message;
    return null;
  });
  const glossary = await loadGlossary(glossaryDir);
  const tables = lexiconTables(dict ?? { enToAr: new Map(), arToEn: new Map(), source: '' }, glossary);
  const known = knownWords(tables);
  const lexicon = lexiconOf(tables, known);
  const behind = tables.dictBehindGlossary!;
  const view = once(async () => dictionaryView(tables, behind));
  // An unreadable dictionary is not cached: the next start reports it again.
  if (!file || dictionaryError) return { lexicon, dictionaryView: view, dictionary: dict !== null, dictionaryError, cache: 'off', ms: performance.now() - t0 };
  const ok = await writeCacheFile(file, { format: LEXICON_CACHE_FORMAT, key, dictionary: dict !== null, source: tables.source, en: [...tables.en], ar: [...tables.ar], places: tables.places, synonymGroups: tables.synonymGroups ?? [], known: [...known].join('\n') });
  const behindOk = ok && (await writeCacheFile(behindFile(file), { key, en: [...behind.en], ar: [...behind.ar] }));
  if (behindOk) await removeOtherCaches(opts.cacheDir!, file);
  return { lexicon, dictionaryView: view, dictionary: dict !== null, cache: ok ? 'written' : 'write-failed', cacheFile: file, ms: performance.now() - t0 };
}

const shared = new Map<string, Promise<LexiconLoad>>();

/**
 * One load per process for the same inputs: the search and the gloss translator read the same
 * tables (the gloss takes `dictionaryView`), so FreeDict is held once, not once for each.
 */
export function sharedLexicon(opts: LexiconOptions = {}): Promise<LexiconLoad> {
  const key = JSON.stringify([opts.dictDir ?? null, opts.cacheDir ?? null, opts.glossaryDir ?? null]);
  let p = shared.get(key);
  if (!p) shared.set(key, (p = loadLexicon(opts)));
  return p;
}
