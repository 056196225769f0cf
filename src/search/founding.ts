/**
 * A founding: "متى تأسس المجلس الأعلى للأمن القومي؟", "When was the Shanghai Cooperation Organisation founded?",
 * "Who founded …?" ask when or by whom a body came to be; only a paragraph with a word of founding (تأسس، أسس، تأسيس،
 * مؤسس، أنشئ، إنشاء, founded, established, set up) answers. A paragraph naming the council — every paragraph on its
 * secretary does — and a date of something else says nothing of it.
 */
import { normalizeCached } from '../text/normalize.js';
import { questionForm } from './query.js';
import { speaksOfProposal } from './proposed-event.js';

/** Arabic forms of founding after normalization (ؤ → و, أ → ا, ى/ئ → ي): تأسس، أسست، تؤسس، مؤسس، تأسيس، أنشئ، إنشاء. */
const FOUNDING_AR = '[وفبل]?(?:ال)?(?:تاسس|تاسست|اسس|اسست|اسسه|اسسها|يوسس|توسس|موسس|موسسه|موسسو|موسسي|تاسيس|تاسيسه|تاسيسها|انشي|انشيت|انشا|انشات|انشاه|انشاها|ينشي|تنشي|انشاء|انشاوه|انشايه|انشايها)';
const FOUNDING_EN = "(?:found|founded|founding|founder|founders|establish|established|establishing|establishment|set up|formed|formation|inception)";
const FOUNDING_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${FOUNDING_AR}|${FOUNDING_EN})(?=$|[^\\p{L}])`, 'u');

/** "Who …", "من …": who founded it. */
const WHO = /^(?:(?:and|so|و|ف)\s*)?(?:who|من)(?=$|[^\p{L}])/u;

/**
 * Whether a question asks when or by whom something was founded: a time question ("When was X founded?", "متى تأسس
 * X؟", `wantsTime`) or a who-question ("من أسس X؟") with a word of founding, not one of proposing it.
 */
export function asksFounding(question: string, wantsTime: boolean): boolean {
  const q = questionForm(question).toLowerCase();
  // "متى دعا قاليباف إلى تأسيس جيش …؟" asks when the call was made: a founding proposed is no founding asked.
  return (wantsTime || WHO.test(q)) && FOUNDING_WORD.test(q) && !speaksOfProposal(question);
}

/** Whether a paragraph tells of a founding. */
export function tellsFounding(text: string): boolean {
  return FOUNDING_WORD.test(normalizeCached(text).toLowerCase());
}
