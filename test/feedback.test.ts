/** Votes: once per user and answer, a change replaces, a restart remembers; reasons are summed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FeedbackStore, summarize, type FeedbackRecord } from '../src/feedback/store.js';

const vote = (over: Partial<FeedbackRecord> = {}) => ({ at: 'now', question: 'q', results: ['a#1'], vote: 'up' as const, user: 'u1', answer: 'abcdef1234', ...over });

test('a vote counts once per user and answer, survives a restart, and the last one counts', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'i13p-feedback-'));
  try {
    const file = path.join(dir, 'feedback.jsonl');
    const store = new FeedbackStore(file);
    assert.equal(await store.vote(vote()), 'counted');
    assert.equal(await store.vote(vote()), 'unchanged');
    assert.equal(await store.vote(vote({ user: 'u2' })), 'counted', 'another user');
    assert.equal(await store.vote(vote({ answer: 'zzzzzz9999' })), 'counted', 'another answer');
    // Same press twice at once: still stored once.
    assert.deepEqual(await Promise.all([store.vote(vote({ user: 'u3' })), store.vote(vote({ user: 'u3' }))]), ['counted', 'unchanged']);
    const restarted = new FeedbackStore(file);
    assert.equal(await restarted.vote(vote()), 'unchanged', 'remembered after a restart');
    assert.equal(await restarted.vote(vote({ vote: 'down' })), 'changed');
    assert.equal(await restarted.vote(vote({ vote: 'down', reason: 'translation' })), 'changed');
    assert.equal(await restarted.vote(vote({ vote: 'down' })), 'unchanged', 'a plain 👎 after one with a reason changes nothing');
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    assert.equal(lines.length, 6);
    const s = summarize(await restarted.all());
    assert.deepEqual({ total: s.total, up: s.up, down: s.down, users: s.users, reasons: s.reasons }, { total: 4, up: 3, down: 1, users: 3, reasons: { translation: 1 } });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
