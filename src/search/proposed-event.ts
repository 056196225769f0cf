/**
 * A proposal is no event. "Where were the joint naval drills held?", "في أي موعد ستجرى المناورات …؟" ask where or
 * when something takes place; a paragraph that tells of it only as proposed or called for ("فقد اقترح الجنرال باقري
 * إجراء مناورات بحرية مشتركة", "proposed joint drills") says neither: the drills were never held, nor dated.
 * Only where every sentence naming the event is a proposal's; a question about the proposal itself ("When did
 * Bagheri propose …") is left alone.
 */
import { answerType } from './answer-type.js';
import { asksWhere } from './place.js';
import { isFrameWord } from './frame-words.js';
import { namesSomeone, questionForm, stemsIn, type Concept } from './query.js';
import { stemmedWords } from '../text/tokenize.js';

/** "في أي موعد / ما موعد …", "at what time …": a time asked with the noun of an appointment (normalized). */
const APPOINTMENT_QUESTION = /(?:^|[^\p{L}])(?:(?:في |ب)?(?:اي|ما) (?:هو )?موعد|at what time|what time)(?=$|[^\p{L}])/u;

/** Words of proposing or calling for (normalized): اقترح، اقتراح، مقترح، دعا إلى، propose, suggest, call for, urge. */
const PROPOSAL_WORD = /^(?:[وف]?(?:اقترح|يقترح|تقترح|نقترح|اقتراح|اقتراحه|مقترح|مقترحا|المقترح|دعا|يدعو|تدعو|دعوه|الدعوه|طالب|يطالب|حث|يحث|تحث)|propos\w*|suggest\w*|call(?:s|ed)?|urg\w*)$/u;

/** Whether a question speaks of proposing or calling for something ("متى دعا قاليباف إلى تأسيس …", "Who proposed …"). */
export function speaksOfProposal(question: string): boolean {
  return stemmedWords(question).words.some((w) => PROPOSAL_WORD.test(w.norm));
}

/** Whether the question asks where or when (an event's place or time). */
export function asksWhenOrWhere(question: string): boolean {
  const q = questionForm(question);
  return answerType(question) === 'time' || asksWhere(q) || APPOINTMENT_QUESTION.test(q);
}

/**
 * The stems of the event whose place or time is asked ("the joint naval drills held" → مناور, بحر, مشترك, عقد …): the
 * question's ordinary words the coverage holds — no names, places or frame words. Null when the question asks no
 * where / when, or asks about a proposal itself.
 */
export function proposedEventAsked(question: string, concepts: readonly Concept[], absent: readonly boolean[], has: (term: string) => boolean): Set<string> | null {
  if (!asksWhenOrWhere(question)) return null;
  if (speaksOfProposal(question)) return null;
  const stems = new Set(concepts.flatMap((c, i) => (absent[i] || namesSomeone(c) || isFrameWord(c.label) ? [] : [...stemsIn(c, has)])));
  return stems.size > 0 ? stems : null;
}

const SENTENCE_END = /(?<=[.!?؟])\s+|\n+/u;

/**
 * Whether a paragraph tells of the event only as proposed: some sentence names it, and in each that does, a word of
 * proposing comes before its first word of the event.
 */
export function onlyProposed(text: string, event: ReadonlySet<string>): boolean {
  let named = false;
  for (const sentence of text.split(SENTENCE_END)) {
    const { words: ws, stems } = stemmedWords(sentence);
    const first = stems.findIndex((s) => event.has(s));
    if (first < 0) continue;
    named = true;
    if (!ws.slice(0, first).some((w) => PROPOSAL_WORD.test(w.norm))) return false;
  }
  return named;
}
