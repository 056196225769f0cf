/** The answer a vote press gets (src/bot/vote-reply.ts): a reason under one's own 👎 is acknowledged, not "changed". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { voteReplyKey } from '../src/bot/vote-reply.js';

test('👍 first time is counted; the same again is unchanged; 👍 → 👎 asks why', () => {
  assert.equal(voteReplyKey('counted', { up: true }, undefined), 'vote-counted');
  assert.equal(voteReplyKey('unchanged', { up: true }, { up: true }), 'vote-unchanged');
  assert.equal(voteReplyKey('changed', { up: false }, { up: true }), 'vote-why');
  assert.equal(voteReplyKey('counted', { up: false }, undefined), 'vote-why');
});

test('a reason chosen under one\'s own 👎 is acknowledged as a reason, also when it replaces another reason', () => {
  assert.equal(voteReplyKey('changed', { up: false, reason: 'paragraph' }, { up: false }), 'vote-reason');
  assert.equal(voteReplyKey('changed', { up: false, reason: 'none' }, { up: false, reason: 'paragraph' }), 'vote-reason');
  assert.equal(voteReplyKey('unchanged', { up: false, reason: 'none' }, { up: false, reason: 'none' }), 'vote-unchanged');
});

test('👎 → 👍 is a changed vote', () => {
  assert.equal(voteReplyKey('changed', { up: true }, { up: false, reason: 'paragraph' }), 'vote-changed');
});
