/**
 * Offline English⇄Arabic dictionary used for query translation (an English
 * question must find Arabic paragraphs and vice versa, with no embedding model).
 *
 * Data: the FreeDict eng-ara and ara-eng dictd databases (Debian packages
 * dict-freedict-eng-ara / dict-freedict-ara-eng, GPL). They are read at run
 * time from DICT_DIR (default /usr/share/dictd) and never copied into the repo.
 * When they are absent, loadDictionary() returns null and the product works
 * monolingually.
 *
 * Entry layout found in both files (text of one entry, as sliced by the index):
 *
 *     Minister /mˈɪnɪstə/          ← headword line: headword, then IPA between slashes (sometimes absent)
 *     الوزير                        ← single sense: one plain line
 *
 *     الخطبة /ʔalχˈut̪ba/
 *     1. Allocution                 ← several senses: "N. text" lines (in eng-ara in
 *     2. Affiancing                    meaningful order; in ara-eng grouped by English initial)
 *
 * ara-eng is not an independent dictionary: 99.8 % of its (Arabic, English) pairs
 * are eng-ara's reversed (both come from the same Arabeyes word list), so merging
 * mostly de-duplicates; it matters for ordering and for the Arabic headword side.
 *
 * Inside a sense line (Arabic side mostly): "،" "," ";" "؛" "/" "::" separate
 * synonyms; "X - gloss" appends an explanation (dropped); "(...)" holds notes
 * (dropped, also when unbalanced/truncated); diacritics are partial and
 * inconsistent; Arabic presentation-form ligatures (ﻻ ﻷ ﻹ ﻵ) and stray LRM marks
 * occur; a few quotes are backslash-escaped. Arabic headwords may themselves be
 * "،"-separated synonym lists ("آدميّ، بشريّ، رجل"). The `.index` headwords are
 * lowercased/diacritic- and punctuation-stripped ("able-bodied" → "ablebodied"),
 * so keys here are taken from the entry's own headword line instead.
 *
 * Normalisation contract for callers:
 *   - enToAr keys: lowercased English ("minister", "foreign minister", "able-bodied";
 *     hyphenated keys are also reachable as "able bodied" and "ablebodied").
 *   - arToEn keys and enToAr values: Arabic with diacritics (U+064B–U+065F,
 *     U+0670) and tatweel (U+0640) stripped, presentation forms decomposed, and
 *     nothing else: alef/hamza forms (أ إ آ ا), ى/ي, ة/ه are left exactly as in
 *     the data. The caller must apply its own Arabic normaliser to both the keys
 *     (or its lookup word) and the values. Use stripArabicDiacritics() to build a
 *     lookup key that matches this map without further normalisation.
 *     Normalising alef forms matters a lot here: the data often writes hamza on
 *     a wasl alef ("economy" → "الإقتصاد", "elections" → "الإنتخابات") where news
 *     text has "الاقتصاد" / "الانتخابات", so an exact lookup of "اقتصاد" finds only
 *     the unrelated ara-eng entry "thriftiness".
 *   - Definite forms: the data mostly gives definite nouns ("water" → "الماء").
 *     For every Arabic term whose words all start with the article "ال" the bare
 *     form is added right after it ("الماء" → also "ماء"; "الخطاب الرسمي" →
 *     "خطاب رسمي"), and bare Arabic keys are created too (arToEn "ماء" gets the
 *     senses of "الماء" merged with its own: "water" before the rare verb
 *     "miaowed"). This is a heuristic: a few form-VIII verbs starting with "ال"
 *     (e.g. "التقط") yield a spurious bare form.
 *   - Multi-word English keys are rare in the data: 42 spaced headwords
 *     ("human capital", "fire department"; no "foreign minister") plus ~1,300
 *     hyphenated ones ("short-term"), so callers should translate word by word
 *     and use phrase keys only as a bonus.
 *
 * Cost: parsing both files takes ~2 s of CPU on the 2-core dev VM (≈0.4 s of it
 * gunzip + index); pass LoadDictionaryOptions.cachePath to reuse a ~6.7 MB JSON
 * of the merged maps (≈0.45 s to load), keyed on the source files' size+mtime.
 *
 * Order of each translation list (the caller weights by position and may keep
 * the first N): short terms (≤ 4 words) before long explanations; then forward
 * senses (the dictionary of that direction) before senses obtained by reversing
 * the other dictionary; then by rank; then file order. Duplicates removed.
 * Rank: eng-ara sense number (its order is meaningful, most entries have a
 * single sense); for ara-eng, whose sense lists are merely grouped by English
 * initial letter, an English commonness estimate from word length and
 * derivational family size (englishCommonnessRank: "minister" before "vizier",
 * "visit" before "visiting"); and for ara-eng headwords reversed into enToAr,
 * the number of senses of that Arabic word (more specific first).
 */
