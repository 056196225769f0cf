/**
 * The kind of answer a question asks for, where a paragraph can be checked for it cheaply.
 * "When was the Iranian revolution?" is answered only by a paragraph that says when: one that
 * merely names the revolution ("the Supreme Leader of the Islamic Revolution") is a near miss.
 * Only time is checked: a date is written in few ways, a person or a reason in too many.
 */
import { normalizeCached, normalizeText } from '../text/normalize.js';
import { stemmedWords } from '../text/tokenize.js';
import { numbersInWords } from './counted.js';
import { questionForm } from './query.js';
import { nearEachOther } from './phrase.js';
import { wordsOfQuestion } from './question-words.js';

export type AnswerType = 'time' | 'quantity' | null;

/**
 * "when", "since when", "what year", "on what date", "متى", "منذ متى", "في أي عام" — at the start of the question (after
 * "and"/"so"); a preposition may lead the time noun ("On what date did …", "In which year …").
 */
const TIME_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:(?:since |until |till )?when\b|where and when\b|اين ومتي|(?:(?:on|in|at|by|since|until|from) )?(?:what|which) (?:year|date|day|month)\b|منذ متي|متي|في اي (?:عام|سنه|يوم|شهر|تاريخ)|اي (?:عام|سنه|يوم|شهر|تاريخ))/;

