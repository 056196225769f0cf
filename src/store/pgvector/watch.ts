/**
 * Following the current generation: polls `current_generation` and LISTENs on {@link NOTIFY_CHANNEL}
 * where the driver can (PGlite: `listen`; a `pg.Pool`: one dedicated client), so a switch is seen at once.
 */
import { NOTIFY_CHANNEL } from './schema.js';
import type { Queryable } from './sql.js';
import type { GenerationInfo, WatchOptions } from './types.js';
import type { PgStoreHandle } from './types.js';

type ListenClient = Queryable & { release(err?: Error | boolean): void; on?(ev: string, cb: (...a: unknown[]) => void): void };

/** First reconnect delay of the LISTEN connection, doubled after each failure up to the maximum. */
export const LISTEN_RETRY_MS = 1000;
export const LISTEN_RETRY_MAX_MS = 30_000;

export function watchGenerations(
  store: PgStoreHandle,
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
  let retry: NodeJS.Timeout | null = null;
  const db = store.db as Queryable & {
    listen?: (channel: string, cb: (payload: string) => void) => Promise<() => Promise<void>>;
    connect?: () => Promise<ListenClient>;
    idleCount?: number;
  };
  // A pool (real server): one dedicated client LISTENs; when its connection drops, another is
  // opened after 1, 2, 4 … 30 s, and the pointer is checked at once (a NOTIFY may have been missed).
  let failures = 0;
  const listenOnPool = async (): Promise<void> => {
    if (stopped) return;
    let client: ListenClient;
    try {
      client = await db.connect!();
    } catch (err) {
      onError(err);
      return scheduleRetry();
    }
    let released = false;
    const release = (err?: Error) => {
      if (released) return false;
      released = true;
      client.release(err ?? true);
      return true;
    };
    const lost = (err: unknown) => {
      if (!release(err instanceof Error ? err : new Error(String(err)))) return;
      onError(err);
      unlisten = null;
      scheduleRetry();
    };
    client.on?.('notification', () => void check());
    client.on?.('error', lost);
    client.on?.('end', () => lost(new Error('the LISTEN connection closed')));
    try {
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (err) {
      return lost(err);
    }
    if (stopped) {
      release();
      return;
    }
    failures = 0;
    unlisten = async () => void release();
    void check();
  };
  const scheduleRetry = () => {
    if (stopped || retry) return;
    const delay = Math.min(LISTEN_RETRY_MAX_MS, LISTEN_RETRY_MS * 2 ** failures++);
    retry = setTimeout(() => {
      retry = null;
      void listenOnPool();
    }, delay);
    retry.unref();
  };
  void (async () => {
    try {
      if (typeof db.listen === 'function') {
        const off = await db.listen(NOTIFY_CHANNEL, () => void check());
        if (stopped) await off();
        else unlisten = off;
      } else if (typeof db.connect === 'function' && typeof db.idleCount === 'number') {
        await listenOnPool();
      }
    } catch (err) {
      onError(err); // polling still works
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      if (retry) clearTimeout(retry);
      await checking;
      await unlisten?.().catch(() => undefined);
    },
  };
}
