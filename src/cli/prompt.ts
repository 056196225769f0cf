/** The local question prompt: one question a line, answers as for `npm run ask`. */
import { createInterface } from 'node:readline';
import type { SearchEngine } from '../search/engine.js';
import { plainAnswer } from '../answer/plain.js';
import { translateHits, type TranslateTexts } from '../answer/translate-hits.js';

/** `translate`, when given, renders results in the other language than the question's (see src/translate/). */
export async function questionPrompt(engine: SearchEngine, k = 5, translate?: TranslateTexts): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  process.stdout.write(`Ask about the coverage (${engine.articles().length} articles) in Arabic or English; an empty line or Ctrl-D quits.\n`);
  rl.setPrompt('? ');
  rl.prompt();
  // The async iterator buffers lines typed (or piped) before the answer to the previous one is ready.
  for await (const q of rl) {
    if (!q.trim()) break;
    const r = await engine.search(q, { k });
    process.stdout.write(plainAnswer(r, translate ? await translateHits(r, translate) : []) + '\n');
    rl.prompt();
  }
  rl.close();
}