/** "how many", "how much", "how long", "how old", "what is the (current annual trade) volume", "كم", "ما عدد / حجم / طول / قيمة / نسبة" — anywhere in the question. */
const QUANTITY_QUESTION = /(?:^|[^\p{L}])(?:how (?:many|much|long|far|old|big|large|tall|deep|high)\b|what (?:percentage|proportion|share|number|amount|figure)\b|what(?:'s|’s| is| was| are| were) the (?:[a-z]+ ){0,3}(?:volume|value|size|amount|number|figure|total|cost|price|population|budget|length|area)\b|(?:[وف]?كم|(?:ما|وما) (?:عدد|حجم|طول|قيمه|نسبه|مساحه|عمق|ارتفاع|مقدار|كميه)|(?:ما|وما)(?: هو| هي)? الرقم))(?=$|[^\p{L}])/u;

/**
 * The noun a count is asked with: "كم عدد / ما عدد …", "what is the number / amount of …", "ما (هو) الرقم
 * الذي …", "what figure does …" ask how many as "how many" does — the coverage states the count ("12
 * مذكرة تفاهم", "10 مليارات دولار") without the word. Not "ما رقم X" (X's number: an identifier) nor
 * "which figure" (a person).
 * Normalized, as concept labels.
 */
const COUNT_NOUN = /(?:^|[^\p{L}])(?:(?:[وف]?(?:كم|ما)(?: هو| هي)?) (عدد|مقدار|كميه|مجموع|قيمه|الرقم)|the (?:(?:total|possible|potential|current|annual) )?(number|amount|count|total|value) of|what(?:'s|’s| is| was)?(?: the)? (?:[a-z]+ )?(figure)(?= (?:that|which|does|do|did|is|was|will|would|can|could|should|for|of)\b))(?=$|[^\p{L}])/gu;

export function countingNouns(question: string): string[] {
  return [...questionForm(question).matchAll(COUNT_NOUN)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

export function answerType(question: string): AnswerType {
  const q = questionForm(question);
  if (TIME_QUESTION.test(q)) return 'time';
  return QUANTITY_QUESTION.test(q) ? 'quantity' : null;
}

const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
// "when", "عندما" place an event in time too (and a sentence that asks "when?" is the question itself, said again).
const RELATIVE_EN = 'yesterday|today|tomorrow|tonight|last (?:week|month|year)|next (?:week|month|year)|this (?:week|month|year)|ago|when|whenever|days?|weeks?|months?|years?|hours?|mornings?|evenings?|nights?|decades?|centur(?:y|ies)';
// After normalization (ة → ه, ى → ي, hamza seats → ا): Gregorian and Levantine month names, weekdays, relative days.
const MONTHS_AR = 'يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين|جانفي|فيفري';
const DAYS_AR = 'الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت';
const RELATIVE_AR = 'امس|اليوم|غدا|الماضي|الماضيه|المقبل|المقبله|الجاري|عشيه|مطلع|منتصف|اواخر|اوايل|متي|عندما|حين|حينما|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|سنه|سنوات|عام|اعوام|ساعه|ساعات|صباح|مساء|ليله|قرن';

const TIME_WORD = new RegExp(`(?:^|[^\\p{L}])(?:[وفبل]?(?:${MONTHS_AR}|${DAYS_AR}|${RELATIVE_AR})|${MONTHS_EN}|${DAYS_EN}|${RELATIVE_EN})(?=$|[^\\p{L}])`, 'u');
/** a year (1900–2099, alone: "2018", "عام 2018") or a day-month-year written in digits */
const TIME_NUMBER = /(?:^|\D)(?:19|20)\d\d(?!\d)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;

/**
 * "When will …", "when is … going to / expected to …", "متى سيزور / متى سوف …": a time still to come;
 * "Where (and when) will …", "where are … going to …", "Which port would host …", "أين (ومتى) ستجري …": a place of something still to come.
 */
const FUTURE_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:(?:when|where)(?: and (?:when|where))? (?:will|shall|would)\b|which (?:[a-z]+ ){1,3}(?:will|would)\b|(?:when|where) (?:is|are)\b.*\b(?:going to|expected|scheduled|planned|due)\b|(?:متي|اين)(?: و(?:متي|اين))? (?:س[يتن]\p{L}{2,}|سوف|من المقرر|يتوقع))/u;

export function asksAboutFuture(question: string): boolean {
  return FUTURE_QUESTION.test(questionForm(question));
}

/**
 * Words that place an event ahead (after normalization): "will", "next", "scheduled", سوف، المقبل،
 * مرتقب، من المقرر — and a verb with the future prefix سـ (سيزور، ستجري، سنعقد). A paragraph without
 * one tells of what happened: "on the eve of the visit" does not say when a visit still to come will be.
 */
const FUTURE_WORD = /(?:^|[^\p{L}])(?:will|shall|next|upcoming|coming|scheduled|planned|expected|due|tomorrow|later|soon|[وف]?(?:سوف|المنتظر|منتظر|ينتظر|المقبل|المقبله|مقبل|مقبله|القادم|القادمه|قادم|قادمه|غدا|مرتقب|مرتقبه|المرتقب|المرتقبه|مقرر|مقرره|المقرر|المزمع|مزمع|المزمعه|مزمعه|وشيك|قريبا|يعتزم|تعتزم|ينوي|تنوي|يتوقع|ويتوقع|س[يتن](?:زور|جري|عقد|قوم|لتقي|توجه|شارك|نطلق|صل|بدا|كون|حضر|جتمع|وقع|ستضيف|زوران)\p{L}*))(?=$|[^\p{L}])/u;

/** Whether a paragraph speaks of something still to come (see FUTURE_WORD). */
export function speaksOfFuture(text: string): boolean {
  return FUTURE_WORD.test(normalizeCached(text));
}

/** Whether a paragraph says when something happened (a date, a month, a weekday, "yesterday"). */
export function mentionsTime(text: string): boolean {
  return timeIn(normalizeCached(text));
}

/** mentionsTime of one word as written (uncached normalization: words would crowd paragraphs out of normalizeCached). */
export function isTimeWord(raw: string): boolean {
  return timeIn(normalizeText(raw));
}

function timeIn(normalized: string): boolean {
  return TIME_NUMBER.test(normalized) || TIME_WORD.test(normalized);
}

/**
 * "On what date / on which day …", "في أي يوم / أي تاريخ …" ask for a day: a year or a month ("in 2018",
 * "early November") is no date. Only at the start of the question, as TIME_QUESTION.
 */
const DAY_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:(?:(?:on|at|by|from|until) )?(?:what|which) (?:date|day)\b|(?:في |ب)?اي (?:يوم|تاريخ))/;

export function asksForDay(question: string): boolean {
  return DAY_QUESTION.test(questionForm(question));
}

/**
 * A day: a weekday, a day beside a month name, a numeric date, "yesterday / today / tomorrow", أمس، اليوم،
 * غداً، عشية — and, as for mentionsTime, the asking words themselves ("what days of the week", "أي يوم",
 * متى): a sentence asking which day is the question said again.
 */
const DAY_WORD = new RegExp(`(?:^|[^\\p{L}])(?:[وفبل]?(?:${DAYS_AR}|امس|اليوم|غدا|عشيه|متي)|${DAYS_EN}|yesterday|today|tomorrow|tonight|eve|(?:what|which) days?|اي (?:يوم|ايام|تاريخ))(?=$|[^\\p{L}])`, 'u');
const DAY_DATE = new RegExp(`\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|(?<!\\d)\\d{1,2}\\s*(?:${MONTHS_EN}|[وفبل]?(?:${MONTHS_AR}))|(?:${MONTHS_EN}|${MONTHS_AR})\\.?\\s*\\d{1,2}(?!\\d)`, 'u');

/** Whether a paragraph names a day (see DAY_WORD, DAY_DATE): what "on what date" asks. */
export function mentionsDay(text: string): boolean {
  const t = normalizeCached(text);
  return DAY_WORD.test(t) || DAY_DATE.test(t);
}

/** "منذ متى …", "since when …": the start of a state still going on (a post held, a ban in force). */
const SINCE_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:منذ متي|since when)(?=$|[^\p{L}])/u;

export function asksSince(question: string): boolean {
  return SINCE_QUESTION.test(questionForm(question));
}

/**
 * "When was X appointed / elected …", "When did X become …", "متى عُيّن / تولى / انتُخب …": the start of a post, as
 * "since when" asks — a date beside X's name tells of the trip, not of when X took office.
 */
const START_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:when\b.*\b(?:appointed|named|elected|sworn in|become|became|take office|took office|assume|assumed)\b|متي (?:عين|عينت|تولي|تولت|انتخب|انتخبت|اصبح|اصبحت)(?=$|[^\p{L}]))/u;

export function asksStart(question: string): boolean {
  return START_QUESTION.test(questionForm(question).toLowerCase());
}

/**
 * A start stated: "since" / منذ, or taking up a post (appointed, elected, took office, تولى، عُيّن، انتُخب)
 * — a date beside the name alone tells when something else happened (the trip, the talks).
 */
const START_WORD = /(?:^|[^\p{L}])(?:since|appointed|appointment|elected|became|assumed|took office|[وفل]?(?:منذ|تولي|توليه|يتولي|تعيين|تعيينه|عين|عينت|انتخب|انتخبت|انتخاب|انتخابه|اصبح|اصبحت))(?=$|[^\p{L}])/u;

/** Whether a paragraph states since when: a word of starting (START_WORD) and a time. */
export function statesStart(text: string): boolean {
  return START_WORD.test(normalizeCached(text)) && mentionsTime(text);
}

// Number words, and the question words themselves (a sentence asking "how many?" is the question said again).
const QUANTITY_WORD = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    'hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|half|twice|double|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|how many|how much|' +
    '[وفبل]?(?:مليار|مليارات|مليون|ملايين|الف|الاف|مييه|ماييه|مئه|مئات|مييات|عشرات|عشره|عشر|نصف|ضعف|اضعاف|بالمييه|بالمئه|واحد|اثنان|اثنين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشرين|ثلاثين|اربعين|خمسين|كم)' +
    ')(?=$|[^\\p{L}])',
  'u',
);

const DATE_NUMBERS = new RegExp(
  `\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|(?<!\\d)(?:19|20)\\d\\d(?!\\d)|\\d{1,2}\\s*(?=(?:${MONTHS_EN}|${MONTHS_AR}))|(?<=(?:${MONTHS_EN}|${MONTHS_AR})\\.?\\s*)\\d{1,2}(?!\\d)`,
  'gu',
);

/** A feminine dual (نقطتين: two points, دولتان: two states) is a number too; not -ستان (باكستان). */
const FEMININE_DUAL = /\p{L}{2,}[^\sس](?:تين|تان)(?=$|[^\p{L}])/u;

/** Whether a paragraph states a quantity: a number in digits, a number word, a percentage. */
export function mentionsQuantity(text: string, given: readonly string[] = []): boolean {
  // Dates are numbers too, but say when, not how many: a year, a day beside a month, a numeric date.
  let t = normalizeCached(text).replace(DATE_NUMBERS, ' ');
  // A number the question itself states names what is asked about ("the 12-day war"): it is no answer.
  for (const n of given) t = t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${n}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  return /\p{Nd}/u.test(t) || t.includes('%') || QUANTITY_WORD.test(t) || FEMININE_DUAL.test(t);
}

/** Whether a paragraph can hold the kind of answer asked for; `given`: the numbers the question itself states. */
export function holdsAnswerType(type: AnswerType, text: string, given: readonly string[] = []): boolean {
  if (type === 'time') return mentionsTime(text);
  if (type === 'quantity') return mentionsQuantity(text, given);
  return true;
}

/** The numbers a question states, in digits ("the 12-day war": 12) or words ("حرب الأيام الاثني عشر"), as mentionsQuantity reads them. */
export function statedNumbers(question: string): string[] {
  return [...new Set([...(normalizeCached(question).match(/\p{Nd}+(?:[.,]\p{Nd}+)?/gu) ?? []), ...numbersInWords(wordsOfQuestion(question))])];
}

/**
 * Verbs that only say a quantity amounts to something ("how long did the visit last / take?", "كم استغرقت / استمرت
 * الزيارة؟", "كم بلغ حجم التبادل؟"): they are how a "how many" question asks, not what it counts —
 * "the war that lasted 12 days" gives no visit's length. With the figure as its object pronoun too ("الرقم الذي … أن
 * تبلغه التجارة": the figure trade is to reach).
 */
const AMOUNTS_TO = /^[وف]?(?:last|lasts|lasted|reach|reaches|reached|amount|amounts|amounted|total|totals|totaled|totalled|take|takes|took|(?:استمر|استمرت|يستمر|تستمر|دام|دامت|يدوم|تدوم|بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|يصل|تصل|استغرق|استغرقت|يستغرق|تستغرق)(?:ه|ها)?)$/;

export function amountsTo(norm: string): boolean {
  return AMOUNTS_TO.test(norm);
}

/** how far, in words, a quantity may stand from what the question counts ("12 مذكرة", "رفع حجم التجارة إلى 10 مليارات") */
export const QUANTITY_WINDOW = 4;

const MONTH_WORD = new RegExp(`^(?:[وفبل]?(?:${MONTHS_AR})|${MONTHS_EN})$`, 'u');

/**
 * Whether a quantity stands within a few words of a word of what is counted (`counted`: the index
 * stems of the question's ordinary words). "How long is the Iran–Pakistan border?" is not answered
 * by "… security on the border, and raising trade to 10 billion dollars": the number counts trade.
 */
export function quantityNear(text: string, counted: ReadonlySet<string>, given: readonly string[] = [], aimed = true): boolean {
  const { words: ws, stems } = stemmedWords(text);
  const isQuantity = ws.map((w, i) => {
    if (!aimed && isTarget(ws.map((x) => x.norm), i)) return false;
    if (/\p{Nd}/u.test(w.norm)) {
      if (given.includes(w.norm) || /^(?:19|20)\d\d$/.test(w.norm)) return false;
      return !MONTH_WORD.test(ws[i + 1]?.norm ?? '') && !MONTH_WORD.test(ws[i - 1]?.norm ?? '');
    }
    return QUANTITY_WORD.test(w.norm) || FEMININE_DUAL.test(w.norm);
  });
  return nearEachOther(isQuantity, stems.map((s) => counted.has(s)), QUANTITY_WINDOW);
}

/**
 * "رفع حجم التجارة الثنائية إلى 10 مليارات دولار", "raise trade to $10 billion": a quantity after "to"
 * / إلى that a verb of raising leads to is a target, not the amount there is. It answers a question
 * about an aim ("What trade target …", "كم يريد لاريجاني أن يصل حجم التجارة"), not "how much is it now".
 */
const RAISING = /^[وفل]?(?:رفع|يرفع|ترفع|نرفع|زياده|يزيد|تزيد|مضاعفه|ايصال|raise|raises|raising|increase|increases|increasing|boost|boosting|double|doubling|lift|lifting)$/;
const TO = /^(?:to|الي|حتي)$/;

function isTarget(norms: readonly string[], i: number): boolean {
  const to = norms.slice(Math.max(0, i - 2), i).some((n) => TO.test(n));
  return to && norms.slice(Math.max(0, i - 8), i).some((n) => RAISING.test(n));
}

/**
 * Words of aiming: a question with one asks about a target ("ما الهدف …", "What trade goal …", "كم يريد … أن يصل");
 * so does one asking what can be reached ("ما قيمة التجارة التي يمكن بلوغها", "what figure is achievable"): a potential is a target.
 */
const AIMING = /^[وفل]?(?:هدف|الهدف|اهداف|مستهدف|يريد|تريد|يسعي|تسعي|يطمح|تطمح|يامل|تامل|يخطط|تخطط|ينوي|تنوي|رفع|زياده|يمكن|ممكن|الممكن|بلوغ|بلوغه|بلوغها|target|targets|goal|goals|aim|aims|want|wants|seek|seeks|hope|hopes|plan|plans|ambition|raise|increase|boost|realistic|واقعي|possible|potential|achievable|attainable|reachable)ا?$/;

export function asksAboutAim(question: string): boolean {
  return stemmedWords(question).words.some((w) => AIMING.test(w.norm));
}

/** "What new sanctions …", "ما العقوبات الجديدة …": after "what"/"which", new; in an Arabic ما/أي question, جديد. */
const ASKS_NEW_EN = /^(?:(?:and|so) )?(?:what|which)(?: (?:are|were|is|was) the)? new ([\p{L}' ]+)/u;
const ASKS_NEW_AR = /^(?:[وف]?(?:ما|ماذا|اي))\s(.*\s)?(?:ال)?جديد(?:ه|ان|ين|تان|تين)?(?=$|[^\p{L}])/u;
/** A word telling that something is new: new, another, unprecedented, latest (جديد، أخرى، غير مسبوق، أحدث). */
const NEWNESS_WORD = /^(?:[وبل]?(?:ال)?(?:جديد|جديده|جديدان|جديدين|جدد|اخري|احدث|مسبوق|مسبوقه)|new|newly|another|unprecedented|latest|fresh)$/;
/** How many words from the thing a word of newness may stand ("العقوبات الغربية الجديدة"). */
const NEWNESS_WINDOW = 3;

/**
 * "What new sanctions did the US impose …?", "ما العقوبات الغربية الجديدة …؟" ask for something new: the words that
 * may name it (after "new"; after the Arabic question word, up to جديد), or null when the question asks nothing new.
 */
export function newThingAsked(question: string): string[] | null {
  const q = questionForm(question).toLowerCase();
  const m = ASKS_NEW_EN.exec(q) ?? ASKS_NEW_AR.exec(q);
  return m ? (m[1] ?? '').split(/\s+/).filter(Boolean) : null;
}

/**
 * Whether a paragraph tells of the thing asked (`thing`: its index stems) as new — a word of newness within a few
 * words of it. A paragraph on "استمرار العقوبات الغربية" (the sanctions going on) tells of no new sanctions.
 */
export function tellsNew(text: string, thing: ReadonlySet<string>): boolean {
  const { words: ws, stems } = stemmedWords(text);
  return nearEachOther(ws.map((w) => NEWNESS_WORD.test(w.norm)), stems.map((s) => thing.has(s)), NEWNESS_WINDOW);
}
