/** The build lock (`build.lock`, pid + host inside): one build at a time per index folder; stale locks of killed builds are taken over. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IndexError } from '../types.js';
import { errCode } from './fsio.js';
import { LOCK_FILE } from './layout.js';

export interface LockInfo {
  pid: number;
  token: string;
  host: string;
  startedAt: string;
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errCode(err) === 'EPERM';
  }
}

export async function readLock(indexDir: string): Promise<LockInfo | null> {
  try {
    const raw = await fs.readFile(path.join(indexDir, LOCK_FILE), 'utf8');
    const info = JSON.parse(raw) as LockInfo;
    return typeof info.pid === 'number' ? info : { pid: -1, token: '', host: '', startedAt: '' };
  } catch (err) {
    if (errCode(err) === 'ENOENT') return null;
    return { pid: -1, token: '', host: '', startedAt: '' }; // unreadable lock = stale
  }
}

export function lockIsLive(info: LockInfo): boolean {
  return info.pid > 0 && info.host === os.hostname() && pidAlive(info.pid);
}

export async function acquireLock(indexDir: string): Promise<string> {
  const file = path.join(indexDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, token: randomBytes(8).toString('hex'), host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(info), { flag: 'wx' });
      return info.token;
    } catch (err) {
      if (errCode(err) !== 'EEXIST') throw err;
      const other = await readLock(indexDir);
      if (other && lockIsLive(other)) {
        throw new IndexError(
          'locked',
          `another index build is running in ${indexDir} (pid ${other.pid}, started ${other.startedAt}); wait for it to finish, ` +
            `or delete ${file} if that process no longer exists`,
          { file },
        );
      }
      await fs.rm(file, { force: true }); // stale lock of a killed build
    }
  }
  throw new IndexError('locked', `could not take the build lock ${file}; another build may have started just now`, { file });
}

export async function releaseLock(indexDir: string, token: string): Promise<void> {
  const info = await readLock(indexDir);
  if (info && info.token === token) await fs.rm(path.join(indexDir, LOCK_FILE), { force: true });
}

