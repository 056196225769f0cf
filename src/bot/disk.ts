import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Total bytes of the files in a folder (one level: an index generation is flat). */
export async function dirSize(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const sizes = await Promise.all(names.map((n) => stat(path.join(dir, n)).then((s) => (s.isFile() ? s.size : 0), () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}
