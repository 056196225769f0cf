/**
 * A stand-in for the Telegram Bot API, served on 127.0.0.1 for tests.
 *
 * Point grammY at it with `new Bot(stub.token, { client: { apiRoot: stub.apiRoot } })`
 * (or TELEGRAM_API_ROOT for a child process). It queues updates built in real
 * Telegram shapes, answers the methods a bot uses with real result shapes and
 * error texts, records every call, and can inject faults.
 *
 * One instance serves one test: after `stop()` it cannot be started again.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// ---------------------------------------------------------------- types

export type Params = Record<string, unknown>;

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface BotInfo extends TgUser {
  is_bot: true;
  username: string;
  can_join_groups: boolean;
  can_read_all_group_messages: boolean;
  supports_inline_queries: boolean;
  can_connect_to_business: boolean;
  has_main_web_app: boolean;
}

export interface TgChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
}

export interface TgEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

export interface TgMessage {
  message_id: number;
  date: number;
  chat: TgChat;
  from?: TgUser;
  text?: string;
  entities?: TgEntity[];
  caption?: string;
  caption_entities?: TgEntity[];
  reply_markup?: unknown;
  edit_date?: number;
  [field: string]: unknown;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  chat_instance: string;
  message?: TgMessage;
  inline_message_id?: string;
  data?: string;
}

export interface TgInlineQuery {
  id: string;
  from: TgUser;
  query: string;
  offset: string;
  chat_type?: string;
}

interface UpdateContent {
  message?: TgMessage;
  edited_message?: TgMessage;
  callback_query?: TgCallbackQuery;
  inline_query?: TgInlineQuery;
  [kind: string]: unknown;
}

export interface TgUpdate extends UpdateContent {
  update_id: number;
}

/** An update to queue; `update_id` is assigned when omitted. */
export interface NewUpdate extends UpdateContent {
  update_id?: number;
}

export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

export interface RecordedRequest {
  /** Method name as sent in the URL; file downloads are recorded as `downloadFile`. */
  method: string;
  /** Parsed body (JSON, multipart or urlencoded) merged with query parameters. */
  params: Params;
  /** Arrival time, ms since epoch. */
  at: number;
  /** `pending` while the answer is in flight (see `delay`). */
  outcome: 'pending' | 'ok' | 'error' | 'dropped';
  status?: number;
  response?: ApiResponse;
  answeredAt?: number;
}

/** A file sent by the bot as multipart/form-data, as it appears in recorded params. */
export interface UploadedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_size: number;
  file_path: string;
  content: Buffer;
  file_name?: string;
  mime_type?: string;
}

export interface FailureSpec {
  status: number;
  /** Seconds; sent as `parameters.retry_after` (429 defaults to 1). */
  retryAfter?: number;
  description?: string;
}

export interface DropOptions {
  /** Carry out the call (message sent, state changed) before dropping the answer. */
  afterProcessing?: boolean;
}

export interface BotApiStubOptions {
  token?: string;
  botInfo?: Partial<Omit<BotInfo, 'is_bot'>>;
  /**
   * Reject a bare `&` in HTML text. Telegram itself keeps it literally, but an
   * unescaped `&` almost always means unescaped `<` too, so tests default to strict.
   */
  strictHtmlAmpersand?: boolean;
}

/** Common options of the `push*Message` helpers. */
export interface MessageOptions {
  from?: Partial<TgUser>;
  /** Defaults to the private chat with `from`. */
  chat?: TgChat;
  date?: number;
  /** message_id of an earlier message in the same chat to reply to. */
  replyTo?: number;
  /** Extra fields merged into the message as they are. */
  extra?: Params;
}

// ---------------------------------------------------------------- constants

export const DEFAULT_BOT_INFO: BotInfo = {
  id: 123456,
  is_bot: true,
  first_name: 'NewsBot',
  username: 'news_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
};

export const DEFAULT_USER: TgUser = {
  id: 424242,
  is_bot: false,
  first_name: 'Alice',
  username: 'alice',
  language_code: 'en',
};

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const CALLBACK_DATA_LIMIT = 64;
const INLINE_RESULTS_LIMIT = 50;
// Bots may only download files up to 20 MB through the cloud Bot API.
const DOWNLOAD_LIMIT = 20 * 1024 * 1024;
const DEFAULT_WAIT_MS = 3000;

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const OTHER_POLLER = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
const QUERY_INVALID = 'query is too old and response timeout expired or query ID is invalid';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

type MediaField = 'document' | 'photo' | 'audio' | 'voice' | 'video' | 'animation' | 'sticker';

// Telegram's file_path folders and the extension it gives files without a name.
const MEDIA_FOLDER: Record<MediaField, { folder: string; ext: string; mime: string }> = {
  document: { folder: 'documents', ext: '.dat', mime: 'application/octet-stream' },
  photo: { folder: 'photos', ext: '.jpg', mime: 'image/jpeg' },
  audio: { folder: 'music', ext: '.mp3', mime: 'audio/mpeg' },
  voice: { folder: 'voice', ext: '.oga', mime: 'audio/ogg' },
  video: { folder: 'videos', ext: '.mp4', mime: 'video/mp4' },
  animation: { folder: 'animations', ext: '.mp4', mime: 'video/mp4' },
  sticker: { folder: 'stickers', ext: '.webp', mime: 'image/webp' },
};

const INLINE_BUTTON_ACTIONS = [
  'url', 'callback_data', 'web_app', 'login_url', 'switch_inline_query',
  'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat',
  'copy_text', 'callback_game', 'pay',
];

// ---------------------------------------------------------------- replies

interface ApiReply {
  status: number;
  body: ApiResponse;
}

const DROP = Symbol('drop');
type Outcome = ApiReply | typeof DROP;

type Handler = (params: Params, call: CallContext) => ApiReply | Promise<ApiReply>;

interface CallContext {
  /** Aborted when the client goes away before it got its answer. */
  closed: AbortSignal;
}

type Fault = { kind: 'fail'; spec: FailureSpec } | { kind: 'drop'; afterProcessing: boolean };

type WakeReason = 'update' | 'timeout' | 'stop' | 'conflict' | 'abort';

const ok = (result: unknown): ApiReply => ({ status: 200, body: { ok: true, result } });

function fail(status: number, description: string, retryAfter?: number): ApiReply {
  const body: ApiResponse = { ok: false, error_code: status, description };
  if (retryAfter !== undefined) body.parameters = { retry_after: retryAfter };
  return { status, body };
}

const badRequest = (reason: string): ApiReply => fail(400, `Bad Request: ${reason}`);

function failure(spec: FailureSpec): ApiReply {
  if (spec.status === 429) {
    const retryAfter = spec.retryAfter ?? 1;
    return fail(429, spec.description ?? `Too Many Requests: retry after ${retryAfter}`, retryAfter);
  }
  return fail(spec.status, spec.description ?? STATUS_TEXT[spec.status] ?? 'Error', spec.retryAfter);
}