import path from 'node:path';
import { readCacheFile, writeCacheFile } from './cache-file.js';
import { locateDictdDatabase, readLocatedDictdDatabase, type DictdDatabase } from './dictd.js';

export { decodeDictdBase64, encodeDictdBase64, parseDictdIndex, type DictdIndexEntry } from './dictd.js';

export interface BilingualDictionary {
  /** English headword (lowercased; single words, plus the few multi-word/hyphenated phrases the data has, e.g. "human capital", "short-term" / "short term") → Arabic translations (each a word or phrase, diacritics stripped, cleaned), most common/first sense first. */
  enToAr: Map<string, string[]>;
  /** Arabic headword (diacritics and tatweel stripped) → English translations (lowercased words or phrases). */
  arToEn: Map<string, string[]>;
  /** e.g. "FreeDict eng-ara 0.6.3 + ara-eng 0.6.3" */
  source: string;
  /** Diagnostics: entries read, wall time of loadDictionary, cache use. */
  stats?: { engAraEntries: number; araEngEntries: number; loadMs: number; cache: CacheStatus };
}

/** 'none' = no cache path given; 'hit' = loaded from cache; 'written'/'write-failed' = parsed, then cache (re)write attempted. */
export type CacheStatus = 'none' | 'hit' | 'written' | 'write-failed';

export interface DictdPaths {
  index: string;
  dict: string;
}

/** Paths of the two FreeDict databases; `dir` defaults to $DICT_DIR or /usr/share/dictd. */
export function dictionaryPaths(dir?: string): { engAra: DictdPaths; araEng: DictdPaths } {
  const d = dir ?? (process.env.DICT_DIR || '/usr/share/dictd');
  const p = (base: string): DictdPaths => ({
    index: path.join(d, `${base}.index`),
    dict: path.join(d, `${base}.dict.dz`),
  });
  return { engAra: p('freedict-eng-ara'), araEng: p('freedict-ara-eng') };
}

// ---------------------------------------------------------------------------
// Text cleaning

const AR_DIACRITICS_TATWEEL = /[\u064B-\u065F\u0670\u0640]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]/g;
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]/;
const LATIN_LETTER = /[a-z]/;
/** Junk allowed at the edges of a piece and removed there. */
const EDGE_JUNK = /^[\s\-–—.:*!?؟…|+&_~=<>،,;؛]+|[\s\-–—.:*!?؟…|+&_~=<>،,;؛]+$/g;
/** Synonym separators inside a sense line. */
const SEPARATORS = /::|[,،;؛/]/;
/** "term - explanation": the explanation after a spaced dash is dropped. */
const GLOSS_DASH = /\s+[-–—]\s+/;
const LONG_WORDS = 4;

/** Strip Arabic diacritics (U+064B–U+065F, U+0670) and tatweel (U+0640); nothing else. */
export function stripArabicDiacritics(s: string): string {
  return s.replace(AR_DIACRITICS_TATWEEL, '');
}

function removeParenNotes(s: string): string {
  let prev: string;
  do {
    prev = s;
    s = s.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  } while (s !== prev);
  // Unbalanced (truncated) notes: "الأكتينيّة (قدرة في الطاقة المشعة على"
  return s.replace(/[([].*$/, ' ').replace(/[)\]]/g, ' ');
}

/** More than LONG_WORDS words (pieces are whitespace-collapsed, so count spaces). */
function isLong(s: string): boolean {
  let spaces = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) if (++spaces >= LONG_WORDS) return true;
  return false;
}

