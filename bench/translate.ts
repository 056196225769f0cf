/**
 * `npm run bench:translate` — what the translation costs an answer.
 * Gloss per paragraph (every Arabic seed paragraph → English, and English → Arabic on the references
 * of the news dev set), warm, p50/p95; and answer assembly for the dev questions asked in English:
 * search alone against search + the instant gloss the bot sends with the quotes.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { loadDictionary } from '../src/text/dictionary.js';
import { loadGlossary } from '../src/text/glossary.js';
import { dictionaryView, lexiconOf, lexiconTables } from '../src/search/lexicon.js';
import { SearchEngine } from '../src/search/engine.js';
import { ingestFolder } from '../src/ingest/index.js';
import { loadGlossTranslator } from '../src/translate/gloss.js';
import { translateHits } from '../src/answer/translate-hits.js';
import type { Paragraph } from '../src/types.js';
import { summarize } from './measure.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const ms = (x: number) => x.toFixed(2);

const t0 = performance.now();
const dict = await loadDictionary();
const tDict = performance.now() - t0;
const glossary = await loadGlossary();
const tables = dict ? lexiconTables(dict, glossary) : null;
const t1 = performance.now();
const gloss = await loadGlossTranslator({ dict: tables ? dictionaryView(tables, tables.dictBehindGlossary!) : null });
const tLex = performance.now() - t1;

const paragraphs: Paragraph[] = (await ingestFolder(path.join(ROOT, 'seeds'))).articles.flatMap((a) => a.paragraphs);
const arabic = paragraphs.filter((p) => p.lang === 'ar');
const refs = readFileSync(path.join(ROOT, 'test/fixtures/translate/news_dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { en: string });

function timeEach(texts: string[], from: 'ar' | 'en', to: 'ar' | 'en', rounds = 5): number[] {
  for (const t of texts) gloss.glossOne(t, from, to); // warm
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) for (const t of texts) {
    const s = performance.now();
    gloss.glossOne(t, from, to);
    samples.push(performance.now() - s);
  }
  return samples;
}

const arEn = summarize(timeEach(arabic.map((p) => p.text), 'ar', 'en'));
const enAr = summarize(timeEach(refs.map((r) => r.en), 'en', 'ar'));

const engine = new SearchEngine({ paragraphs, lexicon: tables ? lexiconOf(tables) : null, dense: null });
const questions = readFileSync(path.join(ROOT, '../shared/eval/dev_qa.jsonl'), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l) as { lang: string; question: string }).filter((q) => q.lang === 'en').map((q) => q.question);
const searchOnly: number[] = [];
const withGloss: number[] = [];
for (let round = 0; round < 6; round++) {
  for (const q of questions) {
    let s = performance.now();
    await engine.search(q, { k: 3 });
    if (round) searchOnly.push(performance.now() - s);
    s = performance.now();
    const r = await engine.search(q, { k: 3 });
    await translateHits(r, (texts, from, to, hint) => texts.map((t) => ({ text: gloss.glossOne(t, from, to, hint), method: 'gloss' as const })), 'highlight');
    if (round) withGloss.push(performance.now() - s);
  }
}
const so = summarize(searchOnly);
const wg = summarize(withGloss);

console.log(`gloss lexicon: FreeDict ${ms(tDict)} ms + glossaries/merge ${ms(tLex)} ms (once per process)`);
console.log('');
console.log('| figure | n | p50 ms | p95 ms | max ms |');
console.log('|---|---|---|---|---|');
console.log(`| gloss per paragraph, Arabic → English (seed paragraphs, ${Math.round(arabic.reduce((a, p) => a + p.text.split(/\s+/).length, 0) / arabic.length)} words avg) | ${arEn.n} | ${ms(arEn.p50)} | ${ms(arEn.p95)} | ${ms(arEn.max)} |`);
console.log(`| gloss per paragraph, English → Arabic (dev references) | ${enAr.n} | ${ms(enAr.p50)} | ${ms(enAr.p95)} | ${ms(enAr.max)} |`);
console.log(`| English question: search only (k 3) | ${so.n} | ${ms(so.p50)} | ${ms(so.p95)} | ${ms(so.max)} |`);
console.log(`| English question: search + gloss of the answering sentences (what the bot sends first) | ${wg.n} | ${ms(wg.p50)} | ${ms(wg.p95)} | ${ms(wg.max)} |`);
