/**
 * Line-level boilerplate detection. Every rule marks lines to drop with a reason; nothing is
 * rewritten. Rules are deliberately general (they run on other articles from the same outlets):
 * each one says why it exists.
 */
import type { Lang } from '../types.js';
import { dateOnlyLine, isTimeOnlyLine } from './dates.js';
import { isLatinOnly } from '../text/lang.js';
import type { Line } from './lines.js';
import { compareKey, endsSentence, isBlank, wordCount } from './text.js';

export type DropReason =
  | 'blank line'
  | 'separator'
  | 'video timestamp'
  | 'time-only line'
  | 'date-only line'
  | 'bullet caption'
  | 'image'
  | 'url line'
  | 'photo caption'
  | 'repeated caption'
  | 'duplicate line'
  | 'caption name line'
  | 'read-also marker'
  | 'read-also link'
  | 'read-also tail'
  | 'byline'
  | 'site UI'
  | 'title';

export interface ClassifiedLine extends Line {
  drop?: DropReason;
  /** ISO date carried by a date-only line. */
  date?: string;
  /** URL carried by a URL-only line. */
  url?: string;
}

/** A caption or link title is short; real paragraphs are longer or end with punctuation. */
const SHORT_LINE = 150;
/** A lone caption naming people is shorter still. */
const NAME_LINE = 100;
/** After a read-also block, at most this many trailing lines are treated as site promo. */
const READ_ALSO_TAIL_LINES = 2;
/** ...and only when they are a small share of the article (protects short articles). */
const READ_ALSO_TAIL_SHARE = 0.3;

// Video players render their position/duration (`0:00`, `12:34`) as a line of its own.
const TIMESTAMP = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
// Horizontal rules and decorative separators carry no text (`---`, `***`, `* * *`, `■■■`).
const SEPARATOR = /^(?:[-–—_*=~•·■□◆◇#]\s*){3,}$/u;
// Media carousels render each photo caption as a bulleted item (`  •  caption ... (وكالة مهر)`).
const BULLET = /^[•●▪◦‣∙]/u;
// Markdown image lines are pictures, not prose.
const MD_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/u;
// A line holding only a link (optionally labelled) is a source note, not a paragraph.
const URL_LINE = /^(?:(?:source|url|link|المصدر|الرابط|رابط)\s*[:：]\s*)?<?(https?:\/\/[^\s<>]+)>?$/iu;
// Captions on Egyptian/Gulf sites end with "- أرشيفية" (archive photo) or similar.
const ARCHIVE_CAPTION = /(?<!\p{L})(?:صورة\s+)?(?:أرشيفية|ارشيفية|أرشيفيه|ارشيفيه|أرشيف|ارشيف)\)?$/u;
// Caption labels used by BBC Arabic and English sites ("مصدر الصورة،Getty Images", "Photo: ...").
const CAPTION_LABEL = /^(?:مصدر الصورة|التعليق على الصورة|الصورة|صورة|photo|image|file photo|photo credit|caption)\s*[:،,]/iu;
// A bare photo/agency credit on its own line.
const CREDIT_ONLY = /^\(?(?:getty images|afp|reuters|ap|epa|رويترز|فرانس برس|أ ف ب|أ\.ف\.ب|الأناضول|وكالة [\p{L}]+)\)?$/iu;
// Arabic by-lines ("بقلم فلان", "كتب: فلان") and English ones made of capitalised names ("By Jane Doe").
const BYLINE = /^(?:(?:بقلم|إعداد|اعداد|تحرير)\s*[:：\-–—]?|(?:كتب|كتبت)\s*[:：\-–—])\s*\S/u;
const BYLINE_EN = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}$/u;
// "Read also" style markers introducing related-article links.
const READ_ALSO_STRONG =
  /^(?:[-–—•*]\s*)?(?:(?:اقرأ|إقرأ|اقرا|إقرا)\s+(?:أيضاً|أيضًا|أيضا|ايضاً|ايضًا|ايضا|كذلك)|(?:طالع|شاهد)\s+(?:أيضاً|أيضًا|أيضا|ايضاً|ايضا)|read also|also read|see also)(?=$|[\s:：،,.\-–—])/iu;
const READ_ALSO_WEAK =
  /^(?:اقرأ المزيد|اقرأ أكثر|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة|ذات صلة|read more|related(?: articles| stories| news)?|more on this)\s*[:：]?$/iu;
// Site widgets that leak into copied text as one-word lines.
const SITE_UI = new Set(
  [
    'search', 'بحث', 'share', 'tweet', 'print', 'copy link', 'advertisement', 'menu', 'home',
    'شارك', 'مشاركة', 'شارك الخبر', 'شارك المقال', 'طباعة', 'حفظ', 'نسخ الرابط', 'إعلان', 'الرئيسية',
    'القائمة', 'تابعونا', 'تابعنا', 'تابعونا على', 'تابعنا على',
  ].map(compareKey),
);

export function isReadAlsoMarker(text: string): boolean {
  return READ_ALSO_STRONG.test(text) || READ_ALSO_WEAK.test(text);
}

/** Short, unpunctuated: how link titles, captions and headings look. */
function isShortUnpunctuated(text: string, max = SHORT_LINE): boolean {
  return text.length < max && !endsSentence(text);
}

