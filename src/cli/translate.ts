/**
 * `npm run translate -- [--to en|ar] [--gloss] "text"` — the text in the other language, with how it was made.
 * `npm run --silent translate -- [--to en|ar] [--gloss] --jsonl FILE` — `{"id","text"}` lines in (a pairs file's
 * `ar`/`en` field is read when `text` is absent), `{"id","translation","method"}` lines out, nothing else on stdout;
 * a bad line gets `{"id","error"}` and the rest go on.
 */
import { readFile } from 'node:fs/promises';
import { detectLang } from '../text/lang.js';
import { openTranslation, type TranslationService } from '../translate/service.js';
import { METHOD_LABEL, type TextLang } from '../translate/types.js';
import { parse, fail } from './args.js';
import { cliConfig, notice } from './env.js';

const { values, positionals } = parse(process.argv.slice(2), {
  to: { type: 'string' },
  jsonl: { type: 'string' },
  gloss: { type: 'boolean' },
});
if (values.to !== undefined && values.to !== 'en' && values.to !== 'ar') fail('--to must be en or ar');
const config = cliConfig();
const service = await openTranslation({ ...config, translator: values.gloss ? 'gloss' : config.translator });

/** Source and target of one text: the target given, else the other language than the text's. */
function direction(text: string): { from: TextLang; to: TextLang } {
  const lang = detectLang(text);
  const to = (values.to as TextLang | undefined) ?? (lang === 'ar' ? 'en' : 'ar');
  return { from: to === 'en' ? 'ar' : 'en', to };
}

async function one(s: TranslationService, text: string): Promise<{ translation: string; method: string }> {
  const { from, to } = direction(text);
  const [t] = await s.best({ texts: [text], from, to });
  return { translation: t!.text, method: t!.method };
}

if (values.jsonl) {
  const text = await readFile(values.jsonl, 'utf8').catch((e: Error) => fail(`cannot read ${values.jsonl}: ${e.message}`));
  for (const line of text.split('\n').filter((l) => l.trim())) {
    let id: unknown = null;
    try {
      const obj = JSON.parse(line) as Record<string, unknown>;
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('each line must be a JSON object {"id","text"}');
      id = obj.id ?? null;
      const source = values.to ? (values.to === 'en' ? 'ar' : 'en') : undefined;
      const t = obj.text ?? (source ? obj[source] : undefined);
      if (typeof t !== 'string' || !t.trim()) throw new Error('"text" must be a non-empty string');
      process.stdout.write(JSON.stringify({ id, ...(await one(service, t)) }) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ id, error: (e as Error).message }) + '\n');
    }
  }
} else {
  const text = positionals.join(' ').trim();
  if (!text) fail('give a text to translate, or --jsonl FILE');
  const r = await one(service, text);
  process.stdout.write(`${r.translation}\n`);
  notice(`${METHOD_LABEL[r.method as 'gloss' | 'model'].en}${service.modelProblem ? ` (${service.modelProblem})` : ''}`);
}
