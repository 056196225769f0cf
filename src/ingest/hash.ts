import { createHash } from 'node:crypto';

/** sha256 hex digest of the UTF-8 text (64 lowercase hex chars). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
