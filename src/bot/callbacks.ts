/**
 * Inline-button payloads. Telegram allows 64 bytes; ours are short, typed and validated, so a
 * forged or stale button is recognised and answered politely instead of crashing a handler.
 */
export type DownReason = 'paragraph' | 'none' | 'translation';

export type Callback =
  /** a page of results for an asked question, shown in the message the button is on */
  | { kind: 'more'; qid: string; offset: number }
  /** a page of an article, shown in the message the button is on; `mark` is the cited paragraph (0: none) */
  | { kind: 'article'; article: string; page: number; mark: number }
  /** open an article at its paragraph `paragraph` (a result's "Source n" button) */
  | { kind: 'open'; article: string; paragraph: number }
  | { kind: 'vote'; qid: string; up: boolean; reason?: DownReason }
  | { kind: 'remove'; article: string; confirm: boolean }
  /** the whole paragraphs of a results page, in the asker's language */
  | { kind: 'translate'; qid: string; offset: number };

const QID = /^[a-z0-9]{6,12}$/;
const ARTICLE_KEY = /^[a-f0-9]{10}$/;
const REASONS: Record<string, DownReason> = { p: 'paragraph', n: 'none', t: 'translation' };
const REASON_CODE: Record<DownReason, string> = { paragraph: 'p', none: 'n', translation: 't' };

export function encodeCallback(c: Callback): string {
  switch (c.kind) {
    case 'more': return `m:${c.qid}:${c.offset}`;
    case 'article': return `a:${c.article}:${c.page}:${c.mark}`;
    case 'open': return `s:${c.article}:${c.paragraph}`;
    case 'vote': return `v:${c.qid}:${c.up ? 1 : 0}${c.reason ? `:${REASON_CODE[c.reason]}` : ''}`;
    case 'remove': return `r:${c.article}:${c.confirm ? 1 : 0}`;
    case 'translate': return `t:${c.qid}:${c.offset}`;
  }
}

function smallInt(s: string | undefined, max: number): number | undefined {
  if (!s || !/^\d{1,4}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= max ? n : undefined;
}

export function decodeCallback(data: string | undefined): Callback | undefined {
  if (!data || data.length > 64) return undefined;
  const [kind, a, b, c, ...rest] = data.split(':');
  if (rest.length) return undefined;
  if (kind === 'm' && a && QID.test(a) && c === undefined) {
    const offset = smallInt(b, 1000);
    return offset === undefined ? undefined : { kind: 'more', qid: a, offset };
  }
  if (kind === 'a' && a && ARTICLE_KEY.test(a)) {
    const page = smallInt(b, 1000);
    // Buttons sent before paragraphs were marked have no fourth part.
    const mark = c === undefined ? 0 : smallInt(c, 9999);
    return page === undefined || mark === undefined ? undefined : { kind: 'article', article: a, page, mark };
  }
  if (kind === 't' && a && QID.test(a) && c === undefined) {
    const offset = smallInt(b, 1000);
    return offset === undefined ? undefined : { kind: 'translate', qid: a, offset };
  }
  if (kind === 's' && a && ARTICLE_KEY.test(a) && c === undefined) {
    const paragraph = smallInt(b, 9999);
    return paragraph === undefined || paragraph < 1 ? undefined : { kind: 'open', article: a, paragraph };
  }
  if (kind === 'v' && a && QID.test(a) && (b === '0' || b === '1')) {
    if (c === undefined) return { kind: 'vote', qid: a, up: b === '1' };
    const reason = REASONS[c];
    return reason && b === '0' ? { kind: 'vote', qid: a, up: false, reason } : undefined;
  }
  if (kind === 'r' && a && ARTICLE_KEY.test(a) && (b === '0' || b === '1') && c === undefined) return { kind: 'remove', article: a, confirm: b === '1' };
  return undefined;
}
