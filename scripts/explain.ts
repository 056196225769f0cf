/**
 * Development aid: why a question gets the answer it gets — its concepts (alternatives, df, idf),
 * the decision, and the top paragraphs with scores. `npx tsx scripts/explain.ts INDEX "question" [evidence]`
 */
import { openSearch } from '../src/search/open.js';
import { cliConfig } from '../src/cli/env.js';

const [index, question, evidence] = process.argv.slice(2);
const { engine } = await openSearch(cliConfig({ indexDir: index }));
const concepts = engine.concepts(question!);
for (const c of concepts) {
  console.log(`${c.label}${c.name ? ' [name]' : ''}${c.proper ? ' [proper]' : ''}${c.topic ? ' [topic]' : ''}${c.known ? '' : ' [unknown]'}: ${c.alternatives.map((a) => `${a.terms.join('+')}(${a.weight},${a.source[0]})`).join(' ')}`);
}
const r = await engine.search(question!, { k: 10 });
console.log(`kind ${r.kind} coverage ${r.coverage} missing ${r.missing.join(',')} ${(r as { reason?: string }).reason ?? ''}`);
const norm = (s: string) => s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
r.hits.forEach((h) => console.log(`${h.rank}. ${h.score} ${evidence && norm(h.paragraph.text).includes(norm(evidence)) ? '✔' : ' '} [${h.paragraph.articleId.slice(0, 3)}#${h.paragraph.n}] ${h.paragraph.text.slice(0, 110).replace(/\n/g, ' ')}`));
