/** The local question prompt: one question a line, answers as for `npm run ask`. */
import { createInterface } from 'node:readline';
import type { SearchEngine } from '../search/engine.js';
import { plainAnswer } from '../answer/plain.js';
import { translateHits, type TranslateTexts } from '../answer/translate-hits.js';

/**
 * `engine` may be a function returning the live engine (a SearchService's), so that the prompt,
 * like the bot, answers from the generation a re-index (here or on another replica) switched to.
 * `translate`, when given, renders results in the other language than the question's (see src/translate/).
 */
export async function questionPrompt(engine: SearchEngine | (() => SearchEngine), k = 5, translate?: TranslateTexts): Promise<void> {
  const live = typeof engine === 'function' ? engine : () => engine;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  process.stdout.write(`Ask about the coverage (${live().articles().length} articles) in Arabic or English; an empty line or Ctrl-D quits.\n`);
  rl.setPrompt('? ');
  rl.prompt();
  // The async iterator buffers lines typed (or piped) before the answer to the previous one is ready.
  for await (const q of rl) {
    if (!q.trim()) break;
    const r = await live().search(q, { k });
    process.stdout.write(plainAnswer(r, translate ? await translateHits(r, translate) : []) + '\n');
    rl.prompt();
  }
  rl.close();
}
