/**
 * Optional front matter: a first block delimited by `---` lines holding `key: value` lines.
 * Recognised keys (case-insensitive): title, outlet (aliases source, publisher), date (YYYY-MM-DD;
 * alias published), url (alias link), lang. Unknown keys are ignored.
 */
import type { Lang } from '../types.js';
import { parseIsoDate } from './dates.js';

export interface FrontMatter {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
  lang?: Lang;
}

export interface FrontMatterSplit {
  frontMatter: FrontMatter;
  /** The text after the closing delimiter (the whole input when there is no front matter). */
  body: string;
  /** True when a front-matter block was found and removed. */
  present: boolean;
}

const OPEN = /^---[ \t]*$/u;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/u;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/u;
/** Front matter is a short header; a `---` far down the file is a separator, not a header. */
const MAX_FRONT_MATTER_LINES = 40;

const KEY_ALIASES: Record<string, keyof FrontMatter> = {
  title: 'title',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet',
  date: 'date', published: 'date',
  url: 'url', link: 'url',
  lang: 'lang', language: 'lang',
};

function unquote(v: string): string {
  const t = v.trim();
  const m = /^(["'])(.*)\1$/u.exec(t);
  return (m ? m[2]! : t).trim();
}

function toLang(v: string): Lang | undefined {
  const t = v.trim().toLowerCase();
  if (t === '') return undefined;
  if (t === 'ar' || t.startsWith('ar-') || t === 'arabic') return 'ar';
  if (t === 'en' || t.startsWith('en-') || t === 'english') return 'en';
  return 'other';
}

/** Splits a leading front-matter block off `raw` (a leading BOM is ignored). */
export function splitFrontMatter(raw: string): FrontMatterSplit {
  const text = raw.replace(/^\uFEFF/u, '');
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines.length < 2 || !OPEN.test(lines[0]!)) return { frontMatter: {}, body: text, present: false };

  let close = -1;
  for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
    const line = lines[i]!;
    if (CLOSE.test(line)) {
      close = i;
      break;
    }
    // Every line inside must be `key: value`, blank or a comment; otherwise this `---` is a rule.
    if (line.trim() !== '' && !line.trimStart().startsWith('#') && !KEY_VALUE.test(line.trim())) {
      return { frontMatter: {}, body: text, present: false };
    }
  }
  if (close < 0) return { frontMatter: {}, body: text, present: false };

  const fm: FrontMatter = {};
  for (const line of lines.slice(1, close)) {
    const m = KEY_VALUE.exec(line.trim());
    if (!m) continue;
    const key = KEY_ALIASES[m[1]!.toLowerCase()];
    const value = unquote(m[2]!);
    if (!key || value === '') continue;
    if (key === 'date') {
      const d = parseIsoDate(value);
      if (d) fm.date = d; // an unparseable date is ignored; detection from the text still applies
    } else if (key === 'lang') {
      const l = toLang(value);
      if (l) fm.lang = l;
    } else {
      fm[key] = value;
    }
  }
  return { frontMatter: fm, body: lines.slice(close + 1).join('\n'), present: true };
}
