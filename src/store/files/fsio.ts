/** Small fs helpers of the embedded store: durable writes (fsync), hashing, raw float32 reads. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import os from 'node:os';

export function errCode(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

export async function fsyncDir(dir: string): Promise<void> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(dir, fsConstants.O_RDONLY);
    await fh.sync();
  } catch {
    /* some filesystems cannot fsync directories; best effort */
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** Writes chunks to a new file, fsyncs it, returns size and sha256. */
export async function writeFileSynced(file: string, chunks: Iterable<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const fh = await fs.open(file, 'wx');
  try {
    for (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      let off = 0;
      while (off < chunk.byteLength) {
        const { bytesWritten } = await fh.write(chunk, off, chunk.byteLength - off);
        off += bytesWritten;
      }
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  const fh = await fs.open(file, 'r');
  try {
    for await (const chunk of fh.createReadStream({ highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  } finally {
    await fh.close().catch(() => undefined);
  }
  return hash.digest('hex');
}

export async function fsyncFile(file: string): Promise<void> {
  const fh = await fs.open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}


export function leBytesToF32(buf: Buffer): Float32Array {
  let b = buf;
  if (os.endianness() !== 'LE') {
    b = Buffer.from(buf);
    b.swap32();
  } else if (b.byteOffset % 4 !== 0) {
    b = Buffer.from(buf); // copy to an aligned buffer
  }
  return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
}

