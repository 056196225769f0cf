/**
 * "Why …?" asks for a cause or a purpose: a paragraph that gives one ("… قيوداً بسبب الضغوط
 * الدولية", "because of", "in order to") is more likely the answer than one that merely names
 * what is asked about. Used only to rank, never to decline: causes are often left implicit.
 */
import { normalizeText } from '../text/normalize.js';
import { questionForm } from './query.js';

/** Verbs of causing and hindering: "what limited / prevented / led to …" asks for a cause too. */
const CAUSING_EN = '(?:caused|led to|prevented|hindered|hampered|limited|restricted|obstructed|delayed|stopped|blocked|drove|pushed)';
const CAUSING_AR = '(?:سبب|تسبب|ادي|دفع|منع|اعاق|عرقل|حد|قيد|اخر|اوقف)';

/** "why", "for what reason", "what is the reason", "what limited …", "لماذا", "ما سبب / أسباب", "ما الذي أعاق …", "لأي سبب" — at the start (after "and"/"so"). */
const WHY_QUESTION = new RegExp(
  `^(?:(?:and|so|و|ف)\\s*)?(?:why\\b|how come\\b|for what reasons?\\b|what (?:is|was|are|were) the (?:reasons?|causes?)\\b|what (?:has |have |had )?${CAUSING_EN}\\b|` +
    `لماذا|ما (?:هو |هي )?(?:سبب|اسباب|السبب|الاسباب|الدافع|دوافع)|لاي سبب|ما (?:الذي |اللذي )?${CAUSING_AR}(?=$|[^\\p{L}]))`,
  'u',
);

/** Words that give a cause or a purpose, normalized (ة → ه, أ → ا), with an optional و/ف in front. */
const CAUSE = new RegExp(
  '(?:^|[^\\p{L}])(?:because|due to|owing to|as a result of|on account of|in order to|so as to|' +
    '[وف]?(?:بسبب|لان|لانه|لانها|لانهم|نظرا|نتيجه|جراء|بفعل|بهدف|لكي|كي|سعيا|من اجل))(?=$|[^\\p{L}])',
  'u',
);

export function asksWhy(question: string): boolean {
  return WHY_QUESTION.test(questionForm(question));
}

/** Whether a paragraph states a cause or a purpose in so many words. */
export function givesReason(text: string): boolean {
  return CAUSE.test(normalizeText(text));
}
