/**
 * What a generation's data is, byte for byte, whichever store holds it: the paragraphs as JSON
 * lines, the vectors as little-endian float32, the per-article summary and the generation name.
 * The Postgres store checks its rows against manifest hashes computed from these same bytes.
 */
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Paragraph } from '../types.js';
import { IndexError, type LoadOptions, type Manifest } from './types.js';

export const GEN_PREFIX = 'gen-';

export function newGenName(): string {
  const ts = new Date().toISOString().replace(/[-:.]/g, '');
  return `${GEN_PREFIX}${ts}-${randomBytes(3).toString('hex')}`;
}

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The bytes of paragraphs.jsonl (one JSON line per paragraph), in ~1 MB pieces. */
export function* jsonlChunks(lines: Iterable<string>): Generator<Buffer> {
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    parts.push(line, '\n');
    size += line.length + 1;
    if (size >= 1 << 20) {
      yield Buffer.from(parts.join(''), 'utf8');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield Buffer.from(parts.join(''), 'utf8');
}

export function* paragraphLines(paragraphs: Iterable<Paragraph>): Generator<string> {
  for (const p of paragraphs) yield JSON.stringify(p);
}

/** The bytes of vectors.f32: float32 little-endian, row-major (a view when the machine is little-endian). */
export function f32ToLEBytes(v: Float32Array): Uint8Array {
  const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (os.endianness() === 'LE') return bytes;
  const copy = Buffer.from(bytes);
  copy.swap32();
  return copy;
}

/** The manifest's per-article summary; its hash changes when any paragraph of the article does. */
export function buildArticles(paragraphs: Paragraph[]): Manifest['articles'] {
  const groups = new Map<string, Paragraph[]>();
  for (const p of paragraphs) {
    let g = groups.get(p.articleId);
    if (!g) groups.set(p.articleId, (g = []));
    g.push(p);
  }
  const out: Manifest['articles'] = {};
  for (const [id, ps] of groups) {
    const first = ps[0]!;
    const hash = createHash('sha256')
      .update(ps.map((p) => `${p.n}:${p.hash}`).join('\n'))
      .digest('hex')
      .slice(0, 16);
    const entry: Manifest['articles'][string] = { title: first.title, paragraphs: ps.length, hash };
    if (first.outlet !== undefined) entry.outlet = first.outlet;
    if (first.date !== undefined) entry.date = first.date;
    out[id] = entry;
  }
  return out;
}

/**
 * The index's model must be the one the caller embeds queries with (`expect`, see LoadOptions);
 * `where` names the index in the message, which says how to fix it.
 */
export function checkExpectedModel(manifest: Manifest, expect: LoadOptions['expectModel'], where: string): void {
  if (!expect) return;
  const fix = 'rebuild it with `npm run index -- --full`';
  const have = manifest.model;
  if (!have) {
    throw new IndexError('model-mismatch', `the index in ${where} was built without embeddings, but model ${expect.id} (dim ${expect.dim}) is configured; ${fix}`);
  }
  if (have.id !== expect.id || have.dim !== expect.dim) {
    throw new IndexError(
      'model-mismatch',
      `the index was built with model ${have.id} (dim ${have.dim}) but ${expect.id} (dim ${expect.dim}) is configured; ${fix} (or set EMBEDDING_MODEL=${have.id})`,
    );
  }
}
