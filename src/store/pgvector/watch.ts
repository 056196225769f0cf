/**
 * Following the current generation: polls `current_generation` and LISTENs on {@link NOTIFY_CHANNEL}
 * where the driver can (PGlite: `listen`; a `pg.Pool`: one dedicated client), so a switch is seen at once.
 */
import { NOTIFY_CHANNEL } from './schema.js';
import type { Queryable } from './sql.js';
import type { PgIndexStore } from './store.js';
import type { GenerationInfo, WatchOptions } from './types.js';

export function watchGenerations(
  store: PgIndexStore,
  onChange: (generation: GenerationInfo | null) => void,
  opts: WatchOptions = {},
): { stop(): Promise<void> } {
    const intervalMs = opts.intervalMs ?? 5000;
    const onError = opts.onError ?? (() => undefined);
    let last: number | null | undefined;
    let stopped = false;
    let checking: Promise<void> | null = null;
    const check = (): Promise<void> => {
      if (stopped) return Promise.resolve();
      checking ??= (async () => {
        try {
          const g = await store.currentGeneration();
          const id = g?.id ?? null;
          if (last !== undefined && id !== last && !stopped) onChange(g);
          last = id;
        } catch (err) {
          onError(err);
        } finally {
          checking = null;
        }
      })();
      return checking;
    };
    void check();
    const timer = intervalMs > 0 ? setInterval(() => void check(), intervalMs) : null;
    timer?.unref();

    let unlisten: (() => Promise<void>) | null = null;
    const db = store.db as Queryable & {
      listen?: (channel: string, cb: (payload: string) => void) => Promise<() => Promise<void>>;
      connect?: () => Promise<Queryable & { release(err?: Error | boolean): void; on?(ev: string, cb: (...a: unknown[]) => void): void }>;
      idleCount?: number;
    };
    void (async () => {
      try {
        if (typeof db.listen === 'function') {
          const off = await db.listen(NOTIFY_CHANNEL, () => void check());
          if (stopped) await off();
          else unlisten = off;
        } else if (typeof db.connect === 'function' && typeof db.idleCount === 'number') {
          const client = await db.connect();
          let released = false;
          const release = (err?: Error) => {
            if (!released) {
              released = true;
              client.release(err ?? true);
            }
          };
          client.on?.('notification', () => void check());
          client.on?.('error', (err) => {
            onError(err);
            release(err instanceof Error ? err : new Error(String(err)));
          });
          await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
          if (stopped) release();
          else unlisten = async () => release();
        }
      } catch (err) {
        onError(err); // polling still works
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        if (timer) clearInterval(timer);
        await checking;
        await unlisten?.().catch(() => undefined);
      },
    };
  }
