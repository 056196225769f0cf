/**
 * Says when Telegram cannot be reached, and keeps saying so every so often until it can. grammY
 * and auto-retry retry network errors silently (and ever more slowly), so without this an operator
 * sees a bot that simply does nothing. Installed as the innermost API transformer, so it sees every
 * attempt, retries included.
 */
import { HttpError, type Transformer } from 'grammy';

export const REPORT_EVERY_MS = 30_000;

export interface ReachabilityOptions {
  /** where the bot talks to (the API root's host, never a URL with the token) */
  host: string;
  log: (line: string) => void;
  /** removes secrets from error texts (a network error can echo the request URL) */
  redact: (text: string) => string;
  everyMs?: number;
}

export class Reachability {
  private downSince: number | undefined;
  private cause = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: ReachabilityOptions) {}

  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    try {
      const response = await prev(method, payload, signal);
      this.reached();
      return response;
    } catch (e) {
      // An abort is ours (a stop or a bounded wait), not Telegram's.
      if (e instanceof HttpError && !signal?.aborted) this.failed(e);
      throw e;
    }
  };

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private failed(e: HttpError): void {
    const inner = e.error as { code?: unknown; message?: unknown } | undefined;
    this.cause = this.opts.redact(String(inner?.code ?? inner?.message ?? e.message));
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.opts.log(`cannot reach Telegram at ${this.opts.host} (${this.cause}); retrying`);
    // unref: this line must never be what keeps a stopping process alive.
    this.timer = setInterval(() => this.report(), this.opts.everyMs ?? REPORT_EVERY_MS).unref();
  }

  private report(): void {
    if (this.downSince === undefined) return;
    const s = Math.round((Date.now() - this.downSince) / 1000);
    this.opts.log(`still cannot reach Telegram at ${this.opts.host} after ${s} s (${this.cause}); retrying`);
  }

  private reached(): void {
    if (this.downSince === undefined) return;
    const s = Math.round((Date.now() - this.downSince) / 1000);
    this.close();
    this.downSince = undefined;
    this.opts.log(`Telegram at ${this.opts.host} reachable again after ${s} s`);
  }
}