/** Why Telegram would refuse a call; becomes a 400 `Bad Request: <reason>`. */
class Rejection {
  constructor(readonly reason: string) {}
}

// ---------------------------------------------------------------- the stub

export class BotApiStub {
  readonly token: string;
  readonly botInfo: BotInfo;
  private readonly strictAmpersand: boolean;
  private readonly handlers: Record<string, Handler>;

  private server?: Server;
  private root?: string;
  private startedAt = Date.now();
  /** Aborted by `stop()`: ends long polls, delays and waits. */
  private readonly lifetime = new AbortController();

  private readonly log: RecordedRequest[] = [];
  private readonly watchers = new Set<() => void>();
  private readonly faults = new Map<string, Fault[]>();
  private readonly delays = new Map<string, number>();

  private queue: TgUpdate[] = [];
  private readonly pollers = new Set<(reason: WakeReason) => void>();
  private nextUpdateId = 1;
  private confirmed = 0;

  private nextMessageId = 1;
  private idCounter = 0;
  private readonly chats = new Map<number, TgChat>();
  private readonly messages = new Map<string, TgMessage>();
  private readonly openQueries = new Set<string>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private readonly commands = new Map<string, unknown>();
  private webhookUrl = '';
  private tokenRevoked = false;
  private otherPoller = false;

  constructor(options: BotApiStubOptions = {}) {
    this.botInfo = { ...DEFAULT_BOT_INFO, ...options.botInfo, is_bot: true };
    this.token = options.token ?? `${this.botInfo.id}:stub-token`;
    this.strictAmpersand = options.strictHtmlAmpersand ?? true;
    this.handlers = this.buildHandlers();
  }

  // ------------------------------------------------------------ lifecycle

  /** `http://127.0.0.1:PORT`, without a trailing slash (grammY insists). */
  get apiRoot(): string {
    if (this.root === undefined) throw new Error('BotApiStub: call start() before reading apiRoot');
    return this.root;
  }

  /** Highest `offset` any getUpdates call has sent: updates below it are confirmed. */
  get confirmedOffset(): number {
    return this.confirmed;
  }

