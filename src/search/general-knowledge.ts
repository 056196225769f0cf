/**
 * Encyclopedia questions ("What is the speed of light?", "ما أعمق بحيرة في العالم؟", "Who wrote War
 * and Peace?") are answered by news coverage only when one paragraph states the fact, every word of
 * it together. One everyday word met elsewhere (light → نور of "Nur Khan airbase") is no answer.
 */
import { questionForm } from './query.js';

const MEASURES_EN = 'speed|boiling point|freezing point|melting point|population|capital|capital city|currency|height|length|area|distance|diameter|weight|mass|chemical formula|formula|temperature|depth|atomic number|square root|meaning|definition|origin|life expectancy|national animal|national dish|official language';
const MEASURES_AR = 'سرعه|درجه غليان|درجه تجمد|درجه انصهار|عدد سكان|عاصمه|عمله|ارتفاع|طول|مساحه|مسافه|قطر|وزن|كتله|صيغه|درجه حراره|عمق|العدد الذري|الجذر التربيعي|معني|تعريف|اصل|متوسط عمر|اللغه الرسميه';

const GENERAL = new RegExp(
  '^(?:(?:and|so|و|ف)\\s*)?(?:' +
    // "what is the speed of …", "what's the capital of …", "how fast is light"
    `what(?: is|'s| was| are)? (?:the |an? )?(?:${MEASURES_EN}) of\\b|how (?:fast|far|hot|cold|deep|tall|high) (?:is|does|do|can) (?:the |an? )?(?:light|sound|sun|moon|earth|mount|everest|ocean|sea)\\b|` +
    // "who wrote / invented / discovered / painted / composed …"
    'who (?:wrote|invented|discovered|painted|composed|directed|founded|built|designed)\\b|' +
    `(?:ما|ماهي|ماهو|كم) (?:هي |هو )?(?:${MEASURES_AR})(?:\\s|$)|من (?:كتب|الف|اخترع|اكتشف|رسم|لحن|اسس|بني|صمم)(?:\\s|$)` +
    ')',
  'u',
);

/** Superlatives of the world ("the deepest lake in the world", "أطول نهر في العالم"). */
const WORLD_SUPERLATIVE = /(?:\b(?:\w+est|most \w+|largest|biggest|highest|longest|tallest|oldest|smallest|best|richest) [\w\s]{1,30}\b(?:in|on|of) (?:the )?(?:world|earth|planet|universe|all time|history)\b)|(?:^|\s)(?:ا[\p{L}]{2}[ىي]?|اكثر|اكبر|اطول|اعلي|اقدم|اصغر|افضل|اغني|اعمق|اسرع)\s[\p{L}\s]{1,30}(?:في|على|علي) (?:العالم|الارض|الكون|التاريخ)(?:\s|$|[؟?])/u;

/** Words every match of WORLD_SUPERLATIVE holds: without one, its slow backtracking is not tried. */
const WORLD_WORD = /world|earth|planet|universe|all time|history|العالم|الارض|الكون|التاريخ/;

/**
 * Who won, scored or hosted a world event or prize ("من هو هداف كأس العالم 2022؟", "Which country hosted the
 * Olympics?"): a record of sport or prizes, told by news of a visit only where it states it.
 */
const WORLD_EVENT = /^(?:(?:and|so|و|ف)\s*)?(?:who|which|what|من|ما|ماهو|ماهي|اي)\s.*(?:world cup|olympic|olympics|nobel|oscar|كاس العالم|الاولمبي|اولمبي|الاولمبياد|نوبل|الاوسكار)/u;

export function asksGeneralKnowledge(question: string): boolean {
  const q = questionForm(question);
  return GENERAL.test(q) || (WORLD_WORD.test(q) && WORLD_SUPERLATIVE.test(q)) || WORLD_EVENT.test(q.toLowerCase());
}

/**
 * A part of someone's life that news of a visit seldom tells: schooling, party, birth ("Where did Asim Munir
 * go to military school?", "Which political party does Naqvi belong to?", "أين تلقى لاريجاني تعليمه
 * الجامعي؟"). The question's words meet the coverage elsewhere (military, party → طرف, receive → استقبل); only a
 * paragraph with a word of that part of life answers. Each field: what asks it, what tells it (normalized).
 */
const LIFE_FIELDS: ReadonlyArray<{ asks: RegExp; tells: RegExp }> = [
  {
    asks: /\b(?:which|what) political party\b|\bbelongs? to\b.*\bparty\b|\bparty\b.*\bbelongs? to\b|\bmember of (?:which|what|a) (?:political )?party\b|(?:^|[^\p{L}])(?:[وفبل]?(?:ال)?(?:حزب|احزاب)\p{L}*|ينتمي|تنتمي|انتماو?ه?|انتماء\p{L}*)(?=$|[^\p{L}])/u,
    tells: /\b(?:party|parties|partisan)\b|(?:^|[^\p{L}])[وفبل]?(?:ال)?(?:حزب|احزاب)\p{L}*/u,
  },
  {
    asks: /\b(?:study|studied|studies|school|schooling|university|college|academy|educated|education|degree|graduate|graduated)\b|(?:^|[^\p{L}])[وفبل]?(?:ال)?(?:تعليمه|تعليمها|دراسته|دراستها|الجامعي|الجامعيه|جامعه|تخرج|تخرجه|شهادته|درس)(?=$|[^\p{L}])/u,
    tells: /\b(?:school|schools|university|universities|college|academy|studied|studies|educated|education|graduat\w*|degree|alumnus)\b|(?:^|[^\p{L}])[وفبل]?(?:ال)?(?:جامع|دراس|درس|تخرج|اكاديمي|كليه|مدرس|شهاده|تعليم)\p{L}*/u,
  },
  {
    asks: /\b(?:born|birthplace|birth)\b|(?:^|[^\p{L}])(?:ولد|ولدت|مولده|مولدها|ولادته|ولادتها|مسقط راس)(?=$|[^\p{L}])/u,
    tells: /\b(?:born|birth|birthplace|native)\b|(?:^|[^\p{L}])[وفبل]?(?:ولد|ولدت|مولود|مواليد|ولاده|ولادته|مسقط)(?=$|[^\p{L}])/u,
  },
];

/** What tells the part of a life the question asks about (LIFE_FIELDS), or null; the caller checks that it asks of someone named. */
export function lifeFieldAsked(question: string): RegExp | null {
  const q = questionForm(question).toLowerCase();
  return LIFE_FIELDS.find((f) => f.asks.test(q))?.tells ?? null;
}
