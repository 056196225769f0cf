/** Under an English asker's Arabic quotes, each article's translated title is said once per page, not under every quote. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerMessages, type Translate } from '../src/bot/render.js';
import type { HitTranslation } from '../src/answer/translate-hits.js';
import type { Hit, SearchResult } from '../src/search/types.js';

const t: Translate = (key, vars) => (key === 'lang-code' ? 'en' : key === 'paragraph-of' ? `paragraph ${vars?.n} of the article` : key);
const hit = (rank: number, articleId: string, n: number): Hit => ({
  rank, score: 1 - rank / 10, highlight: 'التقى لاريجاني', alsoIn: [],
  paragraph: { id: `${articleId}#${n}`, articleId, title: `عنوان ${articleId}`, n, lang: 'ar', text: `التقى لاريجاني بالرئيس في الفقرة ${n}.`, hash: 'h'.repeat(64) },
});
const tr = (title: string, text: string): HitTranslation => ({ lang: 'en', method: 'gloss', title, text });

test('the translated title appears under the first quote of each article on the page, and only there', () => {
  const r: SearchResult = { question: 'Q?', lang: 'en', kind: 'answer', missing: [], abstained: false, coverage: 1, total: 3, timings: { totalMs: 0, lexicalMs: 0, denseMs: 0, embedMs: 0 }, hits: [hit(1, 'a.txt', 2), hit(2, 'a.txt', 5), hit(3, 'b.txt', 1)] };
  const html = answerMessages(r, t, [tr('Headline A', 'met Larijani 2'), tr('Headline A', 'met Larijani 5'), tr('Headline B', 'met Larijani 1')]).join('\n');
  const labels = [...html.matchAll(/🌐 <i>([^<]*)<\/i>/g)].map((m) => m[1]);
  assert.deepEqual(labels, [
    'word-by-word gloss · answering sentence · Headline A',
    'word-by-word gloss · answering sentence',
    'word-by-word gloss · answering sentence · Headline B',
  ]);
});