  async start(): Promise<void> {
    if (this.server) throw new Error('BotApiStub: already started');
    if (this.lifetime.signal.aborted) throw new Error('BotApiStub: a stopped stub cannot be restarted');
    const server = createServer((req, res) => void this.serve(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.root = `http://127.0.0.1:${port}`;
    this.startedAt = Date.now();
  }

  /** Answers pending long polls with `[]`, then closes every connection. */
  async stop(): Promise<void> {
    if (this.lifetime.signal.aborted) return;
    this.lifetime.abort();
    for (const wake of [...this.pollers]) wake('stop');
    const server = this.server;
    if (!server) return;
    // Let the answers just written reach their sockets before cutting them.
    await new Promise((resolve) => setImmediate(resolve));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  // ------------------------------------------------------------ updates

  pushUpdate(update: NewUpdate): TgUpdate {
    const update_id = update.update_id ?? this.nextUpdateId;
    this.nextUpdateId = Math.max(this.nextUpdateId, update_id + 1);
    const full: TgUpdate = { ...update, update_id };
    this.queue.push(full);
    for (const wake of [...this.pollers]) wake('update');
    return full;
  }

  pushMessage(options: MessageOptions & { text: string; entities?: TgEntity[] }): TgUpdate {
    const message = this.userMessage(options, textFields(options.text, options.entities));
    return this.pushUpdate({ message });
  }

  /** Edits an earlier user message (or invents one with that id) and queues `edited_message`. */
  pushEditedMessage(options: MessageOptions & { message_id: number; text: string; entities?: TgEntity[] }): TgUpdate {
    const from = this.user(options.from);
    const chat = this.rememberChat(options.chat ?? privateChatOf(from));
    const original = this.messages.get(messageKey(chat.id, options.message_id));
    const base = original ?? { message_id: options.message_id, from, chat, date: options.date ?? unixNow() };
    const edited = this.storeMessage({
      ...withoutFields(base, ['text', 'entities']),
      ...textFields(options.text, options.entities),
      edit_date: unixNow(),
      ...options.extra,
    });
    return this.pushUpdate({ edited_message: edited });
  }

  /**
   * `message` may be a Message, or the message_id of a message already in the
   * chat (e.g. one the bot sent). Without it, a bot message is invented.
   */
  pushCallbackQuery(options: {
    from?: Partial<TgUser>;
    chat?: TgChat;
    message?: TgMessage | number;
    inlineMessageId?: string;
    data?: string;
  }): TgUpdate {
    const from = this.user(options.from);
    const chat = this.rememberChat(options.chat ?? privateChatOf(from));
    const id = this.newQueryId();
    const query: TgCallbackQuery = { id, from, chat_instance: chatInstance(chat.id) };
    if (options.inlineMessageId !== undefined) query.inline_message_id = options.inlineMessageId;
    else query.message = this.callbackMessage(chat, options.message);
    if (options.data !== undefined) query.data = options.data;
    return this.pushUpdate({ callback_query: query });
  }

  pushInlineQuery(options: { from?: Partial<TgUser>; query: string; offset?: string; chatType?: string }): TgUpdate {
    const query: TgInlineQuery = {
      id: this.newQueryId(),
      from: this.user(options.from),
      query: options.query,
      offset: options.offset ?? '',
    };
    if (options.chatType !== undefined) query.chat_type = options.chatType;
    return this.pushUpdate({ inline_query: query });
  }

  /** A user sends a file; `getFile` and the download URL then serve `content`. */
  pushDocument(
    options: MessageOptions & {
      fileName: string;
      mimeType: string;
      content: Buffer;
      caption?: string;
      /** Reported size, to fake a big file without allocating it. */
      fileSize?: number;
    },
  ): TgUpdate {
    const file = this.registerFile(options.content, {
      folder: 'documents',
      fileName: options.fileName,
      mimeType: options.mimeType,
      fileSize: options.fileSize,
    });
    const body = { document: mediaObject('document', file), ...captionFields(options.caption) };
    return this.pushUpdate({ message: this.userMessage(options, body) });
  }

  pushPhoto(options: MessageOptions & { content?: Buffer; width?: number; height?: number; caption?: string }): TgUpdate {
    const content = options.content ?? Buffer.from('stub jpeg bytes');
    const photo = this.photoSizes(content, options.width ?? 1280, options.height ?? 720);
    return this.pushUpdate({ message: this.userMessage(options, { photo, ...captionFields(options.caption) }) });
  }

  pushSticker(
    options: MessageOptions & { emoji?: string; setName?: string; content?: Buffer; isAnimated?: boolean; isVideo?: boolean },
  ): TgUpdate {
    const file = this.registerFile(options.content ?? Buffer.from('RIFF stub webp'), { folder: 'stickers' });
    const sticker = {
      ...mediaObject('sticker', file),
      is_animated: options.isAnimated ?? false,
      is_video: options.isVideo ?? false,
      emoji: options.emoji ?? '👍',
      ...(options.setName === undefined ? {} : { set_name: options.setName }),
    };
    return this.pushUpdate({ message: this.userMessage(options, { sticker }) });
  }

  pushVoice(options: MessageOptions & { content?: Buffer; duration?: number; mimeType?: string; caption?: string }): TgUpdate {
    const file = this.registerFile(options.content ?? Buffer.from('OggS stub voice'), {
      folder: 'voice',
      mimeType: options.mimeType ?? 'audio/ogg',
    });
    const voice = { ...mediaObject('voice', file), duration: options.duration ?? 3 };
    return this.pushUpdate({ message: this.userMessage(options, { voice, ...captionFields(options.caption) }) });
  }

  /** Updates not yet confirmed by a getUpdates offset. */
  pendingUpdates(): TgUpdate[] {
    return [...this.queue];
  }

  // ------------------------------------------------------------ state the bot created

  registerFile(
    content: Buffer,
    options: { folder?: string; fileName?: string; mimeType?: string; fileSize?: number } = {},
  ): StoredFile {
    const n = ++this.idCounter;
    const folder = options.folder ?? 'documents';
    const ext = extname(options.fileName ?? '') || extensionFor(folder);
    const file: StoredFile = {
      file_id: Buffer.from(`stub-file:${n}:${folder}`).toString('base64url'),
      file_unique_id: Buffer.from(`u${n}`).toString('base64url'),
      file_size: options.fileSize ?? content.length,
      file_path: `${folder}/file_${n}${ext}`,
      content,
    };
    if (options.fileName !== undefined) file.file_name = options.fileName;
    if (options.mimeType !== undefined) file.mime_type = options.mimeType;
    this.files.set(file.file_id, file);
    this.filesByPath.set(file.file_path, file);
    return file;
  }

  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** The chat as it stands now (edits applied, deletions gone), oldest first. */
  messagesIn(chatId: number): TgMessage[] {
    return [...this.messages.values()].filter((m) => m.chat.id === chatId).sort((a, b) => a.message_id - b.message_id);
  }

  lastBotMessage(chatId = DEFAULT_USER.id): TgMessage | undefined {
    return this.messagesIn(chatId).filter((m) => m.from?.id === this.botInfo.id).at(-1);
  }

  /** Commands set with setMyCommands for the default scope and language. */
  myCommands(scope: unknown = { type: 'default' }, languageCode = ''): unknown {
    return this.commands.get(commandsKey(scope, languageCode)) ?? [];
  }

  // ------------------------------------------------------------ recording

  requests(method?: string): RecordedRequest[] {
    return method === undefined ? [...this.log] : this.log.filter((r) => sameMethod(r.method, method));
  }

  /** Params of every sendMessage call, in order. */
  sent(): Params[] {
    return this.requests('sendMessage').map((r) => r.params);
  }

  clearRequests(): void {
    this.log.length = 0;
  }

  /** Resolves with the first recorded request (past or future) matching `predicate`. */
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
    return this.until(() => this.log.find(predicate), timeoutMs, 'a request matching the predicate');
  }

  /**
   * Resolves with the `result` of the first successful call of `method`.
   * Unlike `waitFor`, which fires on arrival, this waits for the answer.
   */
  async waitForResult<T = TgMessage>(method: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    const succeeded = (r: RecordedRequest) => sameMethod(r.method, method) && r.response?.ok === true;
    const found = await this.until(() => this.log.find(succeeded), timeoutMs, `a successful ${method}`);
    return (found.response as { result: T }).result;
  }

  /** Resolves with the first `n` calls of `method` once that many arrived. */
  waitForCount(method: string, n: number, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest[]> {
    const probe = () => {
      const seen = this.requests(method);
      return seen.length >= n ? seen.slice(0, n) : undefined;
    };
    return this.until(probe, timeoutMs, `${n} call(s) of ${method}`);
  }

  /** Resolves once getUpdates confirmed `update`, i.e. the bot finished its batch. */
  waitForConfirmation(update: TgUpdate | number, timeoutMs = DEFAULT_WAIT_MS): Promise<number> {
    const id = typeof update === 'number' ? update : update.update_id;
    const probe = () => (this.confirmed > id ? this.confirmed : undefined);
    return this.until(probe, timeoutMs, `getUpdates to confirm update ${id}`);
  }

  // ------------------------------------------------------------ fault injection

  /** The next call of `method` fails with this HTTP status and Telegram error body. */
  failNext(method: string, spec: FailureSpec): void {
    this.addFault(method, { kind: 'fail', spec });
  }

  /** The next call of `method` gets its socket destroyed instead of an answer. */
  dropNext(method: string, options: DropOptions = {}): void {
    this.addFault(method, { kind: 'drop', afterProcessing: options.afterProcessing ?? false });
  }

  /** From now on every call answers 401 Unauthorized, as after the token is revoked in @BotFather. */
  revokeToken(): void {
    this.tokenRevoked = true;
  }

  /** While on, every getUpdates answers 409 Conflict, as when another instance polls with the same token. */
  otherInstancePolling(on = true): void {
    this.otherPoller = on;
  }

  /** Sets (or with '' removes) a webhook, as another deployment would: getUpdates then answers 409. */
  setWebhookFromElsewhere(url: string): void {
    this.webhookUrl = url;
  }

  /** Every call of `method` is answered `ms` later; `0` removes the delay. */
  delay(method: string, ms: number): void {
    if (ms > 0) this.delays.set(method.toLowerCase(), ms);
    else this.delays.delete(method.toLowerCase());
  }

  // ------------------------------------------------------------ HTTP

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    try {
      const url = new URL(req.url ?? '/', 'http://stub');
      const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
      if (download) return this.serveFile(decodeURIComponent(download[1] ?? ''), decodeURIComponent(download[2] ?? ''), at, res);
      const call = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
      if (!call) return writeJson(res, fail(404, 'Not Found'));
      const body = await readParams(req);
      const query = coerceFields(Object.fromEntries(url.searchParams));
      const record = this.record(call[2] ?? '', body instanceof Rejection ? query : { ...query, ...body }, at);
      const token = decodeURIComponent(call[1] ?? '');
      const outcome = body instanceof Rejection ? badRequest(body.reason) : await this.process(token, record, abortOnClose(res));
      this.answer(record, res, outcome);
    } catch (error) {
      if (!res.headersSent) writeJson(res, fail(500, `Internal Server Error: stub bug: ${String(error)}`));
    }
  }

  private async process(token: string, record: RecordedRequest, closed: AbortSignal): Promise<Outcome> {
    if (token !== this.token || this.tokenRevoked) return fail(401, 'Unauthorized');
    const key = record.method.toLowerCase();
    await this.pause(this.delays.get(key));
    const fault = this.faults.get(key)?.shift();
    if (fault?.kind === 'fail') return failure(fault.spec);
    if (fault?.kind === 'drop' && !fault.afterProcessing) return DROP;
    const handler = this.handlers[key] ?? (() => ok(true));
    const reply = await handler(record.params, { closed });
    return fault ? DROP : reply;
  }

  private answer(record: RecordedRequest, res: ServerResponse, outcome: Outcome): void {
    if (outcome === DROP) {
      res.socket?.destroy();
      return this.settle(record, 'dropped');
    }
    if (!res.destroyed) writeJson(res, outcome);
    this.settle(record, outcome.body.ok ? 'ok' : 'error', outcome);
  }

  private settle(record: RecordedRequest, outcome: RecordedRequest['outcome'], reply?: ApiReply): void {
    record.outcome = outcome;
    record.answeredAt = Date.now();
    if (reply) {
      record.status = reply.status;
      record.response = reply.body;
    }
    this.notify();
  }

  private serveFile(token: string, filePath: string, at: number, res: ServerResponse): void {
    const record = this.record('downloadFile', { file_path: filePath }, at);
    const file = this.filesByPath.get(filePath);
    if (token !== this.token || this.tokenRevoked) return this.answer(record, res, fail(401, 'Unauthorized'));
    if (!file) return this.answer(record, res, fail(404, 'Not Found'));
    res.writeHead(200, { 'content-type': file.mime_type ?? 'application/octet-stream', 'content-length': file.content.length });
    res.end(file.content);
    record.status = 200;
    this.settle(record, 'ok');
  }

  private record(method: string, params: Params, at: number): RecordedRequest {
    const record: RecordedRequest = { method, params, at, outcome: 'pending' };
    this.log.push(record);
    this.notify();
    return record;
  }

  private notify(): void {
    for (const check of [...this.watchers]) check();
  }

  private async pause(ms: number | undefined): Promise<void> {
    if (!ms) return;
    // Stopping cuts the delay short; the answer then goes to a closed socket.
    await sleep(ms, undefined, { signal: this.lifetime.signal }).catch(() => undefined);
  }

  private addFault(method: string, fault: Fault): void {
    const key = method.toLowerCase();
    this.faults.set(key, [...(this.faults.get(key) ?? []), fault]);
  }

  private until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    // Created here so the stack trace points at the waiting test line.
    const error = new Error();
    if (this.lifetime.signal.aborted) return Promise.reject(this.waitError(error, `stub already stopped; no ${what}`));
    return new Promise<T>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.watchers.delete(check);
        this.lifetime.signal.removeEventListener('abort', onStop);
        settle();
      };
      const check = () => {
        const value = probe();
        if (value !== undefined) finish(() => resolve(value));
      };
      const onStop = () => finish(() => reject(this.waitError(error, `stub stopped while waiting for ${what}`)));
      const timer = setTimeout(
        () => finish(() => reject(this.waitError(error, `timed out after ${timeoutMs} ms waiting for ${what}`))),
        timeoutMs,
      );
      this.watchers.add(check);
      this.lifetime.signal.addEventListener('abort', onStop, { once: true });
    });
  }

  private waitError(error: Error, headline: string): Error {
    error.message = `BotApiStub: ${headline}.\n${this.describeLog()}`;
    return error;
  }

  private describeLog(): string {
    if (this.log.length === 0) return 'No requests were recorded.';
    const shown = this.log.slice(-30);
    const lines = shown.map((r) => {
      const answer = r.outcome === 'pending' ? 'pending' : r.outcome === 'dropped' ? 'dropped' : String(r.status);
      return `  +${r.at - this.startedAt}ms ${r.method} ${truncate(safeJson(r.params), 160)} → ${answer}`;
    });
    const skipped = this.log.length - shown.length;
    return `Requests seen (${this.log.length}${skipped ? `, first ${skipped} omitted` : ''}):\n${lines.join('\n')}`;
  }

  // ------------------------------------------------------------ methods

  private buildHandlers(): Record<string, Handler> {
    const handlers: Record<string, Handler> = {
      getMe: () => ok(this.botInfo),
      getUpdates: (p, call) => this.getUpdates(p, call),
      setWebhook: (p) => this.setWebhook(str(p.url) ?? '', p),
      deleteWebhook: (p) => this.setWebhook('', p),
      getWebhookInfo: () => ok({ url: this.webhookUrl, has_custom_certificate: false, pending_update_count: this.queue.length }),
      setMyCommands: (p) => this.setMyCommands(p),
      deleteMyCommands: (p) => this.deleteMyCommands(p),
      getMyCommands: (p) => ok(this.myCommands(p.scope, str(p.language_code))),
      sendMessage: (p) => this.sendMessage(p),
      editMessageText: (p) => this.editMessageText(p),
      editMessageReplyMarkup: (p) => this.editMessageReplyMarkup(p),
      deleteMessage: (p) => this.deleteMessage(p),
      answerCallbackQuery: (p) => this.answerQuery(p.callback_query_id),
      answerInlineQuery: (p) => this.answerInlineQuery(p),
      sendChatAction: () => ok(true),
      getFile: (p) => this.getFile(p),
      getChat: (p) => this.getChat(p),
      leaveChat: () => ok(true),
    };
    for (const field of Object.keys(MEDIA_FOLDER) as MediaField[]) {
      handlers[`send${field[0]?.toUpperCase()}${field.slice(1)}`] = (p) => this.sendMedia(field, p);
    }
    // Telegram matches method names case-insensitively.
    return Object.fromEntries(Object.entries(handlers).map(([name, handler]) => [name.toLowerCase(), handler]));
  }

  private async getUpdates(p: Params, call: CallContext): Promise<ApiReply> {
    if (this.webhookUrl) {
      return fail(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    if (this.otherPoller) return fail(409, OTHER_POLLER);
    // Like Telegram, a newer getUpdates ends an older one still waiting.
    for (const wake of [...this.pollers]) wake('conflict');
    this.confirmOffset(num(p.offset) ?? 0);
    const limit = Math.min(Math.max(num(p.limit) ?? 100, 1), 100);
    const timeoutMs = Math.max(num(p.timeout) ?? 0, 0) * 1000;
    if (this.queue.length === 0 && timeoutMs > 0 && !this.lifetime.signal.aborted) {
      const reason = await this.awaitUpdate(timeoutMs, call.closed);
      if (reason === 'conflict') {
        return fail(409, OTHER_POLLER);
      }
    }
    return ok(this.queue.slice(0, limit));
  }

  private confirmOffset(offset: number): void {
    if (offset > 0) {
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      this.confirmed = Math.max(this.confirmed, offset);
    } else if (offset < 0) {
      // A negative offset keeps only the last -offset updates and forgets the rest.
      this.queue = this.queue.slice(offset);
      this.confirmed = Math.max(this.confirmed, this.queue[0]?.update_id ?? this.nextUpdateId);
    }
    this.notify();
  }

  private awaitUpdate(ms: number, closed: AbortSignal): Promise<WakeReason> {
    return new Promise((resolve) => {
      const wake = (reason: WakeReason) => {
        clearTimeout(timer);
        this.pollers.delete(wake);
        closed.removeEventListener('abort', onAbort);
        resolve(reason);
      };
      const onAbort = () => wake('abort');
      const timer = setTimeout(() => wake('timeout'), ms);
      this.pollers.add(wake);
      closed.addEventListener('abort', onAbort, { once: true });
    });
  }

  private setWebhook(url: string, p: Params): ApiReply {
    this.webhookUrl = url;
    if (p.drop_pending_updates === true) this.queue = [];
    return ok(true);
  }

  private setMyCommands(p: Params): ApiReply {
    const commands = Array.isArray(p.commands) ? p.commands : [];
    for (const command of commands as Params[]) {
      if (!/^[a-z0-9_]{1,32}$/.test(str(command.command) ?? '')) return badRequest('BOT_COMMAND_INVALID');
      const description = str(command.description) ?? '';
      if (description.length < 1 || description.length > 256) return badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    this.commands.set(commandsKey(p.scope, p.language_code), commands);
    return ok(true);
  }

  private deleteMyCommands(p: Params): ApiReply {
    this.commands.delete(commandsKey(p.scope, p.language_code));
    return ok(true);
  }

  private sendMessage(p: Params): ApiReply {
    const chat = this.resolveChat(p.chat_id);
    if (!chat) return badRequest('chat_id is empty');
    const content = this.formatText(p.text, p.parse_mode, p.entities, 'text');
    if (content instanceof Rejection) return badRequest(content.reason);
    const markupError = checkReplyMarkup(p.reply_markup);
    if (markupError) return badRequest(markupError);
    const reply = this.replyFields(chat, p);
    if (reply instanceof Rejection) return badRequest(reply.reason);
    return ok(this.botMessage(chat, { ...reply, ...content, ...inlineMarkup(p.reply_markup) }));
  }

  private sendMedia(field: MediaField, p: Params): ApiReply {
    const chat = this.resolveChat(p.chat_id);
    if (!chat) return badRequest('chat_id is empty');
    const caption = this.formatText(p.caption, p.parse_mode, p.caption_entities, 'caption');
    if (caption instanceof Rejection) return badRequest(caption.reason);
    const markupError = checkReplyMarkup(p.reply_markup);
    if (markupError) return badRequest(markupError);
    const file = this.fileFromInput(p[field], field);
    if (file instanceof Rejection) return badRequest(file.reason);
    const media = field === 'photo' ? this.photoSizes(file.content, 1280, 720, file) : mediaObject(field, file);
    return ok(this.botMessage(chat, { [field]: media, ...caption, ...inlineMarkup(p.reply_markup) }));
  }

  private editMessageText(p: Params): ApiReply {
    const content = this.formatText(p.text, p.parse_mode, p.entities, 'text');
    if (content instanceof Rejection) return badRequest(content.reason);
    const markupError = checkReplyMarkup(p.reply_markup);
    if (markupError) return badRequest(markupError);
    if (p.inline_message_id !== undefined) return ok(true);
    const found = this.editableMessage(p);
    if (found instanceof Rejection) return badRequest(found.reason);
    const next: Partial<TgMessage> = { ...content, ...inlineMarkup(p.reply_markup) };
    const unchanged = ['text', 'entities', 'reply_markup'].every((k) => sameJson(found[k], next[k]));
    if (unchanged) return badRequest(NOT_MODIFIED);
    return ok(this.replaceFields(found, ['text', 'entities', 'reply_markup'], next));
  }

  private editMessageReplyMarkup(p: Params): ApiReply {
    const markupError = checkReplyMarkup(p.reply_markup);
    if (markupError) return badRequest(markupError);
    if (p.inline_message_id !== undefined) return ok(true);
    const found = this.editableMessage(p);
    if (found instanceof Rejection) return badRequest(found.reason);
    const next = inlineMarkup(p.reply_markup);
    if (sameJson(found.reply_markup, next.reply_markup)) return badRequest(NOT_MODIFIED);
    return ok(this.replaceFields(found, ['reply_markup'], next));
  }

  private deleteMessage(p: Params): ApiReply {
    const key = messageKey(this.resolveChat(p.chat_id)?.id ?? 0, num(p.message_id) ?? 0);
    if (!this.messages.delete(key)) return badRequest('message to delete not found');
    return ok(true);
  }

  private answerQuery(id: unknown): ApiReply {
    if (typeof id !== 'string' || !this.openQueries.has(id)) return badRequest(QUERY_INVALID);
    return ok(true);
  }

  private answerInlineQuery(p: Params): ApiReply {
    if (Array.isArray(p.results) && p.results.length > INLINE_RESULTS_LIMIT) return badRequest('RESULTS_TOO_MUCH');
    return this.answerQuery(p.inline_query_id);
  }

  private getFile(p: Params): ApiReply {
    const file = this.files.get(str(p.file_id) ?? '');
    if (!file) return badRequest('invalid file_id');
    if (file.file_size > DOWNLOAD_LIMIT) return badRequest('file is too big');
    const { file_id, file_unique_id, file_size, file_path } = file;
    return ok({ file_id, file_unique_id, file_size, file_path });
  }

  private getChat(p: Params): ApiReply {
    const chat = this.resolveChat(p.chat_id);
    if (!chat) return badRequest('chat not found');
    return ok({ ...chat, accent_color_id: 0, max_reaction_count: 11 });
  }

  // ------------------------------------------------------------ helpers over state

  /** Another id means another person: Alice's name and username are not carried over. */
  private user(partial: Partial<TgUser> = {}): TgUser {
    const id = partial.id ?? DEFAULT_USER.id;
    const base: TgUser = id === DEFAULT_USER.id ? DEFAULT_USER : { id, is_bot: false, first_name: `User ${id}`, language_code: 'en' };
    return { ...base, ...partial };
  }

  private get botUser(): TgUser {
    const { id, first_name, username } = this.botInfo;
    return { id, is_bot: true, first_name, username };
  }

  private rememberChat(chat: TgChat): TgChat {
    this.chats.set(chat.id, chat);
    return chat;
  }

  /** Unknown chats are invented rather than refused, so bots may message configured ids. */
  private resolveChat(chatId: unknown): TgChat | undefined {
    if (typeof chatId === 'string' && chatId.startsWith('@')) {
      const username = chatId.slice(1);
      const known = [...this.chats.values()].find((c) => c.username === username);
      return known ?? this.rememberChat({ id: -1000000000000 - this.chats.size, type: 'channel', username, title: username });
    }
    const id = num(chatId);
    if (id === undefined) return undefined;
    const invented: TgChat = id > 0 ? { id, type: 'private', first_name: `User ${id}` } : { id, type: 'supergroup', title: `Chat ${id}` };
    return this.chats.get(id) ?? this.rememberChat(invented);
  }

  private storeMessage(message: TgMessage): TgMessage {
    this.messages.set(messageKey(message.chat.id, message.message_id), message);
    return message;
  }

  private userMessage(options: MessageOptions, body: Params): TgMessage {
    const from = this.user(options.from);
    const chat = this.rememberChat(options.chat ?? privateChatOf(from));
    const replied = options.replyTo === undefined ? undefined : this.messages.get(messageKey(chat.id, options.replyTo));
    return this.storeMessage({
      message_id: this.nextMessageId++,
      from,
      chat,
      date: options.date ?? unixNow(),
      ...(replied ? { reply_to_message: replied } : {}),
      ...body,
      ...options.extra,
    });
  }

  private botMessage(chat: TgChat, body: Params): TgMessage {
    return this.storeMessage({ message_id: this.nextMessageId++, from: this.botUser, chat, date: unixNow(), ...body });
  }

  private callbackMessage(chat: TgChat, message: TgMessage | number | undefined): TgMessage {
    if (typeof message === 'object') {
      return this.messages.get(messageKey(message.chat.id, message.message_id)) ?? this.storeMessage(message);
    }
    if (message === undefined) return this.botMessage(chat, { text: 'Choose an option' });
    const known = this.messages.get(messageKey(chat.id, message));
    if (!known) throw new Error(`pushCallbackQuery: no message ${message} in chat ${chat.id}`);
    return known;
  }

  private editableMessage(p: Params): TgMessage | Rejection {
    const chat = this.resolveChat(p.chat_id);
    const message = chat && this.messages.get(messageKey(chat.id, num(p.message_id) ?? 0));
    if (!message) return new Rejection('message to edit not found');
    if (message.from?.id !== this.botInfo.id) return new Rejection("message can't be edited");
    return message;
  }

  private replaceFields(message: TgMessage, fields: string[], next: Params): TgMessage {
    return this.storeMessage({ ...withoutFields(message, fields), ...next, edit_date: unixNow() });
  }

  private replyFields(chat: TgChat, p: Params): Params | Rejection {
    const parameters = isRecord(p.reply_parameters) ? p.reply_parameters : {};
    const id = num(parameters.message_id) ?? num(p.reply_to_message_id);
    if (id === undefined) return {};
    const replied = this.messages.get(messageKey(chat.id, id));
    if (replied) return { reply_to_message: replied };
    const lenient = parameters.allow_sending_without_reply === true || p.allow_sending_without_reply === true;
    return lenient ? {} : new Rejection('message to be replied not found');
  }

  private formatText(
    raw: unknown,
    parseMode: unknown,
    entities: unknown,
    kind: 'text' | 'caption',
  ): Params | Rejection {
    if (raw === undefined && kind === 'caption') return {};
    const mode = (str(parseMode) ?? '').toLowerCase();
    if (!['', 'html', 'markdown', 'markdownv2'].includes(mode)) return new Rejection('unsupported parse_mode');
    const parsed = mode === 'html' ? parseHtml(String(raw ?? ''), this.strictAmpersand) : plainText(String(raw ?? ''), entities);
    if ('error' in parsed) return new Rejection(`can't parse entities: ${parsed.error}`);
    if (kind === 'text' && parsed.text.trim() === '') return new Rejection('message text is empty');
    if (kind === 'text' && parsed.text.length > TEXT_LIMIT) return new Rejection('message is too long');
    if (kind === 'caption' && parsed.text.length > CAPTION_LIMIT) return new Rejection('message caption is too long');
    return kind === 'text' ? textFields(parsed.text, parsed.entities) : captionFields(parsed.text, parsed.entities);
  }

  private fileFromInput(input: unknown, field: MediaField): StoredFile | Rejection {
    const { folder, mime } = MEDIA_FOLDER[field];
    if (isUploadedFile(input)) {
      const mimeType = field === 'document' ? guessMime(input.fileName) : mime;
      return this.registerFile(input.content, { folder, fileName: input.fileName, mimeType });
    }
    if (typeof input !== 'string' || input === '') return new Rejection(`there is no ${field} in the request`);
    const known = this.files.get(input);
    if (known) return known;
    if (/^https?:\/\//.test(input)) return this.registerFile(Buffer.from(input), { folder, mimeType: mime, fileName: urlFileName(input) });
    return new Rejection('wrong file identifier/HTTP URL specified');
  }

  /** Telegram sends a photo as several sizes; the last one is the original. */
  private photoSizes(content: Buffer, width: number, height: number, original?: StoredFile): Params[] {
    const longest = Math.max(width, height);
    const scaled = [90, 320, 800].filter((side) => side < longest).map((side) => side / longest);
    return [...scaled, 1].map((factor) => {
      const fileSize = Math.max(1, Math.round(content.length * factor * factor));
      const file = factor === 1 && original ? original : this.registerFile(content, { folder: 'photos', mimeType: 'image/jpeg', fileSize });
      return {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        file_size: file.file_size,
        width: Math.round(width * factor),
        height: Math.round(height * factor),
      };
    });
  }

  private newQueryId(): string {
    const id = String(7_000_000_000_000_000n + BigInt(++this.idCounter));
    this.openQueries.add(id);
    return id;
  }
}

export async function startBotApiStub(options: BotApiStubOptions = {}): Promise<BotApiStub> {
  const stub = new BotApiStub(options);
  await stub.start();
  return stub;
}

// ---------------------------------------------------------------- message shapes

function privateChatOf(user: TgUser): TgChat {
  const chat: TgChat = { id: user.id, type: 'private', first_name: user.first_name };
  if (user.last_name !== undefined) chat.last_name = user.last_name;
  if (user.username !== undefined) chat.username = user.username;
  return chat;
}

function textFields(text: string, entities: TgEntity[] = detectEntities(text)): Params {
  return entities.length > 0 ? { text, entities } : { text };
}

function captionFields(caption: string | undefined, entities?: TgEntity[]): Params {
  if (caption === undefined) return {};
  const found = entities ?? detectEntities(caption);
  return found.length > 0 ? { caption, caption_entities: found } : { caption };
}

/** Telegram keeps only inline keyboards on the returned Message. */
function inlineMarkup(markup: unknown): { reply_markup?: unknown } {
  return isRecord(markup) && Array.isArray(markup.inline_keyboard) ? { reply_markup: markup } : {};
}

function mediaObject(field: MediaField, file: StoredFile): Params {
  const ids = { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size };
  const mime = file.mime_type ?? MEDIA_FOLDER[field].mime;
  switch (field) {
    case 'document':
      return { file_name: file.file_name ?? 'document', mime_type: mime, ...ids };
    case 'audio':
      return { duration: 1, mime_type: mime, ...(file.file_name ? { file_name: file.file_name } : {}), ...ids };
    case 'voice':
      return { duration: 1, mime_type: mime, ...ids };
    case 'video':
    case 'animation':
      return { duration: 1, width: 640, height: 360, mime_type: mime, ...ids };
    case 'sticker':
      return { type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, ...ids };
    case 'photo':
      return { width: 1280, height: 720, ...ids };
  }
}

const COMMAND_PATTERN = /(?<![\w/@])\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w@/])/g;
const MENTION_PATTERN = /(?<![\w/@])@[A-Za-z0-9_]{5,32}(?![\w@])/g;

/** Offsets and lengths are UTF-16 code units, which is what JS string indices count. */
export function detectEntities(text: string): TgEntity[] {
  const found = (pattern: RegExp, type: string) =>
    [...text.matchAll(pattern)].map((m) => ({ type, offset: m.index ?? 0, length: m[0].length }));
  return [...found(COMMAND_PATTERN, 'bot_command'), ...found(MENTION_PATTERN, 'mention')].sort((a, b) => a.offset - b.offset);
}

function checkReplyMarkup(markup: unknown): string | undefined {
  if (!isRecord(markup) || !Array.isArray(markup.inline_keyboard)) return undefined;
  for (const row of markup.inline_keyboard) {
    for (const button of Array.isArray(row) ? (row as unknown[]) : []) {
      if (!isRecord(button)) return "can't parse inline keyboard button: object expected";
      if (!INLINE_BUTTON_ACTIONS.some((action) => action in button)) {
        return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard";
      }
      const data = button.callback_data;
      if (data !== undefined && !(typeof data === 'string' && validDataLength(data))) return 'BUTTON_DATA_INVALID';
    }
  }
  return undefined;
}

function validDataLength(data: string): boolean {
  const bytes = Buffer.byteLength(data, 'utf8');
  return bytes >= 1 && bytes <= CALLBACK_DATA_LIMIT;
}

// ---------------------------------------------------------------- HTML parse mode

interface ParsedText {
  text: string;
  entities: TgEntity[];
}

interface OpenTag {
  name: string;
  offset: number;
  attributes: Record<string, string>;
  /** Set by a nested `<code class="language-x">`. */
  language?: string;
}

const TAG_ENTITY: Record<string, string> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline',
  s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough',
  span: 'spoiler', 'tg-spoiler': 'spoiler', a: 'text_link', code: 'code', pre: 'pre',
  blockquote: 'blockquote', 'tg-emoji': 'custom_emoji',
};

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const ENTITY_PATTERN = /&(?:(lt|gt|amp|quot)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const ATTRIBUTE_PATTERN = /\s*([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;

/**
 * Checks text the way Telegram's HTML parse mode does (supported tags, balance,
 * character entities) and returns the plain text with its entities.
 */
export function parseHtml(html: string, strictAmpersand = true): ParsedText | { error: string } {
  let text = '';
  const entities: TgEntity[] = [];
  const open: OpenTag[] = [];
  let i = 0;
  const at = (index: number) => `at byte offset ${Buffer.byteLength(html.slice(0, index), 'utf8')}`;
  while (i < html.length) {
    const ch = html[i] ?? '';
    if (ch === '&') {
      const entity = readEntity(html, i);
      if (!entity && strictAmpersand) return { error: `bare "&" ${at(i)} must be escaped as "&amp;"` };
      text += entity?.char ?? '&';
      i = entity?.end ?? i + 1;
    } else if (ch !== '<') {
      text += ch;
      i += 1;
    } else if (html[i + 1] === '/') {
      const end = html.indexOf('>', i);
      if (end === -1) return { error: `Unclosed end tag ${at(i)}` };
      const name = html.slice(i + 2, end).trim().toLowerCase();
      const tag = open.pop();
      if (!tag) return { error: `Unexpected end tag ${at(i)}` };
      if (tag.name !== name) return { error: `Unmatched end tag ${at(i)}, expected "</${tag.name}>", found "</${name}>"` };
      closeTag(tag, open.at(-1), text.length, entities);
      i = end + 1;
    } else {
      const tag = readStartTag(html, i);
      if ('error' in tag) return { error: `${tag.error} ${at(i)}` };
      open.push({ name: tag.name, offset: text.length, attributes: tag.attributes });
      i = tag.end;
    }
  }
  const unclosed = open.pop();
  if (unclosed) return { error: `Can't find end tag corresponding to start tag "${unclosed.name}"` };
  return { text, entities: entities.sort((a, b) => a.offset - b.offset || b.length - a.length) };
}

function readEntity(html: string, index: number): { char: string; end: number } | undefined {
  ENTITY_PATTERN.lastIndex = index;
  const match = ENTITY_PATTERN.exec(html);
  if (!match) return undefined;
  const [, named, decimal, hex] = match;
  const code = named ? undefined : Number.parseInt(decimal ?? hex ?? '', decimal ? 10 : 16);
  if (code !== undefined && code > 0x10ffff) return undefined;
  return { char: named ? (NAMED_ENTITIES[named] ?? '') : String.fromCodePoint(code ?? 0), end: ENTITY_PATTERN.lastIndex };
}

function readStartTag(
  html: string,
  index: number,
): { name: string; attributes: Record<string, string>; end: number } | { error: string } {
  let i = index + 1;
  while (i < html.length && !/[\s>]/.test(html[i] ?? '')) i += 1;
  const name = html.slice(index + 1, i).toLowerCase();
  if (!(name in TAG_ENTITY)) return { error: `Unsupported start tag "${name}"` };
  const attributes: Record<string, string> = {};
  for (;;) {
    while (/\s/.test(html[i] ?? '')) i += 1;
    if (i >= html.length) return { error: 'Unclosed start tag' };
    if (html[i] === '>') break;
    ATTRIBUTE_PATTERN.lastIndex = i;
    const match = ATTRIBUTE_PATTERN.exec(html);
    if (!match || ATTRIBUTE_PATTERN.lastIndex === i) return { error: 'Unclosed start tag' };
    attributes[(match[1] ?? '').toLowerCase()] = decodeAttribute(match[2] ?? match[3] ?? match[4] ?? '');
    i = ATTRIBUTE_PATTERN.lastIndex;
  }
  if (name === 'span' && attributes.class !== 'tg-spoiler') return { error: 'Tag "span" must have class "tg-spoiler"' };
  if (name === 'tg-emoji' && !attributes['emoji-id']) return { error: 'Tag "tg-emoji" must have attribute "emoji-id"' };
  return { name, attributes, end: i + 1 };
}

function decodeAttribute(value: string): string {
  return value.replace(/&(?:(lt|gt|amp|quot)|#(\d{1,7}));/g, (whole, named?: string, decimal?: string) =>
    named ? (NAMED_ENTITIES[named] ?? whole) : String.fromCodePoint(Number(decimal)),
  );
}

function closeTag(tag: OpenTag, parent: OpenTag | undefined, textEnd: number, entities: TgEntity[]): void {
  const language = /^language-(.+)$/.exec(tag.attributes.class ?? '')?.[1];
  if (tag.name === 'code' && parent?.name === 'pre' && language) {
    // <pre><code class="language-x"> is one pre entity carrying the language.
    parent.language = language;
    return;
  }
  const length = textEnd - tag.offset;
  if (length === 0) return;
  const entity: TgEntity = { type: TAG_ENTITY[tag.name] ?? 'unknown', offset: tag.offset, length };
  if (tag.name === 'a') entity.url = tag.attributes.href ?? '';
  if (tag.name === 'pre' && tag.language) entity.language = tag.language;
  if (tag.name === 'tg-emoji') entity.custom_emoji_id = tag.attributes['emoji-id'] ?? '';
  if (tag.name === 'blockquote' && 'expandable' in tag.attributes) entity.type = 'expandable_blockquote';
  entities.push(entity);
}

function plainText(text: string, entities: unknown): ParsedText {
  return { text, entities: Array.isArray(entities) ? (entities as TgEntity[]) : [] };
}

// ---------------------------------------------------------------- request bodies

async function readParams(req: IncomingMessage): Promise<Params | Rejection> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (body.length === 0) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
    if (!boundary) return new Rejection('multipart boundary is missing');
    return parseMultipart(body, (boundary[1] ?? boundary[2] ?? '').trim());
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    return coerceFields(Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  }
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return isRecord(parsed) ? parsed : new Rejection('parameters must be a JSON object');
  } catch (error) {
    return new Rejection(`can't parse JSON body: ${String(error)}`);
  }
}

/** Enough of multipart/form-data for grammY's uploads (and curl/browser forms). */
function parseMultipart(body: Buffer, boundary: string): Params {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files = new Map<string, UploadedFile>();
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1 || body.subarray(partStart, partStart + 2).toString() === '--') break;
    addPart(body.subarray(partStart, next), fields, files);
    start = next;
  }
  return attachFiles(coerceFields(fields), files);
}

