/**
 * Each paragraph is translated by the model once: results are kept by a hash of (model, direction,
 * text) in a JSON-lines file under DATA_DIR, read at start and appended to, so they survive restarts.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Translation, TranslationRequest, Translator } from './types.js';

interface Row { k: string; text: string }

export function cacheKey(model: string, from: string, to: string, text: string): string {
  return createHash('sha256').update(`${model}\u0000${from}\u0000${to}\u0000${text}`).digest('hex').slice(0, 32);
}

export class CachedTranslator implements Translator {
  readonly method;
  private rows: Map<string, string> | null = null;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly inner: Translator & { modelFor(from: string, to: string): string },
    private readonly file: string,
  ) {
    this.method = inner.method;
  }

  private async table(): Promise<Map<string, string>> {
    if (this.rows) return this.rows;
    const rows = new Map<string, string>();
    const text = await readFile(this.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as Row;
        if (typeof r.k === 'string' && typeof r.text === 'string') rows.set(r.k, r.text);
      } catch {
        /* a torn last line (crash mid-append) is skipped, the rest is kept */
      }
    }
    this.rows = rows;
    return rows;
  }

  /** Translations already known, without translating anything (null where missing). */
  async known(req: TranslationRequest): Promise<Array<Translation | null>> {
    const rows = await this.table();
    const model = this.inner.modelFor(req.from, req.to);
    return req.texts.map((t) => {
      const hit = rows.get(cacheKey(model, req.from, req.to, t));
      return hit === undefined ? null : { text: hit, method: this.method };
    });
  }

  async translate(req: TranslationRequest): Promise<Translation[]> {
    const rows = await this.table();
    const model = this.inner.modelFor(req.from, req.to);
    const keys = req.texts.map((t) => cacheKey(model, req.from, req.to, t));
    const todo = [...new Set(req.texts.filter((_, i) => !rows.has(keys[i]!)))];
    if (todo.length) {
      const done = await this.inner.translate({ ...req, texts: todo });
      const fresh: Row[] = todo.map((t, i) => ({ k: cacheKey(model, req.from, req.to, t), text: done[i]!.text }));
      for (const r of fresh) rows.set(r.k, r.text);
      this.writes = this.writes.then(async () => {
        await mkdir(path.dirname(this.file), { recursive: true });
        await appendFile(this.file, fresh.map((r) => JSON.stringify(r)).join('\n') + '\n');
      }).catch(() => undefined); // a read-only DATA_DIR costs only the cache
      await this.writes;
    }
    return keys.map((k) => ({ text: rows.get(k)!, method: this.method }));
  }
}
