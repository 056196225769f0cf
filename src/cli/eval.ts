/** `npm run eval -- [--index DIR] FILE`: scores a question file (shared/eval/README.md) and prints the table with warm latency. */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { IndexError } from '../store/index.js';
import { openSearch } from '../search/open.js';
import { scoreAnswerable, abstentionAccuracy, percentile, type EvalOutcome, type EvalQuestion } from '../eval/score.js';
import { parse, fail } from './args.js';
import { cliConfig, notice } from './env.js';
import { closeIndexStores, describeIndexLocation } from '../store/select.js';

const { values, positionals } = parse(process.argv.slice(2), { index: { type: 'string' }, k: { type: 'string' } });
const file = positionals[0] ?? fail('usage: npm run eval -- [--index DIR] FILE');
const config = cliConfig({ indexDir: values.index });
const questions = (await readFile(file, 'utf8').catch((e: Error) => fail(`cannot read ${file}: ${e.message}`)))
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);

const opened = await openSearch(config).catch((e: unknown) => (e instanceof IndexError ? fail(e.message) : Promise.reject(e)));
for (const n of opened.notices) notice(n);
const { engine } = opened;

// One untimed pass warms caches and JIT; the timed pass is what a running bot sees.
for (const q of questions.slice(0, 20)) await engine.search(q.question, { k: 10 });
const outcomes: EvalOutcome[] = [];
for (const q of questions) {
  const t0 = performance.now();
  const r = await engine.search(q.question, { k: 10 });
  outcomes.push({ question: q, abstained: r.abstained, greeted: r.kind === 'greeting', texts: r.hits.map((h) => h.paragraph.text), ms: performance.now() - t0 });
}

const rows = scoreAnswerable(outcomes);
const f = (x: number) => x.toFixed(3);
const table = [
  '| questions | n | R@1 | R@3 | R@5 | MRR@10 | abstained wrongly |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.group} | ${r.n} | ${f(r.r1)} | ${f(r.r3)} | ${f(r.r5)} | ${f(r.mrr10)} | ${r.abstainedWrongly} |`),
];
const abst = abstentionAccuracy(outcomes);
const ms = outcomes.map((o) => o.ms);
process.stdout.write(`${file}: ${questions.length} questions, index ${describeIndexLocation(config)} (${opened.index.paragraphs.length} paragraphs, ${engine.denseEnabled ? 'hybrid' : 'lexical'} search)\n\n`);
process.stdout.write(table.join('\n') + '\n\n');
process.stdout.write(`unanswerable: ${abst.unanswerable}, abstained: ${abst.abstained} (accuracy ${abst.unanswerable ? f(abst.abstained / abst.unanswerable) : 'n/a'}; ${abst.greeted} of them greeted back)\n`);
const answeredWrongly = outcomes.filter((o) => o.question.evidence.length === 0 && !o.abstained).map((o) => o.question.id);
if (answeredWrongly.length) process.stdout.write(`answered though unanswerable: ${answeredWrongly.join(' ')}\n`);
process.stdout.write(`warm query latency: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms\n`);
await closeIndexStores();
