/** Byte-level checks shared by folder ingestion and uploads: is this a usable UTF-8 text article? */
import { isBlank } from './text.js';

export type ByteCheck = { ok: true; text: string } | { ok: false; reason: string };

export const SKIP_REASONS = {
  empty: 'empty file',
  binary: 'binary file',
  encoding: 'not valid UTF-8',
  noParagraphs: 'no paragraphs after cleaning',
  fileType: 'unsupported file type (expected .txt or .md)',
  tooLarge: 'file too large',
} as const;

/** Article files are plain text or Markdown. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
/** Far above any news article; protects the pipeline from accidental dumps. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Share of control bytes above which a NUL-free file is still treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const b of bytes) {
    // C0 controls other than tab, LF, VT, FF, CR; plus DEL.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return bytes.length === 0 ? 0 : control / bytes.length;
}

/**
 * Checks a candidate article file's bytes: extension, size, emptiness, binary content (NUL bytes
 * or a high share of control bytes), strict UTF-8. On success returns the decoded text (BOM removed).
 */
export function validateArticleBytes(name: string, bytes: Uint8Array): ByteCheck {
  if (!isArticleFileName(name)) return { ok: false, reason: SKIP_REASONS.fileType };
  if (bytes.length === 0) return { ok: false, reason: SKIP_REASONS.empty };
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: SKIP_REASONS.tooLarge };
  if (bytes.includes(0) || controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, reason: SKIP_REASONS.binary };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: SKIP_REASONS.encoding };
  }
  if (isBlank(text.replace(/[\r\n]+/gu, ' '))) return { ok: false, reason: SKIP_REASONS.empty };
  return { ok: true, text };
}
