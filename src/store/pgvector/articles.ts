/**
 * The articles in Postgres: the source of truth every replica's re-index builds from.
 *
 * A re-index first brings its own `seeds/` folder in (new files, and files changed more recently
 * than the database's copy), never deleting: a file missing from one replica's folder says nothing
 * (another replica may have added it). Removal is explicit — `/remove`, `npm run index -- --remove
 * FILE`, or `--prune` (everything the folder lacks) — and leaves a tombstone (`removed_at`), so an
 * older copy still lying in some replica's folder does not bring the article back; a file written
 * after the removal does. "More recently" compares the file's mtime with the database's time of the
 * change: replicas' clocks should agree (NTP) to within the time between two edits of one article.
 */
import { createHash } from 'node:crypto';
import type { ArticleCatalog, ArticleFile, ArticleSync, ArticleSyncOptions } from '../types.js';
import { lockKey } from './schema.js';
import { rowsOf, withTransaction, type Queryable } from './sql.js';
import type { PgStoreHandle } from './types.js';

interface Row {
  file: string;
  hash: string;
  content: Uint8Array;
  updated_at: Date | string;
  removed_at: Date | string | null;
}

const ms = (t: Date | string) => (t instanceof Date ? t.getTime() : Date.parse(t));
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function pgArticleCatalog(store: PgStoreHandle): ArticleCatalog {
  const table = `${store.s}.article`;

  const restore = async (db: Queryable, before: Map<string, Row | null>) => {
    await withTransaction(db, async (tx) => {
      for (const [file, row] of before) {
        if (!row) await tx.query(`DELETE FROM ${table} WHERE file = $1`, [file]);
        else {
          await tx.query(
            `INSERT INTO ${table} (file, content, hash, updated_at, removed_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (file) DO UPDATE SET content = EXCLUDED.content, hash = EXCLUDED.hash, updated_at = EXCLUDED.updated_at, removed_at = EXCLUDED.removed_at`,
            [file, row.content, row.hash, row.updated_at, row.removed_at],
          );
        }
      }
    });
  };

  return {
    async sync(files: ArticleFile[], opts: ArticleSyncOptions = {}): Promise<ArticleSync> {
      await store.ensureSchema();
      const db = await store.bulkDb();
      const before = new Map<string, Row | null>();
      const result = await withTransaction(db, async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(store.schema, 'articles')]);
        const rows = new Map(
          rowsOf<Row>(await tx.query(`SELECT file, hash, content, updated_at, removed_at FROM ${table} FOR UPDATE`)).map((r) => [r.file, r]),
        );
        const imported: string[] = [];
        const removed: string[] = [];
        const ignored: Array<{ file: string; reason: string }> = [];
        const upsert = async (f: ArticleFile, hash: string) => {
          before.set(f.file, rows.get(f.file) ?? null);
          await tx.query(
            `INSERT INTO ${table} (file, content, hash, updated_at, removed_at) VALUES ($1, $2, $3, now(), NULL)
             ON CONFLICT (file) DO UPDATE SET content = EXCLUDED.content, hash = EXCLUDED.hash, updated_at = now(), removed_at = NULL`,
            [f.file, Buffer.from(f.bytes), hash],
          );
          imported.push(f.file);
        };
        const drop = new Set(opts.remove ?? []);
        for (const f of files) {
          if (drop.has(f.file)) continue;
          const hash = sha256(f.bytes);
          const row = rows.get(f.file);
          if (!row) {
            await upsert(f, hash);
            continue;
          }
          const changedAt = ms(row.removed_at ?? row.updated_at);
          const newer = f.mtimeMs > changedAt;
          if (row.removed_at !== null) {
            if (newer) await upsert(f, hash);
            else ignored.push({ file: f.file, reason: 'removed from the coverage after this copy was written (write the file again to add it back)' });
          } else if (row.hash !== hash) {
            if (newer) await upsert(f, hash);
            else ignored.push({ file: f.file, reason: 'older than the copy in the database, which another replica changed (write the file again to make it the current text)' });
          }
        }
        const inFolder = new Set(files.map((f) => f.file));
        const toRemove = new Set(drop);
        if (opts.prune) for (const [file, r] of rows) if (r.removed_at === null && !inFolder.has(file)) toRemove.add(file);
        for (const file of toRemove) {
          const row = rows.get(file);
          if (!row || row.removed_at !== null) throw new Error(`${file} is not in the coverage (nothing to remove)`);
          before.set(file, row);
          await tx.query(`UPDATE ${table} SET removed_at = now() WHERE file = $1`, [file]);
          removed.push(file);
        }
        return { imported, removed, ignored };
      });
      return { ...result, undo: () => (before.size ? restore(db, before) : Promise.resolve()) };
    },

    async list(): Promise<Array<{ file: string; bytes: Uint8Array }>> {
      const db = await store.bulkDb();
      const rows = rowsOf<{ file: string; content: Uint8Array }>(await db.query(`SELECT file, content FROM ${table} WHERE removed_at IS NULL`));
      return rows.map((r) => ({ file: r.file, bytes: r.content })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    },
  };
}
