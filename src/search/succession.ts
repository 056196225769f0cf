/**
 * "من خلف أمير حاتمي في منصب وزير الدفاع؟", "Who succeeded / replaced X?", "Who is X's successor?" ask who
 * came after someone in a post: only a paragraph telling a succession (خلف، خلفاً لـ، خليفة، حلّ محلّ، succeeded,
 * replaced, successor) answers. One naming X in that post, or the post's present holder, tells of no one
 * taking over from him.
 */
import { normalizeCached } from '../text/normalize.js';
import { questionForm } from './query.js';

const ASKS_AR = /^(?:[وف]?من\s+(?:هو\s+)?(?:الذي\s+|اللذي\s+)?(?:خلف|خلفه|خلفها|يخلف|سيخلف|حل\s+محل|سيحل\s+محل|يحل\s+محل|استبدل\s+ب)(?=\s|$)|[وف]?(?:من|ما\s+اسم|ماهو\s+اسم)\s+(?:هو\s+)?(?:خليفه|خلف)\s)/u;
const ASKS_EN = /^(?:(?:and|so)\s+)?(?:who\s+(?:has\s+|will\s+|would\s+)?(?:succeeded|succeeds|succeed|replaced|replaces|replace|took\s+over\s+from|takes\s+over\s+from|followed)\s|who\s+(?:is|was|will\s+be)\s+(?:the\s+)?(?:\S+\s+)?(?:successor|replacement)\b|who\s+(?:is|was)\s+\S+(?:'s|’s)\s+(?:successor|replacement)\b)/u;

/** Whether a question asks who succeeded someone. */
export function asksSuccession(question: string): boolean {
  const form = questionForm(question).toLowerCase();
  return ASKS_AR.test(form) || ASKS_EN.test(form);
}

/** Words telling a succession, normalized (a prefix و / ف / ل / ب allowed on the Arabic ones). */
const TELLS_AR = /(?:^|[^\p{L}])[وفلب]?(?:خلف|خلفا|خلفه|خلفها|يخلف|سيخلف|خليفه|خليفته|خليفتها|حل\s+محل|يحل\s+محل|محله|بدلا\s+من|بديلا|تسلم\s+منصب|تسلم\s+مهام)(?=$|[^\p{L}])/u;
const TELLS_EN = /\b(?:succeed(?:ed|s|ing)?|successor|replac(?:ed|es|ing|ement)|took\s+over\s+from|in\s+place\s+of|taking\s+over\s+from)\b/u;

/** Whether a paragraph tells a succession. */
export function tellsSuccession(text: string): boolean {
  const t = normalizeCached(text);
  return TELLS_AR.test(t) || TELLS_EN.test(t);
}
