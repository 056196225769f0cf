/**
 * Minimal reader for the dictd database format (as shipped by the Debian
 * `dict-freedict-*` packages): a `.index` file of
 * `headword \t OFFSET \t LENGTH` lines, where OFFSET and LENGTH are byte
 * positions written in dictd's own base64, into the uncompressed `.dict` text.
 * `.dict.dz` files are dictzip, which is plain gzip with an extra header field,
 * so node:zlib's gunzip yields the whole text.
 *
 * Only node built-ins are used.
 */
import { readFile, stat } from 'node:fs/promises';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';

const gunzipAsync = promisify(gunzip);

const DICTD_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DICTD_B64_VALUE: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < DICTD_B64.length; i++) t[DICTD_B64.charCodeAt(i)] = i;
  return t;
})();

/** Decode a dictd base64 number (most significant digit first). Throws on an empty string or a foreign character. */
export function decodeDictdBase64(s: string): number {
  if (s.length === 0) throw new Error('dictd: empty base64 number');
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? DICTD_B64_VALUE[c]! : -1;
    if (v < 0) throw new Error(`dictd: invalid base64 character ${JSON.stringify(s[i])} in ${JSON.stringify(s)}`);
    n = n * 64 + v;
  }
  return n;
}

/** Encode a non-negative integer in dictd base64 (inverse of decodeDictdBase64; handy for fixtures). */
export function encodeDictdBase64(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`dictd: cannot encode ${n}`);
  let s = '';
  do {
    s = DICTD_B64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
}

export interface DictdIndexEntry {
  headword: string;
  offset: number;
  length: number;
}

/** Parse a dictd `.index` text. Blank lines are skipped; a malformed line throws with its line number. */
export function parseDictdIndex(text: string): DictdIndexEntry[] {
  const out: DictdIndexEntry[] = [];
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.length === 0) continue;
    // The headword itself never contains a tab; split on the last two tabs to be safe.
    const t2 = line.lastIndexOf('\t');
    const t1 = t2 > 0 ? line.lastIndexOf('\t', t2 - 1) : -1;
    if (t1 < 0) throw new Error(`dictd index: line ${lineNo} is not "headword<TAB>offset<TAB>length": ${JSON.stringify(line.slice(0, 80))}`);
    let offset: number;
    let length: number;
    try {
      offset = decodeDictdBase64(line.slice(t1 + 1, t2));
      length = decodeDictdBase64(line.slice(t2 + 1));
    } catch (e) {
      throw new Error(`dictd index: line ${lineNo}: ${(e as Error).message}`);
    }
    out.push({ headword: line.slice(0, t1), offset, length });
  }
  return out;
}

export interface DictdDatabase {
  /** Index rows in file order (including the `00database*` metadata rows). */
  index: DictdIndexEntry[];
  /** The uncompressed `.dict` bytes. */
  data: Buffer;
  /** Raw text (headword line included) of the entry an index row points at. */
  entry(row: DictdIndexEntry): string;
}

export interface DictdLocation {
  indexPath: string;
  /** The data file actually used: the `.dict.dz`, or the plain `.dict` next to it. */
  dataPath: string;
  /** "size:mtime" of both files, to validate derived caches. */
  stamp: string;
}

async function statOrNull(p: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    const st = await stat(p);
    return st.isFile() ? st : null;
  } catch {
    return null;
  }
}

/**
 * Find a dictd database's files. `dictPath` may be a `.dict.dz` (gzip/dictzip) or a plain
 * `.dict`; if a `.dict.dz` is missing but the uncompressed `.dict` next to it exists, that is used.
 * Returns null when the index or the data file is absent.
 */
export async function locateDictdDatabase(indexPath: string, dictPath: string): Promise<DictdLocation | null> {
  const idx = await statOrNull(indexPath);
  if (!idx) return null;
  let dataPath = dictPath;
  let dat = await statOrNull(dataPath);
  if (!dat && dataPath.endsWith('.dz')) {
    dataPath = dataPath.slice(0, -3);
    dat = await statOrNull(dataPath);
  }
  if (!dat) return null;
  return { indexPath, dataPath, stamp: `${idx.size}:${idx.mtimeMs}/${dat.size}:${dat.mtimeMs}` };
}

/**
 * Read a dictd database (see locateDictdDatabase for the accepted files).
 * Returns null when the files are absent; throws on corrupt data.
 */
export async function readDictdDatabase(indexPath: string, dictPath: string): Promise<DictdDatabase | null> {
  const loc = await locateDictdDatabase(indexPath, dictPath);
  return loc ? readLocatedDictdDatabase(loc) : null;
}

export async function readLocatedDictdDatabase(loc: DictdLocation): Promise<DictdDatabase> {
  const { indexPath, dataPath } = loc;
  const [indexText, raw] = await Promise.all([readFile(indexPath, 'utf8'), readFile(dataPath)]);
  let data: Buffer;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      data = await gunzipAsync(raw);
    } catch (e) {
      throw new Error(`dictd: cannot decompress ${dataPath}: ${(e as Error).message}`);
    }
  } else if (dataPath.endsWith('.dz')) {
    throw new Error(`dictd: ${dataPath} is not a gzip/dictzip file`);
  } else {
    data = raw;
  }
  let index: DictdIndexEntry[];
  try {
    index = parseDictdIndex(indexText);
  } catch (e) {
    throw new Error(`${(e as Error).message} (in ${indexPath})`);
  }
  for (const row of index) {
    if (row.offset + row.length > data.length) {
      throw new Error(
        `dictd: index ${indexPath} points past the end of ${dataPath} (headword ${JSON.stringify(row.headword)}, ` +
          `offset ${row.offset} + length ${row.length} > ${data.length} bytes); the files do not match or are corrupt`,
      );
    }
  }
  return {
    index,
    data,
    entry: (row) => data.toString('utf8', row.offset, row.offset + row.length),
  };
}
