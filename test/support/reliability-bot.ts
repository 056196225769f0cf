/** Helpers for the reliability tests: what the bot sent, the state on disk, fault-injecting proxies. The launcher is bot-process.ts. */
import { createHash } from 'node:crypto';
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BotApiStub, type RecordedRequest, type TgUpdate } from './bot-api-stub.js';
import { ROOT, TOKEN, ADMIN_ID, NO_DICT, launch, type ReliableBot, type LaunchOptions } from './bot-process.js';

export { ROOT, TOKEN, ADMIN_ID, NO_DICT, launch, type ReliableBot, type LaunchOptions };
/** The part of the token that is the actual secret (after "<bot id>:"). */
export const TOKEN_SECRET = TOKEN.split(':')[1]!;
// ---------------------------------------------------------------- what the bot sent

export const isOk = (r: RecordedRequest) => r.outcome === 'ok';

/**
 * A point in the stand-in's request log: `since(r)` is true for requests recorded after it.
 * (Comparing arrival times is not enough: a reply to the previous message can land in the same millisecond.)
 */
export type Since = (r: RecordedRequest) => boolean;
export function mark(stub: BotApiStub): Since {
  const seen = new Set(stub.requests());
  return (r) => !seen.has(r);
}

/** sendMessage calls to a chat recorded after `since` (all of them without). */
export function sentTo(stub: BotApiStub, chatId: number, since: Since = () => true): RecordedRequest[] {
  return stub.requests('sendMessage').filter((r) => r.params.chat_id === chatId && since(r));
}

/** The first successful sendMessage to `chatId` recorded after `since`, optionally matching `match`. */
export function nextReply(stub: BotApiStub, chatId: number, since: Since, match?: RegExp, timeout = 30_000): Promise<RecordedRequest> {
  return stub.waitFor((r) => r.method === 'sendMessage' && r.params.chat_id === chatId && isOk(r) && since(r) && (!match || match.test(String(r.params.text))), timeout);
}

/** The first successful sendMessage or editMessageText to `chatId` after `since` matching `match`. */
export function nextSendOrEdit(stub: BotApiStub, chatId: number, since: Since, match?: RegExp, timeout = 60_000): Promise<RecordedRequest> {
  return stub.waitFor((r) => (r.method === 'sendMessage' || r.method === 'editMessageText') && r.params.chat_id === chatId && isOk(r) && since(r) && (!match || match.test(String(r.params.text))), timeout);
}

/** The message id a pushed update carries (message or edited_message). */
export function messageIdOf(update: TgUpdate): number {
  const m = update.message ?? update.edited_message;
  if (!m) throw new Error('update has no message');
  return m.message_id;
}

/** sendMessage calls that reply to the message of `update` (the first message of each answer). */
export function repliesTo(stub: BotApiStub, chatId: number, messageId: number): RecordedRequest[] {
  return stub.requests('sendMessage').filter((r) => {
    const rp = r.params.reply_parameters as { message_id?: number } | undefined;
    return r.params.chat_id === chatId && rp?.message_id === messageId;
  });
}

/** Messages the user actually sees from the bot in reply to `messageId` (what Telegram stored, retries included). */
export function visibleRepliesTo(stub: BotApiStub, chatId: number, messageId: number): number {
  return stub.messagesIn(chatId).filter((m) => m.from?.id === stub.botInfo.id && (m.reply_to_message as { message_id?: number } | undefined)?.message_id === messageId).length;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- folders

/**
 * Every file and symlink under `dir` (relative path → sha256 of the content or "-> target"),
 * so a test can assert that nothing was written, removed or replaced.
 */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(rel: string): Promise<void> {
    const abs = path.join(dir, rel);
    const st = await lstat(abs).catch(() => undefined);
    if (!st) return;
    if (st.isSymbolicLink()) out[rel] = `-> ${await readlink(abs)}`;
    else if (st.isDirectory()) {
      if (rel) out[rel + '/'] = 'dir';
      for (const name of (await readdir(abs)).sort()) await walk(rel ? path.join(rel, name) : name);
    } else out[rel] = createHash('sha256').update(await readFile(abs)).digest('hex');
  }
  await walk('');
  return out;
}

// ---------------------------------------------------------------- a fault-injecting proxy

export type DownloadFault = 'none' | 'drop' | 'http500' | 'garbage-redirect';

/**
 * A loopback HTTP proxy in front of the stand-in, for faults the stand-in cannot inject itself:
 * file downloads (GET /file/bot<token>/<path>) that drop the connection, answer 500, or redirect.
 * Everything else is forwarded unchanged.
 */
export class FaultProxy {
  downloadFault: DownloadFault = 'none';
  downloads = 0;
  private server?: http.Server;
  constructor(private readonly target: string) {}

  async start(): Promise<string> {
    const target = new URL(this.target);
    this.server = http.createServer((req, res) => {
      if (req.url?.startsWith('/file/') && this.downloadFault !== 'none') {
        this.downloads++;
        if (this.downloadFault === 'drop') { req.socket.destroy(); return; }
        if (this.downloadFault === 'http500') {
          // A server that echoes the request URL (token included) in its error page.
          res.writeHead(500, { 'content-type': 'text/plain' }).end(`Internal error while serving ${req.url}`);
          return;
        }
        // A redirect to a URL that cannot be fetched, carrying the token along.
        res.writeHead(302, { location: `http://127.0.0.1:1${req.url}` }).end();
        return;
      }
      const up = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on('error', () => res.destroy());
      res.on('close', () => { if (!res.writableFinished) up.destroy(); });
      req.pipe(up);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeAllConnections();
    await closed;
  }
}
