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

/** A heading inside the body is short: a few words, no sentence-final punctuation. */
const MAX_HEADING = 90;
/** "Key points" blocks (IranPress and others) whose first point restates the headline. */
const KEY_POINTS = /^(?:النقاط الرئيسية|أبرز النقاط|أهم النقاط|Key points|Highlights|Key takeaways)\s*[):：]?\s*$/iu;

function isHeading(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean).length;
  return text.length <= MAX_HEADING && words >= 3 && words <= 14 && !/[.:؛;،,]$|[.!?؟…۔]\S*$/u.test(text)
    && !/https?:|@|#|\d{1,2}:\d{2}/u.test(text) && /\p{L}/u.test(text);
}

/**
 * The article's own headline when the first line is not one: the first point of a "key points"
 * block (which restates the headline), else the first section heading (a short stand-alone line
 * between paragraphs). `lines` are the kept body lines in order, paragraph breaks included as ''.
 */
export function titleFromBody(lines: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (KEY_POINTS.test(lines[i]!.trim())) {
      const point = titleFromLine(lines[i + 1]!.replace(/^[\s•\-–—*·]+/u, ''));
      if (point && point.length < MAX_TITLE_LINE && !endsWithPeriod(point)) return point;
    }
  }
  for (let i = 1; i + 1 < lines.length; i++) {
    const text = titleFromLine(lines[i]!.trim());
    // A heading sits at a paragraph start and is followed by body text, not by another short line.
    const next = lines[i + 1]!.trim();
    const prev = lines[i - 1]!.trim();
    if (isHeading(text) && next.length > MAX_HEADING && (prev === '' || prev.length > MAX_HEADING)) return text;
  }
  return undefined;
}

/**
 * Title made from the first sentence of the first paragraph when the article has no headline:
 * cut at the last clause boundary (Arabic or Latin comma) that keeps it under ~120 characters,
 * else at a word with "…".
 */
export function titleFromParagraph(text: string): string {
  const firstLine = text.split('\n')[0]!.trim();
  const end = new RegExp(`[${SENTENCE_FINAL}]["'»”’)\\]]*(?=\\s|$)`, 'u').exec(firstLine);
  let sentence = end ? firstLine.slice(0, end.index + end[0].length) : firstLine;
  sentence = sentence.replace(/[.۔]$/u, '').trim();
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const window = sentence.slice(0, MAX_DERIVED_TITLE + 20);
  const clause = Math.max(window.lastIndexOf('،'), window.lastIndexOf(', '));
  // A whole clause reads as a headline; only a cut inside one gets the "…".
  if (clause >= MAX_DERIVED_TITLE / 2) return window.slice(0, clause).trim();
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
  {
    name: 'Tehran Times',
    // "told Tehran Times" or a dateline; «صحيفة "طهران تايمز"» in a report quotes it and does not count.
    patterns: [/(?:^|\s)لـ?\s*[«"]?طهران\s+تايمز/mu, /^\s*(?:طهران\s+تايمز|Tehran\s+Times)\s*[-–—:]/mu, /told (?:the )?Tehran Times/u],
  },
  {
    name: 'Asharq Al-Awsat',
    // Only with quotes or "told": bare الشرق الأوسط is the Middle East.
    patterns: [/(?:^|\s)لـ\s*[«"]الشرق\s+الأوسط[»"]/mu, /مراسلة?\s+[«"]الشرق\s+الأوسط[»"]/u, /told Asharq Al-Awsat/u, /^\s*Asharq Al-Awsat\s*[-–—:]/mu],
  },
  {
    name: 'Reuters',
    patterns: [/^\s*[\p{L} ]{2,30}\((?:رويترز|Reuters)\)\s*[-–—]/mu],
  },
  {
    name: 'AFP',
    patterns: [/^\s*[\p{L} ]{2,30}\((?:أ\s*ف\s*ب|ا\s*ف\s*ب|AFP)\)\s*[-–—]/mu],
  },
];

/** Names an outlet goes by, for "source:" lines (Arabic and Latin spellings). */
const ALIASES: Array<[RegExp, string]> = [
  [/^(?:قناة\s+)?(?:ال)?ميادين(?:\s*نت)?$|^Al[ -]Mayadeen/iu, 'Al Mayadeen'],
  [/^(?:صحيفة\s+)?طهران\s+تايمز$|^Tehran Times/iu, 'Tehran Times'],
  [/^(?:صحيفة\s+)?الشرق\s+الأوسط$|^Asharq Al-Awsat/iu, 'Asharq Al-Awsat'],
  [/^(?:وكالة\s+)?(?:إرنا|ارنا)$|^IRNA$/iu, 'IRNA'],
  [/^(?:وكالة\s+)?(?:أنباء\s+)?تسنيم(?:\s+للأنباء)?$|^Tasnim/iu, 'Tasnim'],
  [/^(?:وكالة\s+)?مهر(?:\s+للأنباء)?$|^Mehr News/iu, 'Mehr'],
  [/^(?:وكالة\s+)?رويترز$|^Reuters$/iu, 'Reuters'],
  [/^إيران\s+برس$|^Iran\s?Press$/iu, 'IranPress'],
];

/** A line that names the source: "المصدر: وكالة مهر", "Source: Reuters". */
const SOURCE_LINE = /^\s*(?:المصدر|مصدر الخبر|Source)\s*[:：]\s*(.{2,60}?)\s*$/imu;

function canonicalOutlet(name: string): string {
  const clean = name.replace(/[«»"“”()]/gu, '').replace(/\s+/gu, ' ').trim();
  return ALIASES.find(([re]) => re.test(clean))?.[1] ?? clean;
}

/** Outlet named by the text itself (earliest self-reference wins), else by a source line, else undefined. */
export function detectOutlet(text: string): string | undefined {
  let best: { name: string; index: number } | undefined;
  for (const rule of OUTLETS) {
    for (const re of rule.patterns) {
      const m = re.exec(text);
      if (m && (best === undefined || m.index < best.index)) best = { name: rule.name, index: m.index };
    }
  }
  if (best) return best.name;
  const source = SOURCE_LINE.exec(text)?.[1];
  return source ? canonicalOutlet(source) : undefined;
}

/** Date: the first date-only line (a dateline), else the first full date anywhere in the text. */
export function detectDate(datelines: string[], fullText: string): string | undefined {
  return datelines[0] ?? firstDate(fullText);
}
