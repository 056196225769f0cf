/** Development aid: how words are analysed — `npx tsx scripts/stem-probe.ts TEXT…` prints terms, and idiom marks. */
import { terms, words, indexTermsOf } from '../src/text/tokenize.js';
for (const w of process.argv.slice(2)) {
  const ws = words(w);
  console.log(w, '→', JSON.stringify(terms(w)), JSON.stringify(indexTermsOf(ws)), ws.map((x) => x.norm + (x.idiom ? '*' : '')).join(' '));
}
