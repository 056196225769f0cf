/**
 * What a "how many" question counts, and the numbers a question writes in words.
 * "كم عدد القتلى …؟", "How many soldiers …?", "What is the number of casualties …?" ask for a count
 * of one thing: a coverage that never names the thing counted cannot state how many there are,
 * whatever other numbers stand beside the question's other words ("the 12-day war").
 */
import type { Word } from '../text/tokenize.js';

/** Nouns a count is asked with: "كم عدد / ما عدد X", "the number of X" — X follows them. */
const COUNT_NOUN_AR = /^[وف]?(?:عدد|مقدار|كميه|مجموع)$/;
const COUNT_NOUN_EN = /^(?:number|amount|count|total)$/;
/** Words that may stand between "how many" / "كم" and the noun: none; between "number" and the noun: "of", "the". */
const AUXILIARY_EN = /^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|may|might|of|the|a|an)$/;

/**
 * The position (in `all`) of the noun a "how many" question counts, or −1: the word after "كم عدد /
 * ما (هو) عدد", after "how many / how much", after "the (total) number / amount of", or after a bare
 * "كم" when written with the accusative ending of a counted noun (كم يوماً، كم دولةً — not "كم يريد").
 */
export function countedNounIndex(all: readonly Word[]): number {
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!.norm;
    const next = all[i + 1];
    if (!next) break;
    if (/^[وف]?كم$/.test(w)) {
      if (COUNT_NOUN_AR.test(next.norm)) return i + 2 < all.length ? i + 2 : -1;
      return /(?:اً|ًا|ةً|ً)$/.test(next.raw) ? i + 1 : -1;
    }
    if (/^[وف]?ما$/.test(w)) {
      const j = /^(?:هو|هي)$/.test(next.norm) ? i + 2 : i + 1;
      if (COUNT_NOUN_AR.test(all[j]?.norm ?? '')) return j + 1 < all.length ? j + 1 : -1;
    }
    if (w === 'how' && /^(?:many|much)$/.test(next.norm)) {
      const noun = all[i + 2];
      return noun && !AUXILIARY_EN.test(noun.norm) ? i + 2 : -1;
    }
    if (COUNT_NOUN_EN.test(w) && next.norm === 'of' && i > 0 && /^(?:the|total)$/.test(all[i - 1]!.norm)) {
      let j = i + 2;
      while (j < all.length && AUXILIARY_EN.test(all[j]!.norm)) j++;
      return j < all.length ? j : -1;
    }
  }
  return -1;
}

/**
 * Units a quantity is measured in (normalized): time, money, distance, weight, share. "كم يوماً استغرقت
 * الزيارة؟" measures the visit in days: "the war that lasted 12 days" states days, not the visit's.
 */
const UNIT = /^(?:[وفبل]?(?:ال)?(?:يوم|يوما|ايام|اسبوع|اسبوعا|اسابيع|شهر|شهرا|اشهر|شهور|سنه|سنوات|عام|عاما|اعوام|ساعه|ساعات|دقيقه|دقايق|دولار|دولارا|دولارات|ريال|يورو|كيلومتر|كيلومترا|كيلومترات|ميل|اميال|متر|مترا|طن|اطنان|كيلوغرام|بالمييه|بالمائه)|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|dollars?|euros?|rials?|rupees?|kilometers?|kilometres?|km|miles?|meters?|metres?|tons?|tonnes?|kilograms?|kg|percent)$/;

/** Whether a normalized word is a unit of measure (days, dollars, يوماً, كيلومتر). */
export function isUnit(norm: string): boolean {
  return UNIT.test(norm);
}

const UNITS_EN: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_EN: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100 };

/** Arabic cardinals after normalization (ة → ه, ى → ي, hamza seats → ا), masculine and feminine, with or without ال. */
const UNITS_AR: Array<[RegExp, number]> = [
  [/^(?:اثنان|اثنين|اثني|اثنا|اثنتان|اثنتين|اثنتي|اثنتا)$/, 2],
  [/^(?:ثلاث|ثلاثه)$/, 3],
  [/^(?:اربع|اربعه)$/, 4],
  [/^(?:خمس|خمسه)$/, 5],
  [/^(?:ست|سته)$/, 6],
  [/^(?:سبع|سبعه)$/, 7],
  [/^(?:ثمان|ثماني|ثمانيه)$/, 8],
  [/^(?:تسع|تسعه)$/, 9],
];
const TEN_AR = /^(?:عشر|عشره)$/;
const TENS_AR: Array<[RegExp, number]> = [
  [/^(?:عشرون|عشرين)$/, 20], [/^(?:ثلاثون|ثلاثين)$/, 30], [/^(?:اربعون|اربعين)$/, 40], [/^(?:خمسون|خمسين)$/, 50],
  [/^(?:ستون|ستين)$/, 60], [/^(?:سبعون|سبعين)$/, 70], [/^(?:ثمانون|ثمانين)$/, 80], [/^(?:تسعون|تسعين)$/, 90], [/^(?:مييه|ماييه|مئه|ماءه)$/, 100],
];

function arabicUnit(norm: string): number | null {
  const bare = norm.replace(/^[وفبل]?(?:ال)?/, '');
  for (const [re, n] of UNITS_AR) if (re.test(bare) || re.test(norm)) return n;
  return null;
}
function arabicTens(norm: string): number | null {
  const bare = norm.replace(/^[وفبل]?(?:ال)?/, '');
  for (const [re, n] of TENS_AR) if (re.test(bare) || re.test(norm)) return n;
  return TEN_AR.test(bare) || TEN_AR.test(norm) ? 10 : null;
}

/**
 * The numbers a question writes in words ("حرب الأيام الاثني عشر": 12, "the twelve-day war": 12,
 * "خمسة وعشرين": 25), as digits; not "one" / واحد, which is as often "one of" as a count. A number the question states names what is asked about, so it is no answer.
 */
export function numbersInWords(all: readonly Word[]): string[] {
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!.norm;
    if (all[i]!.script === 'latin') {
      for (const part of w.split('-')) {
        if (UNITS_EN[part] !== undefined) out.push(UNITS_EN[part]!);
        else if (TENS_EN[part] !== undefined) out.push(TENS_EN[part]!);
      }
      continue;
    }
    const unit = arabicUnit(w);
    const next = all[i + 1]?.norm ?? '';
    if (unit !== null) {
      // "الاثني عشر", "خمسة عشر": 11–19; "خمسة وعشرين": 21–99.
      if (TEN_AR.test(next.replace(/^(?:ال)/, ''))) { out.push(10 + unit); i++; continue; }
      const tens = /^و/.test(next) ? arabicTens(next.slice(1)) : null;
      if (tens !== null && tens >= 20 && tens < 100) { out.push(tens + unit); i++; continue; }
      out.push(unit);
      continue;
    }
    const tens = arabicTens(w);
    if (tens !== null) out.push(tens);
  }
  return [...new Set(out.map(String))];
}