function prepArabicLine(s: string): string {
  s = s.replace(INVISIBLE, '').replace(/\u00A0/g, ' ');
  s = s.replace(PRESENTATION_FORMS, (c) => c.normalize('NFKC'));
  s = s.replace(/[\\"«»“”„‟‘’`]/g, ' ');
  // "الـ أبيليا" (article written with tatweel before a loanword) → "الأبيليا"
  s = s.replace(/الـ\s*(?=[\u0621-\u064A])/g, 'ال');
  s = stripArabicDiacritics(s);
  return removeParenNotes(s);
}

function prepEnglishLine(s: string): string {
  s = s.replace(INVISIBLE, '').replace(/\u00A0/g, ' ').toLowerCase();
  s = s.replace(/[\\"«»“”„‟`]/g, ' ');
  return removeParenNotes(s);
}

function dropGloss(s: string): string {
  const parts = s.split(GLOSS_DASH);
  // Keep the term before " - "; if there is no term, keep what follows.
  for (const p of parts) if (p.trim()) return p;
  return '';
}

function tidyPiece(p: string): string {
  return p.replace(/\s+/g, ' ').replace(EDGE_JUNK, '').trim();
}

/** Plain Arabic words separated by single spaces, last word longer than one letter (the common case). */
const SIMPLE_ARABIC = /^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*[\u0621-\u063A\u0641-\u064A]$/;
const SIMPLE_ENGLISH = /^[a-z][a-z'-]*[a-z]$/;

/** Clean one Arabic sense line into its synonym pieces. */
function cleanArabicLine(line: string): string[] {
  const plain = stripArabicDiacritics(line.trim());
  if (SIMPLE_ARABIC.test(plain) && !/ .$/.test(plain)) return [plain];
  const out: string[] = [];
  for (const raw of dropGloss(prepArabicLine(line)).split(SEPARATORS)) {
    let p = tidyPiece(raw);
    // Dangling one-letter clitic at the end: "يحسّن لـ" → "يحسن"
    p = p.replace(/(?:\s+[\u0621-\u064A])+$/, '');
    if (p && ARABIC_LETTER.test(p)) out.push(p);
  }
  return out;
}

/** Clean one English sense line into its synonym pieces. */
function cleanEnglishLine(line: string): string[] {
  const lower = line.trim().toLowerCase();
  if (SIMPLE_ENGLISH.test(lower)) return [lower];
  const out: string[] = [];
  for (const raw of dropGloss(prepEnglishLine(line)).split(SEPARATORS)) {
    const p = tidyPiece(raw);
    if (p && LATIN_LETTER.test(p)) out.push(p);
  }
  return out;
}

const PRON = /\s+\/[^/]*\/\s*$/;
const SENSE_NUMBER = /^\s*\d+\s*[.)]\s*/;

export interface ParsedEntry {
  /** Cleaned headword(s): English lowercased (one), or Arabic synonyms split on "،". */
  headwords: string[];
  /** Cleaned translations, short terms first, then long (> 4 words) explanations. */
  translations: string[];
}

/**
 * Parse the raw text of one dictd entry (headword line first, as sliced by the
 * index). `direction` is the dictionary's: 'en-ar' = English headword, Arabic senses.
 */
export function parseEntryFull(body: string, direction: 'en-ar' | 'ar-en'): ParsedEntry {
  const lines = body.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const head = (lines[0] ?? '').replace(PRON, '');
  const srcIsEnglish = direction === 'en-ar';
  let headwords: string[];
  if (srcIsEnglish) {
    const lower = head.trim().toLowerCase();
    const h = SIMPLE_ENGLISH.test(lower) ? lower : tidyPiece(prepEnglishLine(head));
    headwords = h && LATIN_LETTER.test(h) ? [h] : [];
  } else {
    headwords = cleanArabicLine(head);
  }
  const short: string[] = [];
  const long: string[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    const text = line.replace(SENSE_NUMBER, '');
    for (const t of srcIsEnglish ? cleanArabicLine(text) : cleanEnglishLine(text)) {
      if (seen.has(t)) continue;
      seen.add(t);
      (isLong(t) ? long : short).push(t);
    }
  }
  return { headwords: dedupe(headwords), translations: short.concat(long) };
}

/** The cleaned translations of one raw entry (see parseEntryFull). */
export function parseEntry(body: string, direction: 'en-ar' | 'ar-en'): string[] {
  return parseEntryFull(body, direction).translations;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

const ARTICLE_STOP = new Set(['الذين', 'اللذين', 'اللذان', 'اللتان', 'اللتين', 'اللاتي', 'اللواتي', 'اللائي', 'الذي', 'التي', 'الله']);

/**
 * Bare form of a definite Arabic term: every word must carry the article "ال" and
 * keep ≥ 3 letters without it ("الماء" → "ماء", "القنبلة النووية" → "قنبلة نووية").
 * Returns null when not applicable.
 */
export function arabicIndefinite(term: string): string | null {
  if (!term.startsWith('ال')) return null;
  const words = term.split(' ');
  const out: string[] = [];
  for (const w of words) {
    if (!w.startsWith('ال') || w.length < 5 || ARTICLE_STOP.has(w)) return null;
    out.push(w.slice(2));
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------
// Merging

/**
 * Collects (key → value) candidates with a numeric sort key packed as
 * long(1 bit) · tier(2 bits) · rank(8 bits) · insertion sequence(21 bits), stored
 * interleaved in one array per key to keep allocations (and GC) low.
 */
class Accumulator {
  private readonly map = new Map<string, Array<number | string>>();
  private seq = 0;

  /** rank: 0..255 (clamped). */
  add(key: string, value: string, tier: number, rank: number): void {
    const r = rank < 0 ? 0 : rank > 255 ? 255 : rank;
    const sortKey = ((Number(isLong(value)) * 4 + tier) * 256 + r) * 2097152 + (this.seq++ % 2097152);
    const list = this.map.get(key);
    if (list) list.push(sortKey, value);
    else this.map.set(key, [sortKey, value]);
  }

  /** Sort, de-duplicate and strip the sort keys in place; the accumulator is spent afterwards. */
  finish(): Map<string, string[]> {
    const map = this.map;
    for (const list of map.values()) {
      if (list.length === 2) {
        list[0] = list[1]!;
        list.length = 1;
        continue;
      }
      let sorted = true;
      for (let i = 2; i < list.length; i += 2) {
        if ((list[i] as number) < (list[i - 2] as number)) {
          sorted = false;
          break;
        }
      }
      const n = list.length / 2;
      let values: string[];
      if (sorted) {
        values = [];
        for (let i = 0; i < n; i++) values.push(list[i * 2 + 1] as string);
      } else {
        const order: number[] = [];
        for (let j = 0; j < list.length; j += 2) order.push(j);
        order.sort((a, b) => (list[a] as number) - (list[b] as number));
        values = order.map((j) => list[j + 1] as string);
      }
      let k = 0;
      for (const v of values) {
        let dup = false;
        for (let i = 0; i < k; i++) {
          if (list[i] === v) {
            dup = true;
            break;
          }
        }
        if (!dup) list[k++] = v;
      }
      list.length = k;
    }
    return map as unknown as Map<string, string[]>;
  }
}

/** Arabic term followed by its bare (article-less) form when there is one. */
function withIndefinite(term: string): string[] {
  const bare = arabicIndefinite(term);
  return bare ? [term, bare] : [term];
}

interface ParsedDb {
  entries: ParsedEntry[];
  name: string;
  version: string;
}

function parseDb(db: DictdDatabase, direction: 'en-ar' | 'ar-en', base: string): ParsedDb {
  const entries: ParsedEntry[] = [];
  let version = '';
  for (const row of db.index) {
    if (row.headword.startsWith('00database') || row.headword.startsWith('00-database')) {
      if (row.headword === '00databaseshort' || (!version && row.headword === '00databaseinfo')) {
        const text = db.entry(row);
        const m = /\bver(?:sion)?\.?\s*([0-9][\w.-]*)/i.exec(text) ?? /\bEdition:\s*([0-9][\w.-]*)/i.exec(text);
        if (m?.[1]) version = m[1].replace(/\.$/, '');
      }
      continue;
    }
    const e = parseEntryFull(db.entry(row), direction);
    if (e.headwords.length && e.translations.length) entries.push(e);
  }
  const name = base.startsWith('freedict-') ? `FreeDict ${base.slice('freedict-'.length)}` : base;
  return { entries, name, version };
}

/** Merge parsed eng-ara and ara-eng entries into the two lookup maps. */
export function buildDictionary(
  engAra: ParsedEntry[],
  araEng: ParsedEntry[],
): { enToAr: Map<string, string[]>; arToEn: Map<string, string[]> } {
  const en = new Accumulator();
  const ar = new Accumulator();

  // Tiers: 0 forward (for arToEn including the senses of "الX" under "X"),
  //        2 reversed other dictionary, 3 reversed via bare form.
  for (const { headwords, translations } of engAra) {
    const [h] = headwords;
    if (!h) continue;
    translations.forEach((t, i) => {
      for (const a of withIndefinite(t)) en.add(h, a, 0, i);
      // An explanation (> 4 words) is not a usable Arabic headword.
      if (isLong(t)) return;
      ar.add(t, h, 2, i);
      const bare = arabicIndefinite(t);
      if (bare) ar.add(bare, h, 3, i);
    });
  }
  // ara-eng is (99.8 % of its pairs) the inverse of eng-ara, and its sense lists
  // are grouped by the English initial letter, so their order says nothing about
  // frequency. Rank its senses by an estimate of English commonness instead
  // (see englishCommonnessRank), and rank its Arabic headwords, when reversed into
  // enToAr, by specificity (an Arabic word with 1 sense before one with 17).
  const commonness = englishCommonnessRank(engAra);
  for (const { headwords, translations } of araEng) {
    const specificity = translations.length;
    const ranks = translations.map(commonness);
    for (const h of headwords) {
      const bare = arabicIndefinite(h);
      for (let i = 0; i < translations.length; i++) {
        const t = translations[i]!;
        const rank = ranks[i]!;
        ar.add(h, t, 0, rank);
        // Same tier: ara-eng's bare entries are often rare verbs ("ماء" = "miaowed")
        // while the definite entry holds the noun ("الماء" = "water"); rank decides.
        if (bare) ar.add(bare, t, 0, rank);
        if (isLong(t)) continue;
        en.add(t, h, 2, specificity);
        if (bare) en.add(t, bare, 2, specificity);
      }
    }
  }
  const enToAr = en.finish();
  const arToEn = ar.finish();
  addHyphenAliases(enToAr);
  return { enToAr, arToEn };
}

/**
 * Cheap commonness estimate for English words, with no frequency list: shorter
 * words are commoner (Zipf's law of abbreviation) and common words have large
 * derivational families in the dictionary's headwords ("minister" shares its
 * 6-letter prefix with 12 headwords, "vizier" with 2; "government" 15, "polity" 1).
 * Returns a rank (lower = commoner) in 0..255: 2·(length − 2·log2(1 + family)) + 64.
 */
export function englishCommonnessRank(engAra: ParsedEntry[]): (word: string) => number {
  const vocab: string[] = [];
  for (const e of engAra) {
    const h = e.headwords[0];
    if (h && /^[a-z]+$/.test(h)) vocab.push(h);
  }
  vocab.sort();
  const lowerBound = (p: string): number => {
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (vocab[m]! < p) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return (word: string): number => {
    let fam = 0;
    const c = word.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      const p = word.slice(0, 6);
      fam = lowerBound(p + '\uffff') - lowerBound(p);
    }
    const r = Math.round(2 * (word.length - 2 * Math.log2(1 + fam))) + 64;
    return r < 0 ? 0 : r > 255 ? 255 : r;
  };
}

/** "able-bodied" is also reachable as "able bodied" and "ablebodied" (appended after any own senses). */
function addHyphenAliases(map: Map<string, string[]>): void {
  const aliases: Array<[string, string[]]> = [];
  for (const [key, values] of map) {
    if (!/[a-z0-9]-[a-z0-9]/.test(key)) continue;
    aliases.push([key.replace(/-/g, ' '), values], [key.replace(/-/g, ''), values]);
  }
  for (const [alias, values] of aliases) {
    const own = map.get(alias);
    map.set(alias, own ? dedupe(own.concat(values)) : values.slice());
  }
}

export interface LoadDictionaryOptions {
  /**
   * Optional cache file (JSON of the merged maps, ~5 MB). Read when it matches the
   * current dictd files (size + mtime) and this module's format; otherwise the
   * dictionaries are parsed and the cache is (re)written, best effort (a write
   * failure is ignored and reported in stats.cache). No cache is used by default,
   * and nothing is ever written unless the caller passes a path.
   */
  cachePath?: string;
}

/**
 * Version of what parsing the dictionaries and glossaries yields, for any cache key of the parsed
 * lexicon. v2: the glossary's place names (Glossary.places).
 */
export const LEXICON_FORMAT = 'v2';
/** Bump when parsing/merging changes so stale caches are rebuilt. */
export const CACHE_FORMAT = 'freedict-bilingual-v1';

interface CacheFile {
  format: string;
  stamp: string;
  source: string;
  engAraEntries: number;
  araEngEntries: number;
  enToAr: Array<[string, string[]]>;
  arToEn: Array<[string, string[]]>;
}

/**
 * Load and merge the FreeDict eng-ara and ara-eng databases from `dir`
 * (default $DICT_DIR or /usr/share/dictd). Returns null when neither is
 * present; uses only the one present if just one is. Throws on corrupt data.
 */
export async function loadDictionary(dir?: string, options: LoadDictionaryOptions = {}): Promise<BilingualDictionary | null> {
  const t0 = performance.now();
  const paths = dictionaryPaths(dir);
  const [locEa, locAe] = await Promise.all([
    locateDictdDatabase(paths.engAra.index, paths.engAra.dict),
    locateDictdDatabase(paths.araEng.index, paths.araEng.dict),
  ]);
  if (!locEa && !locAe) return null;
  const stamp = JSON.stringify([CACHE_FORMAT, locEa?.stamp ?? null, locAe?.stamp ?? null]);

  if (options.cachePath) {
    const c = await readCacheFile<CacheFile>(options.cachePath, (c) => c.format === CACHE_FORMAT && c.stamp === stamp && Array.isArray(c.enToAr) && Array.isArray(c.arToEn));
    if (c) {
      return {
        enToAr: new Map(c.enToAr),
        arToEn: new Map(c.arToEn),
        source: c.source,
        stats: {
          engAraEntries: c.engAraEntries,
          araEngEntries: c.araEngEntries,
          loadMs: Math.round(performance.now() - t0),
          cache: 'hit',
        },
      };
    }
  }

  const [ea, ae] = await Promise.all([
    locEa ? readLocatedDictdDatabase(locEa) : null,
    locAe ? readLocatedDictdDatabase(locAe) : null,
  ]);
  const pEa = ea ? parseDb(ea, 'en-ar', 'freedict-eng-ara') : null;
  const pAe = ae ? parseDb(ae, 'ar-en', 'freedict-ara-eng') : null;
  const { enToAr, arToEn } = buildDictionary(pEa?.entries ?? [], pAe?.entries ?? []);
  const source = [pEa, pAe]
    .filter((p): p is ParsedDb => p !== null)
    .map((p) => (p.version ? `${p.name} ${p.version}` : p.name))
    .join(' + ')
    .replace(/^(FreeDict \S+(?: \S+)?) \+ FreeDict /, '$1 + ');
  const engAraEntries = pEa?.entries.length ?? 0;
  const araEngEntries = pAe?.entries.length ?? 0;
  let cache: CacheStatus = 'none';
  if (options.cachePath) {
    const ok = await writeCacheFile(options.cachePath, {
      format: CACHE_FORMAT,
      stamp,
      source,
      engAraEntries,
      araEngEntries,
      enToAr: [...enToAr],
      arToEn: [...arToEn],
    });
    cache = ok ? 'written' : 'write-failed';
  }
  return {
    enToAr,
    arToEn,
    source,
    stats: { engAraEntries, araEngEntries, loadMs: Math.round(performance.now() - t0), cache },
  };
}
