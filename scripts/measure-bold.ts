/**
 * `npm run measure:bold -- [FILE.jsonl] [--check]`: asks the real bot (through the Bot API stand-in)
 * every answerable question of FILE (default ../shared/eval/dev_qa.jsonl) and reports how much of
 * each quoted paragraph its replies put in bold. `--check` fails when the average is above 60 % or
 * more than a quarter of the quotes are bold from end to end (issue 13's bar).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startBotProcess, ROOT } from '../test/support/bot-process.js';
import { parseHtml, type RecordedRequest } from '../test/support/bot-api-stub.js';
import { boldShares, summarizeShares } from './bold-share.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, '..', 'shared', 'eval', 'dev_qa.jsonl');
const questions = (await readFile(file, 'utf8')).split('\n').filter(Boolean)
  .map((l) => JSON.parse(l) as { question: string; lang: string; evidence?: string[] })
  .filter((q) => (q.evidence ?? []).length > 0);

const bot = await startBotProcess();
const shares: number[] = [];
try {
  for (const [i, q] of questions.entries()) {
    const user = 8000 + i;
    const mine = (r: RecordedRequest) => r.method === 'sendMessage' && r.params.chat_id === user && r.outcome === 'ok';
    bot.stub.pushMessage({ text: q.question, from: { id: user, first_name: 'M', language_code: q.lang } });
    await bot.stub.waitFor(mine, 60_000);
    await new Promise((r) => setTimeout(r, 300));
    for (const r of bot.stub.requests('sendMessage').filter(mine)) {
      const parsed = parseHtml(String(r.params.text));
      if ('error' in parsed) throw new Error(`invalid HTML in the reply to ${q.question}: ${parsed.error}`);
      shares.push(...boldShares(parsed.text, parsed.entities));
    }
  }
} finally {
  await bot.stop();
}
const s = summarizeShares(shares);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
process.stdout.write(`${questions.length} questions, ${s.quotes} quoted paragraphs: bold covers ${pct(s.average)} of a quote on average; ${s.fullyBold} (${pct(s.quotes ? s.fullyBold / s.quotes : 0)}) bold from end to end\n`);
if (args.includes('--check') && (s.average > 0.6 || s.fullyBold > s.quotes / 4)) {
  process.stdout.write('above the bar (≤ 60 % on average, ≤ 25 % fully bold)\n');
  process.exitCode = 1;
}
