/**
 * Profiling driver for one search stage (by hand): builds the synthetic engine, then repeats only
 * that stage for the dev questions — the BM25 walk (default), concept building, or the whole
 * search — so `node --cpu-prof` sees it and not the build.
 *
 *   node --cpu-prof --import tsx bench/profile-stage.ts [--stage bm25|concepts|search] [--count 100000] [--seconds 20] [--only 3,14]
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/ingest/index.js';
import { SearchEngine } from '../src/search/engine.js';
import type { Bm25Index } from '../src/search/bm25.js';
import { productionLexicon } from './measure.js';
import { syntheticCorpus } from './synthetic.js';

const { values } = parseArgs({ options: { count: { type: 'string' }, seconds: { type: 'string' }, only: { type: 'string' }, stage: { type: 'string' } } });
const count = Number(values.count ?? 100_000);
const seconds = Number(values.seconds ?? 20);
let questions = (await fs.readFile('/work/shared/eval/dev_qa.jsonl', 'utf8'))
  .split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question);
if (values.only) questions = values.only.split(',').map((i) => questions[Number(i)]!);
const lex = await productionLexicon(process.env.DICT_DIR?.trim() || undefined);
const seeds = (await ingestFolder(path.resolve('seeds'))).articles.flatMap((a) => a.paragraphs);
const corpus = syntheticCorpus(seeds, { count, seed: 1 });
const engine = new SearchEngine({ paragraphs: corpus.paragraphs, lexicon: lex.lexicon });
const bm25 = (engine as unknown as { bm25: Bm25Index }).bm25;
const concepts = questions.map((q) => engine.concepts(q));
const start = performance.now();
let n = 0;
const stage = values.stage ?? 'bm25';
while (performance.now() - start < seconds * 1000) {
  if (stage === 'bm25') for (const cs of concepts) bm25.search(cs, 100);
  else if (stage === 'concepts') for (const q of questions) engine.concepts(q);
  else for (const q of questions) await engine.search(q, { k: 5 });
  n++;
}
process.stdout.write(`${n} rounds, ${((performance.now() - start) / n / questions.length).toFixed(2)} ms per question\n`);
