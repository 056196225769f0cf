/**
 * Profiling driver (by hand, not part of the bench): builds the 100k synthetic engine in-process, as
 * bench/run.ts does for its in-process figure, then runs the dev questions many times, printing
 * per-stage time from the engine's timings. Run under `node --cpu-prof --import tsx` to see where it goes.
 *
 *   node --import tsx bench/profile-large.ts [--count 100000] [--rounds 20]
 */
import { performance } from 'node:perf_hooks';
import { summarize } from './measure.js';
import { openDriver } from './driver.js';

const { engine, questions, rounds, count } = await openDriver(20);
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
