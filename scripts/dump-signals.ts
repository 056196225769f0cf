/** Development aid: abstention signals per question for every eval set (SEARCH_SIGNALS=1), one JSON line each. */
import { readFile } from 'node:fs/promises';
import { openResources, openSearch } from '../src/search/open.js';
import { cliConfig } from '../src/cli/env.js';
import { firstHitRank, type EvalQuestion } from '../src/eval/score.js';

process.env.SEARCH_SIGNALS = '1';
const [seedsIndex, tatIndex] = process.argv.slice(2);
const shared = await openResources(cliConfig({ indexDir: seedsIndex }));
const sets: Array<[string, string, string]> = [
  ['dev_qa', '../shared/eval/dev_qa.jsonl', seedsIndex!],
  ['offtopic_dev', '../shared/eval/offtopic_dev.jsonl', seedsIndex!],
  ['off_probes', 'test/fixtures/eval/offtopic_probes.jsonl', seedsIndex!],
  ['off_probes2', 'test/fixtures/eval/offtopic_probes2.jsonl', seedsIndex!],
  ['off_probes3', 'test/fixtures/eval/offtopic_probes3.jsonl', seedsIndex!],
  ['ans_probes', 'test/fixtures/eval/answerable_probes.jsonl', seedsIndex!],
  ['ans_probes2', 'test/fixtures/eval/answerable_probes2.jsonl', seedsIndex!],
  ['tatoeba', '../shared/eval/tatoeba/questions.jsonl', tatIndex!],
];
for (const [name, file, index] of sets) {
  const qs = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
  const { engine } = await openSearch(cliConfig({ indexDir: index }), shared);
  for (const q of qs) {
    (globalThis as { __signals?: unknown }).__signals = undefined;
    const r = await engine.search(q.question, { k: 10 });
    const rank = q.evidence.length ? firstHitRank(r.hits.map((h) => h.paragraph.text), q.evidence) : -1;
    console.log(JSON.stringify({ set: name, id: q.id, lang: q.lang, answerable: q.evidence.length > 0, kind: r.kind, rank, s: (globalThis as { __signals?: unknown }).__signals }));
  }
}
