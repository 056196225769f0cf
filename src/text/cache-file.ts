/**
 * A JSON cache file: read back only when it passes the caller's check, written whole or not at all.
 * A cache only saves work, so every failure (absent, truncated, unwritable) just means "no cache".
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function readCacheFile<T>(file: string, valid: (c: T) => boolean): Promise<T | null> {
  try {
    const c = JSON.parse(await readFile(file, 'utf8')) as T;
    return valid(c) ? c : null;
  } catch {
    return null; // absent, truncated or not JSON: rebuild
  }
}

/** Written beside the target and renamed over it, so a reader never sees half a file. */
export async function writeCacheFile(file: string, value: unknown): Promise<boolean> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, file);
    return true;
  } catch {
    await rm(tmp, { force: true }).catch(() => undefined);
    return false;
  }
}
