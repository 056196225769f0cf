/** `npm run feedback`: a summary of the 👍/👎 votes users gave answers. */
import path from 'node:path';
import { FeedbackStore, summarize } from '../feedback/store.js';
import { cliConfig } from './env.js';

const config = cliConfig();
const s = summarize(await new FeedbackStore(path.join(config.dataDir, 'feedback.jsonl')).all());
process.stdout.write(`votes: ${s.total} (👍 ${s.up}, 👎 ${s.down}) from ${s.users} users\n`);
const reasons = Object.entries(s.reasons).map(([k, n]) => `${k} ${n}`).join(', ');
if (reasons) process.stdout.write(`👎 reasons: ${reasons}\n`);
if (s.worst.length) {
  process.stdout.write('\nquestions with the most 👎:\n| 👎 | 👍 | question |\n|---|---|---|\n');
  for (const w of s.worst) process.stdout.write(`| ${w.down} | ${w.up} | ${w.question.replace(/\|/g, '\\|').slice(0, 120)} |\n`);
}
