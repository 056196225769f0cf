/**
 * The kind of answer a question asks for, where a paragraph can be checked for it cheaply.
 * "When was the Iranian revolution?" is answered only by a paragraph that says when: one that
 * merely names the revolution ("the Supreme Leader of the Islamic Revolution") is a near miss.
 * Only time is checked: a date is written in few ways, a person or a reason in too many.
 */
import { normalizeText } from '../text/normalize.js';

export type AnswerType = 'time' | null;

/** "when", "what year", "متى", "في أي عام" — at the start of the question (after "and"/"so"). */
const TIME_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:when\b|what (?:year|date|day|month)\b|which (?:year|date|day|month)\b|in what year\b|متي|في اي (?:عام|سنه|يوم|شهر|تاريخ)|اي (?:عام|سنه|يوم|شهر|تاريخ))/;

export function answerType(question: string): AnswerType {
  const q = normalizeText(question).replace(/^[\s¿?،,.!؟"'«]+/, '');
  return TIME_QUESTION.test(q) ? 'time' : null;
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

/** Whether a paragraph says when something happened (a date, a month, a weekday, "yesterday"). */
export function mentionsTime(text: string): boolean {
  const t = normalizeText(text);
  return TIME_NUMBER.test(t) || TIME_WORD.test(t);
}
