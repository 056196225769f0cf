/** 👍/👎 on answers, appended to a local JSONL file: question, result ids, vote, a keyed hash of the user id (never the id; see user-key.ts). */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface FeedbackRecord { at: string; question: string; results: string[]; vote: 'up' | 'down'; user: string }

export class FeedbackStore {
  constructor(readonly file: string) {}

  async add(r: FeedbackRecord): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await appendFile(this.file, JSON.stringify(r) + '\n', 'utf8');
  }

  async all(): Promise<FeedbackRecord[]> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).flatMap((l) => {
      try { return [JSON.parse(l) as FeedbackRecord]; } catch { return []; }
    });
  }
}

export interface FeedbackSummary { total: number; up: number; down: number; users: number; worst: Array<{ question: string; down: number; up: number }> }

export function summarize(records: FeedbackRecord[]): FeedbackSummary {
  const byQ = new Map<string, { up: number; down: number }>();
  for (const r of records) {
    const q = byQ.get(r.question) ?? { up: 0, down: 0 };
    q[r.vote]++;
    byQ.set(r.question, q);
  }
  return {
    total: records.length,
    up: records.filter((r) => r.vote === 'up').length,
    down: records.filter((r) => r.vote === 'down').length,
    users: new Set(records.map((r) => r.user)).size,
    worst: [...byQ].map(([question, v]) => ({ question, ...v })).filter((x) => x.down > 0).sort((a, b) => b.down - a.down).slice(0, 10),
  };
}
