/**
 * What the by-hand profiling drivers share (profile-large.ts, stages.ts): their options, the dev
 * questions, and the synthetic engine built in-process as bench/run.ts builds it for its in-process figure.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/ingest/index.js';
import { SearchEngine } from '../src/search/engine.js';
import { productionLexicon } from './measure.js';
import { syntheticCorpus } from './synthetic.js';

export async function openDriver(defaultRounds: number): Promise<{ engine: SearchEngine; questions: string[]; rounds: number; count: number }> {
  const { values } = parseArgs({ options: { count: { type: 'string' }, rounds: { type: 'string' } } });
  const count = Number(values.count ?? 100_000);
  const rounds = Number(values.rounds ?? defaultRounds);
  const questions = (await fs.readFile(process.env.BENCH_QUESTIONS ?? '/work/shared/eval/dev_qa.jsonl', 'utf8'))
    .split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question);
  const lex = await productionLexicon(process.env.DICT_DIR?.trim() || undefined);
  const seeds = (await ingestFolder(path.resolve('seeds'))).articles.flatMap((a) => a.paragraphs);
  const corpus = syntheticCorpus(seeds, { count, seed: 1 });
  return { engine: new SearchEngine({ paragraphs: corpus.paragraphs, lexicon: lex.lexicon }), questions, rounds, count };
}
