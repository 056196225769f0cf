/**
 * Child process of `npm run bench -- --million` (not part of CI): a million synthetic paragraphs
 * in one fresh process — generation, engine construction (tokenizing, compact postings, bitmaps,
 * name index), resident memory, then warm lexical latency on the dev questions.
 *
 *   node --expose-gc --max-old-space-size=8192 --import tsx bench/child-million.ts <spec.json>
 *
 * Prints one line `@@BENCH_RESULT {json}` on stdout.
 */
import fs from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { ingestFolder } from '../src/ingest/index.js';
import { SearchEngine } from '../src/search/engine.js';
import { RESULT_MARK, SEARCH_K, memory, productionLexicon, summarize } from './measure.js';
import { syntheticCorpus } from './synthetic.js';

export interface MillionSpec {
  seedsDir: string;
  dictDir?: string;
  questions: string[];
  count: number;
  rounds: number;
}

const spec = JSON.parse(await fs.readFile(process.argv[2]!, 'utf8')) as MillionSpec;
const mem: Record<string, ReturnType<typeof memory>> = {};
mem.baseline = memory();
const lex = await productionLexicon(spec.dictDir);
const seeds = (await ingestFolder(spec.seedsDir)).articles.flatMap((a) => a.paragraphs);
mem.afterLexicon = memory();

let t = performance.now();
const corpus = syntheticCorpus(seeds, { count: spec.count, seed: 1 });
const generateMs = performance.now() - t;
mem.afterCorpus = memory();

t = performance.now();
const engine = new SearchEngine({ paragraphs: corpus.paragraphs, lexicon: lex.lexicon });
const constructMs = performance.now() - t;
mem.afterEngine = memory();
const postings = (engine as unknown as { bm25: { postingsBytes(): { lists: number; bitmaps: number } } }).bm25.postingsBytes();

for (const q of spec.questions) await engine.search(q, { k: SEARCH_K });
const samples: number[] = [];
const lexicalPart: number[] = [];
for (let r = 0; r < spec.rounds; r++) {
  for (const q of spec.questions) {
    const s = performance.now();
    const res = await engine.search(q, { k: SEARCH_K });
    samples.push(performance.now() - s);
    lexicalPart.push(res.timings.lexicalMs);
  }
}
mem.afterSearches = memory();

process.stdout.write(
  `${RESULT_MARK}${JSON.stringify({
    paragraphs: corpus.paragraphs.length,
    vocabulary: corpus.vocabulary,
    tokens: corpus.tokens,
    generateMs,
    constructMs,
    postings,
    memory: mem,
    lexical: summarize(samples),
    lexicalPart: summarize(lexicalPart),
  })}\n`,
);
