/**
 * The key that turns a Telegram user id into the opaque string stored with feedback.
 *
 * User ids are small integers, so an unkeyed or publicly salted hash can be reversed by hashing
 * every plausible id. HMAC-SHA256 with a secret that never leaves the machine cannot: the secret is
 * FEEDBACK_SECRET when set (shared by replicas that should count a user once), otherwise a random
 * key generated once into DATA_DIR/feedback.key (mode 0600).
 *
 * Records written before this change hold 16 hex characters (sha256 of "<bot id>:<user id>");
 * keyed ones are marked "k1:" so both stay readable side by side (they do not match each other).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config.js';

export const KEY_FILE = 'feedback.key';
export const KEYED_PREFIX = 'k1:';
const MIN_SECRET = 32;

export type UserHasher = (userId: number) => string;

export function keyedUserHash(key: Buffer): UserHasher {
  return (userId) => KEYED_PREFIX + createHmac('sha256', key).update(String(userId)).digest('hex').slice(0, 32);
}

/** True for a record hashed with the public bot id as salt (before keyed hashes). */
export const isLegacyUserHash = (user: string): boolean => !user.startsWith(KEYED_PREFIX);

/**
 * The feedback key: FEEDBACK_SECRET (at least 32 characters) or DATA_DIR/feedback.key, created on
 * first use. A key file readable by others is narrowed to 0600, and `log` says so.
 */
export async function loadUserKey(dataDir: string, secret: string | undefined, log: (line: string) => void = () => {}): Promise<Buffer> {
  const fromEnv = secret?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET) throw new ConfigError(`FEEDBACK_SECRET must be at least ${MIN_SECRET} characters (e.g. \`openssl rand -hex 32\`)`);
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = path.join(dataDir, KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  // 'wx' fails when the file exists, so two processes starting together cannot overwrite each other's key.
  await writeFile(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
  });
  const st = await stat(file);
  if (st.mode & 0o077) {
    await chmod(file, 0o600);
    log(`${file} was readable by other users; narrowed to 0600`);
  }
  const hex = (await readFile(file, 'utf8')).trim();
  if (!/^[0-9a-f]{64,}$/i.test(hex)) throw new ConfigError(`${file} is not a feedback key (64 hex characters); remove it to have a new one made (earlier votes then stop matching their users)`);
  return Buffer.from(hex, 'hex');
}
