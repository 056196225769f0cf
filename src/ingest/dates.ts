/**
 * Date and time recognition for Arabic (Egyptian/Gulf, Levantine and Maghrebi month names)
 * and English news text. Returns ISO dates (YYYY-MM-DD); never rewrites the text.
 */
import { asciiDigits, escapeRegExp } from './text.js';

const MONTHS: Record<string, number> = {
  // Egyptian / Gulf transliterated names
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'ابريل': 4, 'إبريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6,
  'يوليو': 7, 'يوليه': 7, 'أغسطس': 8, 'اغسطس': 8, 'سبتمبر': 9, 'أكتوبر': 10, 'اكتوبر': 10, 'أكتوير': 10,
  'نوفمبر': 11, 'ديسمبر': 12,
  // Levantine / Iraqi (Syriac) names
  'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'اذار': 3, 'نيسان': 4, 'أيار': 5, 'ايار': 5, 'حزيران': 6,
  'تموز': 7, 'آب': 8, 'أيلول': 9, 'ايلول': 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11,
  'كانون الأول': 12, 'كانون الاول': 12,
  // Maghrebi names
  'جانفي': 1, 'فيفري': 2, 'أفريل': 4, 'افريل': 4, 'ماي': 5, 'جوان': 6, 'جويلية': 7, 'أوت': 8,
  'نونبر': 11, 'دجنبر': 12,
  // English
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Longest names first so `تشرين الثاني` wins over a shorter prefix. */
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** A month name standing alone (letters on neither side); English abbreviations may end with a dot. */
const MONTH = `(?<!\\p{L})(${MONTH_ALT})\\.?(?!\\p{L})`;
/** Optional second name of the same month: `تشرين الثاني/نوفمبر`, `أغسطس (آب)`. */
const MONTH_ALIAS = `(?:\\s*[/(]\\s*(?<!\\p{L})(?:${MONTH_ALT})(?!\\p{L})\\s*\\)?)?`;

const WEEKDAYS = [
  'السبت', 'الأحد', 'الاحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة',
  'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'sat', 'sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
];

/** `21 أكتوبر 2025`, `24 تشرين الثاني/نوفمبر 2025`, `25 November 2025`. */
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:من\\s+)?${MONTH}${MONTH_ALIAS}\\s*[,،]?\\s*(\\d{4})(?!\\d)`,
  'giu',
);
/** `November 25, 2025`, `Oct. 21 2025`. */
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})(?!\\d)`, 'giu');
/** `2025-10-21`, `2025/10/21`. */
const ISO_LIKE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu;
/** `21/10/2025`, `21-10-2025` (day first, as Arabic and European sites write it). */
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/gu;

/** Clock times: `02:38`, `0:00`, `14:05:09`, optionally with ص/م or AM/PM. */
const TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)(?:\s*(?:ص|م|صباحا|صباحاً|مساء|مساءً|am|pm|a\.m\.|p\.m\.)(?!\p{L}))?/giu;

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.toLowerCase()];
}

/** Every full date (day, month and year all present) in the text, in text order. */
export function findDates(text: string): DateMatch[] {
  const t = asciiDigits(text); // same length as `text`: digit swaps are 1:1 code units
  const found: DateMatch[] = [];
  const push = (m: RegExpExecArray, value: string | undefined) => {
    if (value) found.push({ iso: value, index: m.index, length: m[0].length });
  };
  for (const m of t.matchAll(DAY_MONTH_YEAR)) push(m, iso(Number(m[3]), monthNumber(m[2]) ?? 0, Number(m[1])));
  for (const m of t.matchAll(MONTH_DAY_YEAR)) push(m, iso(Number(m[3]), monthNumber(m[1]) ?? 0, Number(m[2])));
  for (const m of t.matchAll(ISO_LIKE)) push(m, iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of t.matchAll(NUMERIC_DMY)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Day first unless that is impossible and month-first is not (US-style 10/21/2025).
    push(m, iso(Number(m[3]), b, a) ?? iso(Number(m[3]), a, b));
  }
  found.sort((x, y) => x.index - y.index || y.length - x.length);
  // Drop matches nested inside an earlier, longer one.
  const out: DateMatch[] = [];
  let end = -1;
  for (const d of found) {
    if (d.index >= end) {
      out.push(d);
      end = d.index + d.length;
    }
  }
  return out;
}

/** The first full date in the text as ISO YYYY-MM-DD, or undefined. */
export function firstDate(text: string): string | undefined {
  return findDates(text)[0]?.iso;
}

/** Words that may accompany a date on a dateline: weekdays and "published/updated" labels. */
const DATELINE_WORDS = new RegExp(
  `(?<!\\p{L})(?:${[...WEEKDAYS, 'نشر', 'نُشر', 'نشر في', 'تاريخ النشر', 'آخر تحديث', 'اخر تحديث', 'تحديث', 'بتاريخ', 'published', 'updated', 'posted', 'on', 'at', 'في']
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?!\\p{L})`,
  'giu',
);
/** Separators allowed around the parts of a dateline. */
const DATELINE_PUNCT = /[\s,،:|/\\\-–—•·.()]+/gu;

/**
 * A line that is nothing but a date (with optional weekday, time, "updated" label):
 * `الثلاثاء، 21 أكتوبر 2025`, `Tuesday, October 21, 2025 02:38 PM`. Returns its ISO date.
 */
export function dateOnlyLine(line: string): string | undefined {
  const t = asciiDigits(line);
  const dates = findDates(t);
  const first = dates[0];
  if (!first) return undefined;
  let rest = t;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  rest = rest.replace(TIME, ' ').replace(DATELINE_WORDS, ' ').replace(DATELINE_PUNCT, '');
  return rest === '' ? first.iso : undefined;
}

/**
 * A line that is only a clock time or a video timestamp/duration: `02:38 م`, `0:00`, `1:02 / 3:45`.
 */
export function isTimeOnlyLine(line: string): boolean {
  const t = asciiDigits(line).trim();
  if (!/\d:\d\d/u.test(t)) return false;
  return t.replace(TIME, ' ').replace(/[\s/|\-–—]+/gu, '') === '';
}

/** A strict front-matter style date: YYYY-MM-DD, validated. */
export function parseIsoDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(asciiDigits(value.trim()));
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