function addPart(raw: Buffer, fields: Record<string, string>, files: Map<string, UploadedFile>): void {
  const part = trimCrlf(raw);
  const split = part.indexOf('\r\n\r\n');
  if (split === -1) return;
  const headers = part.subarray(0, split).toString('utf8');
  const content = part.subarray(split + 4);
  const name = /;\s*name="([^"]*)"/i.exec(headers)?.[1];
  if (name === undefined) return;
  const fileName = /;\s*filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers);
  if (!fileName) {
    fields[name] = content.toString('utf8');
    return;
  }
  const mimeType = /^content-type:\s*([^\r\n;]+)/im.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
  files.set(name, { fileName: (fileName[1] ?? fileName[2] ?? '').trim(), mimeType, content: Buffer.from(content) });
}

function trimCrlf(part: Buffer): Buffer {
  const start = part.subarray(0, 2).toString() === '\r\n' ? 2 : 0;
  const end = part.subarray(-2).toString() === '\r\n' ? part.length - 2 : part.length;
  return part.subarray(start, end);
}

/** Replaces `attach://id` references (also inside InputMedia) by the uploaded files. */
function attachFiles(params: Params, files: Map<string, UploadedFile>): Params {
  const used = new Set<string>();
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith('attach://')) {
      const id = value.slice('attach://'.length);
      used.add(id);
      return files.get(id) ?? value;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  const resolved = resolve(params) as Params;
  // Plain HTML forms put the file under the field name itself.
  for (const [name, file] of files) if (!used.has(name) && !(name in resolved)) resolved[name] = file;
  return resolved;
}

