/**
 * Inline-button payloads. Telegram allows 64 bytes; ours are short, typed and validated, so a
 * forged or stale button is recognised and answered politely instead of crashing a handler.
 */
export type Callback =
  | { kind: 'more'; qid: string; offset: number }
  | { kind: 'article'; article: string; page: number }
  | { kind: 'vote'; qid: string; up: boolean }
  | { kind: 'remove'; article: string; confirm: boolean }
  | { kind: 'translate'; qid: string; offset: number };

const QID = /^[a-z0-9]{6,12}$/;
const ARTICLE_KEY = /^[a-f0-9]{10}$/;

export function encodeCallback(c: Callback): string {
  switch (c.kind) {
    case 'more': return `m:${c.qid}:${c.offset}`;
    case 'article': return `a:${c.article}:${c.page}`;
    case 'vote': return `v:${c.qid}:${c.up ? 1 : 0}`;
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
  const [kind, a, b, ...rest] = data.split(':');
  if (rest.length) return undefined;
  if (kind === 'm' && a && QID.test(a)) {
    const offset = smallInt(b, 1000);
    return offset === undefined ? undefined : { kind: 'more', qid: a, offset };
  }
  if (kind === 'a' && a && ARTICLE_KEY.test(a)) {
    const page = smallInt(b, 1000);
    return page === undefined ? undefined : { kind: 'article', article: a, page };
  }
  if (kind === 't' && a && QID.test(a)) {
    const offset = smallInt(b, 1000);
    return offset === undefined ? undefined : { kind: 'translate', qid: a, offset };
  }
  if (kind === 'v' && a && QID.test(a) && (b === '0' || b === '1')) return { kind: 'vote', qid: a, up: b === '1' };
  if (kind === 'r' && a && ARTICLE_KEY.test(a) && (b === '0' || b === '1')) return { kind: 'remove', article: a, confirm: b === '1' };
  return undefined;
}
