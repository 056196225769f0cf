/**
 * Profiling driver (by hand, not part of the bench): builds the 100k synthetic engine in-process, as
 * bench/run.ts does for its in-process figure, then runs the dev questions many times, printing
 * per-stage time from the engine's timings. Run under `node --cpu-prof --import tsx` to see where it goes.
 *
 *   node --import tsx bench/profile-large.ts [--count 100000] [--rounds 20]
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/ingest/index.js';
import { SearchEngine } from '../src/search/engine.js';
import { productionLexicon, summarize } from './measure.js';
import { syntheticCorpus } from './synthetic.js';

const { values } = parseArgs({ options: { count: { type: 'string' }, rounds: { type: 'string' } } });
const count = Number(values.count ?? 100_000);
const rounds = Number(values.rounds ?? 20);
const questions = (await fs.readFile('/work/shared/eval/dev_qa.jsonl', 'utf8'))
  .split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question);
const lex = await productionLexicon(process.env.DICT_DIR?.trim() || undefined);
const seeds = (await ingestFolder(path.resolve('seeds'))).articles.flatMap((a) => a.paragraphs);
const corpus = syntheticCorpus(seeds, { count, seed: 1 });
const engine = new SearchEngine({ paragraphs: corpus.paragraphs, lexicon: lex.lexicon });
for (const q of questions) await engine.search(q, { k: 5 });
const total: number[] = [];
const lexical: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    const s = performance.now();
    const res = await engine.search(q, { k: 5 });
    total.push(performance.now() - s);
    lexical.push(res.timings.lexicalMs);
  }
}
const f = (x: ReturnType<typeof summarize>) => `p50 ${x.p50.toFixed(2)} p95 ${x.p95.toFixed(2)} mean ${x.mean.toFixed(2)}`;
process.stdout.write(`${count} ¶, ${questions.length} questions × ${rounds}\n total   ${f(summarize(total))}\n lexical ${f(summarize(lexical))}\n`);