const NUMERIC_FIELDS = new Set([
  'chat_id', 'from_chat_id', 'message_id', 'reply_to_message_id', 'message_thread_id', 'user_id',
  'offset', 'limit', 'timeout', 'duration', 'width', 'height', 'cache_time', 'max_connections',
]);
const FREE_TEXT_FIELDS = new Set(['text', 'caption', 'query', 'data', 'description', 'title', 'url', 'file_name']);

/** Form fields arrive as strings; Telegram reads them by the method's schema. */
function coerceFields(fields: Record<string, string>): Params {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, coerceField(key, value)]));
}

function coerceField(key: string, value: string): unknown {
  if (FREE_TEXT_FIELDS.has(key)) return value;
  if (NUMERIC_FIELDS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

// ---------------------------------------------------------------- small utilities

function writeJson(res: ServerResponse, reply: ApiReply): void {
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function abortOnClose(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

function isRecord(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return isRecord(value) && Buffer.isBuffer(value.content) && typeof value.fileName === 'string';
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameMethod(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function withoutFields<T extends object>(value: T, fields: string[]): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !fields.includes(key))) as T;
}

function messageKey(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}

function chatInstance(chatId: number): string {
  return String(BigInt(chatId) * 7919n + 1_000_003n);
}

function commandsKey(scope: unknown, languageCode: unknown): string {
  return JSON.stringify([scope ?? { type: 'default' }, languageCode ?? '']);
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

function extensionFor(folder: string): string {
  return Object.values(MEDIA_FOLDER).find((m) => m.folder === folder)?.ext ?? '';
}

const MIME_BY_EXTENSION: Record<string, string> = {
  '.txt': 'text/plain', '.pdf': 'application/pdf', '.json': 'application/json', '.csv': 'text/csv',
  '.html': 'text/html', '.jpg': 'image/jpeg', '.png': 'image/png', '.zip': 'application/zip',
};

function guessMime(fileName: string): string {
  return MIME_BY_EXTENSION[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function urlFileName(url: string): string | undefined {
  return new URL(url).pathname.split('/').filter(Boolean).at(-1);
}

function safeJson(value: unknown): string {
  // The replacer sees Buffer.toJSON() output, so look at the holder's original value.
  return JSON.stringify(value, function (this: Params, key: string, v: unknown) {
    const original = this[key];
    return Buffer.isBuffer(original) ? `<${original.length} bytes>` : v;
  }) ?? '';
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
