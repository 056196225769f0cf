/**
 * Per-question, per-stage timing (by hand, not part of the bench): builds the synthetic engine
 * in-process like profile-large.ts, then for each dev question reports the median and worst of
 * concept building, the BM25 walk and the whole search, to find which questions make the tail.
 *
 *   node --import tsx bench/stages.ts [--count 100000] [--rounds 15]
 */
import { performance } from 'node:perf_hooks';
import type { Bm25Index } from '../src/search/bm25.js';
import { summarize } from './measure.js';
import { openDriver } from './driver.js';

const { engine, questions, rounds, count } = await openDriver(15);
const bm25 = (engine as unknown as { bm25: Bm25Index }).bm25;
for (const q of questions) await engine.search(q, { k: 5 });
const per = questions.map(() => ({ concepts: [] as number[], bm25: [] as number[], total: [] as number[] }));
const all: number[] = [];
for (let r = 0; r < rounds; r++) {
  questions.forEach((q, i) => {
    let t = performance.now();
    const cs = engine.concepts(q);
    per[i]!.concepts.push(performance.now() - t);
    t = performance.now();
    bm25.search(cs, 100);
    per[i]!.bm25.push(performance.now() - t);
  });
  for (let i = 0; i < questions.length; i++) {
    const t = performance.now();
    await engine.search(questions[i]!, { k: 5 });
    const d = performance.now() - t;
    per[i]!.total.push(d);
    all.push(d);
  }
}
const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
questions.forEach((q, i) => {
  const cs = engine.concepts(q);
  const posts = cs.reduce((s, c) => s + c.alternatives.reduce((t, a) => t + (a.terms.length === 1 ? bm25.df(a.terms[0]!) : 0), 0), 0);
  const p = per[i]!;
  process.stdout.write(`${String(i).padStart(2)} concepts ${med(p.concepts).toFixed(2)} bm25 ${med(p.bm25).toFixed(2)} total ${med(p.total).toFixed(2)} (max ${Math.max(...p.total).toFixed(1)}) | ${cs.length} concepts, ${cs.reduce((s, c) => s + c.alternatives.length, 0)} alts, ${posts} postings | ${q.slice(0, 50)}\n`);
});
const s = summarize(all);
process.stdout.write(`${count} ¶ × ${rounds}: total p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)}; Σ medians concepts ${per.reduce((a, p) => a + med(p.concepts), 0).toFixed(1)} bm25 ${per.reduce((a, p) => a + med(p.bm25), 0).toFixed(1)} total ${per.reduce((a, p) => a + med(p.total), 0).toFixed(1)}\n`);
