/**
 * Words of travel: "When did Mohsin Naqvi *travel* to Tehran?", "أين وصل لاريجاني عند *قدومه*؟". A trip
 * is told in many words (travel, go, fly, arrive, visit, trip; سافر، توجه، وصل، زار، قدوم), so one the
 * coverage lacks is a paraphrase of the visit it reports, not a fact never reported — unlike a noun
 * ("How many *children* …") or another verb ("Where was Munir *born*?"), whose absence makes a near
 * miss (answerability.ts). Measured: excusing the question's verb whatever it is answered "أين وُلد
 * الجنرال عاصم منير؟".
 */

/**
 * Verbs of travel, normalized (English forms; Arabic past, present and feminine forms), and their nouns
 * (arrival, trip, قدوم، وصول). Not those with another common sense: head, left, land, قدم (offered), حل (solved).
 */
const TRAVEL = /^(?:travel|travels|travelled|traveled|travelling|traveling|go|goes|went|gone|fly|flies|flew|flown|arrive|arrives|arrived|come|comes|came|headed|leave|leaves|depart|departs|departed|return|returns|returned|visit|visits|visited|toured|journey|journeyed|landed|[وف]?(?:سافر|سافرت|يسافر|تسافر|توجه|توجهت|يتوجه|تتوجه|وصل|وصلت|يصل|تصل|ذهب|ذهبت|يذهب|تذهب|عاد|عادت|يعود|تعود|غادر|غادرت|يغادر|تغادر|زار|زارت|يزور|تزور|انتقل|انتقلت|رحل|رحلت|هبط|هبطت|قدوم|قدومه|وصول|وصوله|وصولها|سفر|سفره|رحله|رحلته|رحلتها|زياره|زيارته|زيارتها)|arrival|trip|trips)$/;

/** Whether a normalized word is a word of travel. */
export function isTravelWord(norm: string): boolean {
  return TRAVEL.test(norm);
}
