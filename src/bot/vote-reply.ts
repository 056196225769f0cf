/** The short answer a vote button press gets (a locale key). Pure. */
import type { VoteOutcome } from '../feedback/store.js';
import type { DownReason } from './callbacks.js';

interface Vote { up: boolean; reason?: DownReason | undefined }

export type VoteReplyKey = 'vote-unchanged' | 'vote-why' | 'vote-reason' | 'vote-changed' | 'vote-counted';

export function voteReplyKey(outcome: VoteOutcome, pressed: Vote, previous: Vote | undefined): VoteReplyKey {
  if (outcome === 'unchanged') return 'vote-unchanged';
  if (!pressed.up && !pressed.reason) return 'vote-why';
  // A reason chosen under one's own 👎 completes that vote: "Your vote was changed" would read as a different vote.
  if (pressed.reason && previous?.up === false) return 'vote-reason';
  return outcome === 'changed' ? 'vote-changed' : 'vote-counted';
}
