/**
 * "ما نتائج زيارة قاليباف إلى إسلام آباد؟", "ما الذي أسفرت عنه المحادثات؟", "What came of the talks?", "What
 * were the results of the drills?" ask for what an event produced. A paragraph that names the event — the
 * drills proposed, the visit dated, the talks' topics — reports no result: only one telling an outcome
 * (agreed, signed, resulted, أسفر، اتفق، توصل، وقّع، تمخض، «في ختام» the meeting …) answers.
 */
import { normalizeCached } from '../text/normalize.js';
import { questionForm } from './query.js';

/** The question's opening: a noun of outcome, a verb of resulting, "what came (out) of". Normalized. */
const ASKS_OUTCOME_AR = /^(?:[وف]?(?:ما|ماذا|ماهي|ماهو)\s+(?:(?:هي|هو|كانت|كان|هي\s+ابرز|ابرز|اهم)\s+)?(?:ال)?(?:نتايج|نتيجه|حصيله|ثمار|مخرجات)(?=\s|$)|[وف]?(?:ما\s+الذي|ماذا|بم|بماذا|عم|عما|الام)\s+(?:اسفر|اسفرت|تمخض|تمخضت|نتج|نتجت|افضي|افضت|حقق|حققت|خرج|خرجت|انتهي|انتهت)(?=\s|$))/u;
const ASKS_OUTCOME_EN = /^(?:(?:and|so)\s+)?(?:what\s+(?:was|were|are|is|have\s+been)\s+(?:the\s+)?(?:main\s+|key\s+|concrete\s+)?(?:outcome|outcomes|result|results|upshot|fruits?|achievements?)\s+of|what\s+(?:came|has\s+come|come)\s+(?:out\s+)?of|what\s+resulted\s+from|what\s+did\s+.+\s+(?:produce|yield|achieve|accomplish|result\s+in|lead\s+to)\s*\??$)/u;

/** Whether a question asks for the outcome of an event. */
export function asksOutcome(question: string): boolean {
  const form = questionForm(question).toLowerCase();
  return ASKS_OUTCOME_AR.test(form) || ASKS_OUTCOME_EN.test(form);
}

/**
 * Words telling an outcome, normalized: resulted, ended with, agreed, reached, signed, concluded (a prefix و / ف / ل / ب
 * allowed on the Arabic ones), a commitment renewed, "at the end of" the talks (في ختام), or what both sides
 * stressed together (شدد الطرفان).
 */
const OUTCOME_AR = /(?:^|[^\p{L}])[وفلب]?(?:اسفر|اسفرت|اسفرا|يسفر|تسفر|تمخض|تمخضت|نتج|نتجت|ينتج|نتيجه|نتايج|حصيله|ثمار|اثمر|اثمرت|توصل|توصلت|توصلا|توصلوا|التوصل|اتفق|اتفقت|اتفقا|اتفقوا|الاتفاق\s+علي|تم\s+الاتفاق|وقع|وقعت|وقعا|وقعوا|توقيع|التوقيع|الموقعه|موقعه|ابرم|ابرمت|ابرام|التزام|التزامهما|التزامها|التزامات|ختام|اختتام|مخرجات|انته[يت](?:\s+\p{L}+){0,2}\s+ب\p{L}+|اختتم|اختتمت)(?=$|[^\p{L}])/u;
/** A joint statement is a meeting's outcome: "شدد الطرفان على …", "both sides reaffirmed …". */
const JOINT_AR = /(?:^|[^\p{L}])[وف]?(?:شدد|اكد|جدد|اتفق|دعا|اعرب|اعلن)(?:ا|ت)?\s+(?:ال)?(?:طرفان|جانبان|بلدان|وزيران)(?=$|[^\p{L}])/u;
const JOINT_EN = /\b(?:both|the\s+two)\s+(?:sides|countries|leaders|ministers)\s+(?:also\s+)?(?:reaffirmed|affirmed|agreed|stressed|underlined|emphasi[sz]ed|renewed|pledged|vowed)\b/u;
const OUTCOME_EN = /\b(?:result(?:ed|s)?\s+(?:in|of)|resulted|ended\s+(?:with|in)|outcomes?|agreed|agreements?\s+(?:was|were)\s+reached|reached\s+(?:an?\s+)?(?:agreement|deal|understanding|consensus)|signed|signing|concluded|yielded|produced|led\s+to|commitments?)\b/u;

/** Whether a paragraph tells an outcome (OUTCOME_AR, OUTCOME_EN). */
export function reportsOutcome(text: string): boolean {
  const t = normalizeCached(text);
  return OUTCOME_AR.test(t) || JOINT_AR.test(t) || OUTCOME_EN.test(t) || JOINT_EN.test(t);
}
