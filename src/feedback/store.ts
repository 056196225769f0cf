/** 👍/👎 on answers, appended to a local JSONL file: question, result ids, vote, a keyed hash of the user id (never the id; see user-key.ts). */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface FeedbackRecord {
  at: string;
  question: string;
  results: string[];
  vote: 'up' | 'down';
  user: string;
  /** the answer voted on (one per asked question); a user's vote on it counts once */
  answer?: string;
  /** why a 👎: the paragraph was wrong, the coverage has no answer, the translation was poor */
  reason?: 'paragraph' | 'none' | 'translation';
}

/** What a vote did: counted for the first time, replaced the user's earlier vote, or nothing (a repeat). */
export type VoteOutcome = 'counted' | 'changed' | 'unchanged';

const voteKey = (r: FeedbackRecord) => (r.answer ? `${r.user}:${r.answer}` : undefined);

export class FeedbackStore {
  constructor(readonly file: string) {}

  /** Each user's latest vote per answer, read from the file once (votes arrive one at a time, see `queue`). */
  private latest?: Promise<Map<string, FeedbackRecord>>;
  private queue: Promise<unknown> = Promise.resolve();

  async add(r: FeedbackRecord): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await appendFile(this.file, JSON.stringify(r) + '\n', 'utf8');
  }

  /**
   * Stores a vote once per user and answer: the same vote again stores nothing; a different one
   * (👍 → 👎, or a reason added to a 👎) is stored and replaces the earlier one in the summary.
   */
  vote(r: FeedbackRecord & { answer: string }): Promise<VoteOutcome> {
    const run = this.queue.then(async (): Promise<VoteOutcome> => {
      this.latest ??= this.all().then((rs) => new Map(rs.flatMap((x) => (voteKey(x) ? [[voteKey(x)!, x] as const] : []))));
      const latest = await this.latest;
      const key = voteKey(r)!;
      const before = latest.get(key);
      if (before && before.vote === r.vote && (before.reason === r.reason || r.reason === undefined)) return 'unchanged';
      await this.add(r);
      latest.set(key, r);
      return before ? 'changed' : 'counted';
    });
    this.queue = run.catch(() => {});
    return run;
  }

  async all(): Promise<FeedbackRecord[]> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).flatMap((l) => {
      try { return [JSON.parse(l) as FeedbackRecord]; } catch { return []; }
    });
  }
}

export interface FeedbackSummary { total: number; up: number; down: number; users: number; reasons: Record<string, number>; worst: Array<{ question: string; down: number; up: number }> }

/** Counts each user's last vote per answer (records without an answer, from older versions, count each). */
export function summarize(all: FeedbackRecord[]): FeedbackSummary {
  const last = new Map<string, FeedbackRecord>();
  all.forEach((r, i) => last.set(voteKey(r) ?? `#${i}`, r));
  const records = [...last.values()];
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
    reasons: records.reduce<Record<string, number>>((acc, r) => (r.reason ? { ...acc, [r.reason]: (acc[r.reason] ?? 0) + 1 } : acc), {}),
    worst: [...byQ].map(([question, v]) => ({ question, ...v })).filter((x) => x.down > 0).sort((a, b) => b.down - a.down).slice(0, 10),
  };
}
