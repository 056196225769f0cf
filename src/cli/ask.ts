/**
 * `npm run ask -- [--index DIR] [--k N] "question"` — top results for a person.
 * `npm run --silent ask -- [--index DIR] [--k N] --jsonl FILE` — one JSON line per input line, nothing else on stdout.
 * Without a question: an interactive prompt.
 */
import { readFile } from 'node:fs/promises';
import { IndexError } from '../store/index.js';
import { openSearch, type OpenedSearch } from '../search/open.js';
import { toJsonAnswer } from '../answer/json.js';
import { plainAnswer } from '../answer/plain.js';
import { questionPrompt } from './prompt.js';
import { parse, fail } from './args.js';
import { cliConfig, notice } from './env.js';
import { closeIndexStores } from '../store/select.js';
import { openTranslation } from '../translate/service.js';
import { translateHits, type TranslateTexts } from '../answer/translate-hits.js';

const { values, positionals } = parse(process.argv.slice(2), {
  index: { type: 'string' },
  k: { type: 'string' },
  jsonl: { type: 'string' },
});
const k = values.k ? Number(values.k) : values.jsonl ? 10 : 5;
if (!Number.isInteger(k) || k < 1 || k > 50) fail('--k must be a whole number from 1 to 50');
const config = cliConfig({ indexDir: values.index });
// Results in the other language than the question's are shown in the asker's language too.
const translation = openTranslation(config);
const translate: TranslateTexts = async (texts, from, to, hint) => (await translation).best({ texts, from, to, hint });

async function open(): Promise<OpenedSearch> {
  try {
    const opened = await openSearch(config);
    for (const n of opened.notices) notice(n);
    return opened;
  } catch (e) {
    if (e instanceof IndexError) fail(e.message);
    throw e;
  }
}

/** Each line answered on its own: a bad line gets an error record and the rest go on. */
async function answerJsonl(file: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch((e: Error) => fail(`cannot read ${file}: ${e.message}`));
  const { engine } = await open();
  const lines = text.split('\n').filter((l) => l.trim());
  for (const line of lines) {
    let id: unknown = null;
    try {
      const obj = JSON.parse(line) as Record<string, unknown>;
      id = obj.id ?? null;
      if (typeof obj.question !== 'string' || !obj.question.trim()) throw new Error('"question" must be a non-empty string');
      const r = await engine.search(obj.question, { k });
      process.stdout.write(JSON.stringify(toJsonAnswer(id, r, await translateHits(r, translate))) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ id, error: (e as Error).message }) + '\n');
    }
  }
}

async function prompt(): Promise<void> {
  const { engine } = await open();
  await questionPrompt(engine, k, translate);
}

if (values.jsonl) await answerJsonl(values.jsonl);
else if (positionals.length) {
  const { engine } = await open();
  const r = await engine.search(positionals.join(' '), { k });
  process.stdout.write(plainAnswer(r, await translateHits(r, translate)));
} else await prompt();
await closeIndexStores();
