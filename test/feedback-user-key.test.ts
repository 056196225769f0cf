/** The feedback key: made once, private to the machine, and the only way from a user id to its stored hash. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KEY_FILE, isLegacyUserHash, keyedUserHash, loadUserKey } from '../src/feedback/user-key.js';
import { ConfigError } from '../src/config.js';

async function withDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsbot-key-'));
  try { return await fn(dir); } finally { await rm(dir, { recursive: true, force: true }); }
}

test('a key is generated once into DATA_DIR/feedback.key with mode 0600, and reused', () => withDir(async (dir) => {
  const data = path.join(dir, 'data');
  const first = await loadUserKey(data, undefined);
  assert.equal(first.length, 32);
  assert.equal((await stat(path.join(data, KEY_FILE))).mode & 0o777, 0o600);
  const again = await loadUserKey(data, undefined);
  assert.deepEqual(again, first, 'the same key on the next start');
  assert.equal(keyedUserHash(again)(42), keyedUserHash(first)(42));
}));

test('two machines (two keys) hash the same user differently; the old bot-id-salted hash is not among them', () => withDir(async (dir) => {
  const a = keyedUserHash(await loadUserKey(path.join(dir, 'a'), undefined));
  const b = keyedUserHash(await loadUserKey(path.join(dir, 'b'), undefined));
  assert.notEqual(a(424242), b(424242));
  assert.notEqual(a(424242), a(424243));
  const legacy = createHash('sha256').update('123456:424242').digest('hex').slice(0, 16);
  assert.ok(!a(424242).includes(legacy));
  assert.ok(isLegacyUserHash(legacy), 'old records are told apart');
  assert.ok(!isLegacyUserHash(a(424242)));
}));

test('FEEDBACK_SECRET: used when set (replicas share it), refused when short', () => withDir(async (dir) => {
  const secret = 'x'.repeat(40);
  const one = keyedUserHash(await loadUserKey(path.join(dir, 'one'), secret));
  const two = keyedUserHash(await loadUserKey(path.join(dir, 'two'), secret));
  assert.equal(one(7), two(7));
  await assert.rejects(loadUserKey(path.join(dir, 'three'), 'short'), (e: unknown) => e instanceof ConfigError && /at least 32 characters/.test(e.message));
}));

test('a key file readable by others is narrowed to 0600 and said so; a damaged one is refused with what to do', () => withDir(async (dir) => {
  const key = await loadUserKey(dir, undefined);
  await chmod(path.join(dir, KEY_FILE), 0o644);
  const lines: string[] = [];
  assert.deepEqual(await loadUserKey(dir, undefined, (l) => lines.push(l)), key);
  assert.equal((await stat(path.join(dir, KEY_FILE))).mode & 0o777, 0o600);
  assert.match(lines.join('\n'), /readable by other users; narrowed to 0600/);
  await writeFile(path.join(dir, KEY_FILE), 'not a key\n');
  await assert.rejects(loadUserKey(dir, undefined), /not a feedback key .*remove it/);
  assert.equal(await readFile(path.join(dir, KEY_FILE), 'utf8'), 'not a key\n', 'left as it was');
}));
