/**
 * "Where will Trump and Putin meet?" asks for a place: a paragraph that says only that a meeting is
 * upcoming ("اجتماع مرتقب بين ترامب والرئيس الروسي") does not say where. Checked for questions about
 * something still to come only: a past event's place is told in too many ways (زار … طهران, "on X"),
 * and that wider check was measured and dropped (README, declining).
 */
import { isStopword } from '../text/stopwords.js';
import { stemmedWords } from '../text/tokenize.js';
import { memo } from '../text/memo.js';
import { isTimeWord } from './answer-type.js';

/** "Where will / where and when will / where are … going to …", "أين ستُعقد …": the place of something ahead. */
const WHERE_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:where\b|(?:when and where)\b|اين(?=$|[^\p{L}]))/u;

export function asksWhere(norm: string): boolean {
  return WHERE_QUESTION.test(norm);
}

/** Whether a word is a time word: the same few words follow a preposition paragraph after paragraph. */
const timeWord = memo(isTimeWord, 8192);

/** Prepositions of place: in, at, to, في، إلى، لدى — and the nouns that name a venue. */
const PLACE_PREPOSITION_EN = /^(?:in|at|to|venue|host|hosts|hosted)$/;
const PLACE_PREPOSITION_AR = /^(?:في|الي|لدي|مدينه|عاصمه|العاصمه|منتجع)$/;

/**
 * Whether a paragraph names a place the question does not (`asked`: the question's stems): a word after
 * a preposition of place — in Arabic any such word that is no time word or function word (no capitals
 * tell names from nouns), in English a capitalized one.
 */
export function statesPlace(text: string, asked: ReadonlySet<string>): boolean {
  const { words: ws, stems } = stemmedWords(text);
  for (let i = 0; i + 1 < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1]!;
    if (asked.has(stems[i + 1]!) || next.idiom || isStopword(next.norm) || timeWord(next.raw)) continue;
    if (w.script === 'latin' && PLACE_PREPOSITION_EN.test(w.norm) && /^\p{Lu}/u.test(next.raw)) return true;
    if (w.script === 'ar' && PLACE_PREPOSITION_AR.test(w.norm) && next.script === 'ar') return true;
  }
  return false;
}

/** "Where in Moscow …", "أين في موسكو …", "في أي مكان في موسكو …": a place inside the city named. */
const WHERE_INSIDE = /^(?:(?:and|so|و|ف)\s*)?(?:where (?:exactly )?in\b|اين (?:بالضبط )?في(?=$|[^\p{L}])|في اي (?:مكان|مبني|موقع) (?:في|ب))/u;

export function asksWhereInside(norm: string): boolean {
  return WHERE_INSIDE.test(norm);
}

/**
 * A venue inside a city: the Kremlin, a palace, a hall, headquarters, an office, a hotel (normalized). The
 * city's name alone ("في موسكو", "in Moscow") says no more than the question does.
 */
const VENUE = /(?:^|[^\p{L}])(?:kremlin|palace|hall|headquarters|hq|office|residence|hotel|building|ministry|airport|base|embassy|[وفبل]?(?:ال)?(?:كرملين|قصر|قاعه|مقر|مكتب|مبني|فندق|مطار|قاعده|سفاره|وزاره|مقرات)(?:ه|ها)?)(?=$|[^\p{L}])/u;

export function namesVenue(normalizedText: string): boolean {
  return VENUE.test(normalizedText);
}
