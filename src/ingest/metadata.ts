/** Article metadata detection: title, outlet, date. Front matter overrides all of it (see parse.ts). */
import { firstDate } from './dates.js';
import { endsWithPeriod, SENTENCE_FINAL } from './text.js';

/** A first line at most this long can be a headline. */
export const MAX_TITLE_LINE = 150;
/** A title made from the first sentence is cut to about this many characters. */
export const MAX_DERIVED_TITLE = 100;

/**
 * The first content line is the headline when it is short and does not end with a full stop
 * (headlines end without punctuation or with ? / !; a first line ending in "." is the lede sentence,
 * as in an article whose title was not copied).
 */
export function isTitleLine(text: string): boolean {
  return text.length > 0 && text.length < MAX_TITLE_LINE && !endsWithPeriod(text);
}

/** Title text of a headline line (a Markdown `# ` prefix is not part of it). */
export function titleFromLine(text: string): string {
  return text.replace(/^#{1,6}\s+/u, '').trim();
}

/** Title made from the first sentence of the first paragraph, truncated at a word to ~100 chars with "…". */
export function titleFromParagraph(text: string): string {
  const firstLine = text.split('\n')[0]!.trim();
  const end = new RegExp(`[${SENTENCE_FINAL}]["'»”’)\\]]*(?=\\s|$)`, 'u').exec(firstLine);
  let sentence = end ? firstLine.slice(0, end.index + end[0].length) : firstLine;
  sentence = sentence.replace(/[.۔]$/u, '').trim();
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > MAX_DERIVED_TITLE / 2 ? cut.slice(0, space) : cut.slice(0, MAX_DERIVED_TITLE))
    .replace(/[\s,،:;؛\-–—]+$/u, '');
  return `${head}…`;
}

interface OutletRule {
  name: string;
  /** Patterns in which the outlet names ITSELF (datelines, "sources told us"), not citations of it. */
  patterns: RegExp[];
}

/**
 * Known outlets. Only self-references count: `مصادر ... للميادين` ("sources told Al Mayadeen") or a
 * dateline `إيران برس - `. Citing an agency as a source (`لـ«إرنا»`, `وفقاً لوكالة «إيسنا»`,
 * `نقلته وكالة أنباء تسنيم`) is not a self-reference and does not set the outlet.
 */
const OUTLETS: OutletRule[] = [
  {
    name: 'Al Mayadeen',
    patterns: [/للميادين(?!\p{L})/u, /مصادر\s+(?:\p{L}+\s+)?الميادين(?!\p{L})/u, /مراسلة?\s+الميادين(?!\p{L})/u, /الميادين\s*نت(?!\p{L})/u, /Al Mayadeen English/u],
  },
  {
    name: 'IranPress',
    patterns: [/^\s*(?:إيران|ايران)\s+برس\s*[-–—:]/mu, /^\s*\(?Iran\s?Press\)?\s*[-–—:]/mu],
  },
  {
    name: 'Tasnim',
    patterns: [/^\s*(?:\p{L}+\s*[-–—]\s*)?(?:وكالة\s+)?تسنيم(?:\s+الدولية)?(?:\s+للأنباء)?\s*[-–—]/mu, /مراسلة?\s+(?:وكالة\s+)?تسنيم/u, /^\s*Tasnim(?: News Agency)?\s*[-–—]/mu],
  },
  {
    name: 'IRNA',
    patterns: [/^\s*(?:\p{L}+\s*[-–—]\s*)?(?:إرنا|ارنا|IRNA)\s*[-–—]/mu, /مراسلة?\s+(?:وكالة\s+)?(?:إرنا|ارنا)(?!\p{L})/u],
  },
  {
    name: 'Mehr',
    patterns: [/^\s*(?:\p{L}+\s*[-–—]\s*)?(?:وكالة\s+)?مهر(?:\s+للأنباء)?\s*[-–—]/mu, /^\s*Mehr News(?: Agency)?\s*[-–—]/mu],
  },
  {
    name: 'Al Jazeera',
    patterns: [/للجزيرة\s*نت/u, /مراسلة?\s+الجزيرة(?!\p{L})/u],
  },
  {
    name: 'Al Arabiya',
    patterns: [/للعربية\.نت|العربية\.نت/u],
  },
];

/** Outlet named by the text itself (earliest self-reference wins), else undefined. */
export function detectOutlet(text: string): string | undefined {
  let best: { name: string; index: number } | undefined;
  for (const rule of OUTLETS) {
    for (const re of rule.patterns) {
      const m = re.exec(text);
      if (m && (best === undefined || m.index < best.index)) best = { name: rule.name, index: m.index };
    }
  }
  return best?.name;
}

/** Date: the first date-only line (a dateline), else the first full date anywhere in the text. */
export function detectDate(datelines: string[], fullText: string): string | undefined {
  return datelines[0] ?? firstDate(fullText);
}