/** Rules that look at one line alone. */
function singleLineVerdict(line: Line, articleLang: Lang): Pick<ClassifiedLine, 'drop' | 'date' | 'url'> {
  const t = line.text;
  if (isBlank(line.raw)) return { drop: 'blank line' };
  if (SEPARATOR.test(t)) return { drop: 'separator' };
  if (TIMESTAMP.test(t)) return { drop: 'video timestamp' };
  if (isTimeOnlyLine(t)) return { drop: 'time-only line' };
  // A date-only line is the article's dateline; it becomes metadata, not a paragraph.
  const date = dateOnlyLine(t);
  if (date) return { drop: 'date-only line', date };
  if (BULLET.test(t)) return { drop: 'bullet caption' };
  if (MD_IMAGE.test(t)) return { drop: 'image' };
  const url = URL_LINE.exec(t)?.[1];
  if (url) return { drop: 'url line', url };
  if (isShortUnpunctuated(t) && (ARCHIVE_CAPTION.test(t) || CAPTION_LABEL.test(t))) return { drop: 'photo caption' };
  if (CREDIT_ONLY.test(t)) return { drop: 'photo caption' };
  if (SITE_UI.has(compareKey(t.replace(/[:：]$/u, '')))) return { drop: 'site UI' };
  if ((BYLINE.test(t) || BYLINE_EN.test(t)) && wordCount(t) <= 6 && isShortUnpunctuated(t, 60)) return { drop: 'byline' };
  // In a non-English article, a 1–3 word Latin-only line without punctuation or digits is an
  // author name or a widget label (`manouchehr mahdavi`, `search`), never prose.
  if (
    articleLang !== 'en' &&
    isLatinOnly(t) &&
    /^[\p{L}\s.'’-]+$/u.test(t) &&
    wordCount(t) <= 3 &&
    !endsSentence(t)
  ) {
    return { drop: 'byline' };
  }
  return {};
}

/**
 * Classifies every line of an article body. `articleLang` is the script estimate of the whole
 * body (used by the Latin-only by-line rule).
 */
export function classifyLines(lines: Line[], articleLang: Lang): ClassifiedLine[] {
  const out: ClassifiedLine[] = lines.map((l) => ({ ...l, ...singleLineVerdict(l, articleLang) }));

  // Indented lines right after a bulleted caption continue that caption (carousel layout).
  let inBullet = false;
  for (const l of out) {
    if (l.drop === 'blank line') continue;
    if (l.drop === 'bullet caption') inBullet = true;
    else if (inBullet && l.indented && !l.drop) l.drop = 'bullet caption';
    else inBullet = false;
  }

  const kept = () => out.filter((l) => !l.drop);

  // Photo alt-text and caption are printed twice in a row; a repeated short unpunctuated line is
  // a caption (both copies go). A repeated finished sentence is a scrape duplicate (one copy goes).
  // The very first content line repeated is a title printed twice: keep it once.
  {
    const k = kept();
    for (let i = 0; i + 1 < k.length; i++) {
      const a = k[i]!;
      const b = k[i + 1]!;
      if (a.drop || compareKey(a.text) !== compareKey(b.text)) continue;
      if (i > 0 && isShortUnpunctuated(a.text)) {
        a.drop = 'repeated caption';
        b.drop = 'repeated caption';
      } else {
        b.drop = 'duplicate line';
      }
    }
  }

  // A lone short line whose words all appear, in order, inside a caption of the same article is a
  // name plate under another photo of the same person (`الرئيس الروسي فلاديمير بوتين` under a
  // caption `... يلتقي الرئيس الروسي فلاديمير بوتين`). Headings do not repeat caption text.
  const captions = out
    .filter((l) => l.drop === 'bullet caption' || l.drop === 'photo caption' || l.drop === 'repeated caption')
    .map((l) => ` ${compareKey(l.text)} `);
  if (captions.length > 0) {
    // The first content line is the headline candidate; a headline may well echo a caption.
    for (const l of kept().slice(1)) {
      if (!isShortUnpunctuated(l.text, NAME_LINE) || wordCount(l.text) < 2) continue;
      const key = ` ${compareKey(l.text)} `;
      if (captions.some((c) => c.includes(key))) l.drop = 'caption name line';
    }
  }

  // "Read also" blocks: the marker line (which may carry a link title inline) and the short
  // unpunctuated link-title lines after it. When the block sits at the end of the article, the
  // little that follows it is the site's related-coverage promo, not the article: drop it too.
  {
    const totalChars = kept().reduce((n, l) => n + l.text.length, 0);
    const k = kept();
    for (let i = 0; i < k.length; i++) {
      const marker = k[i]!;
      if (marker.drop || !isReadAlsoMarker(marker.text)) continue;
      marker.drop = 'read-also marker';
      let j = i + 1;
      for (; j < k.length && !k[j]!.drop && isShortUnpunctuated(k[j]!.text) && !isReadAlsoMarker(k[j]!.text); j++) {
        k[j]!.drop = 'read-also link';
      }
      const tail = k.slice(j).filter((l) => !l.drop);
      const tailChars = tail.reduce((n, l) => n + l.text.length, 0);
      if (tail.length <= READ_ALSO_TAIL_LINES && tailChars <= READ_ALSO_TAIL_SHARE * totalChars) {
        for (const l of tail) l.drop = 'read-also tail';
      }
    }
  }

  return out;
}
