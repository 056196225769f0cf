/**
 * "What caused the 12-day war to end?", "What led Pakistan to sign the pact?", "ما الذي دفع إيران إلى
 * الانضمام …؟" ask the cause of an event — the verb after "to" / إلى. A paragraph that never tells of
 * that event (the war's end) cannot give its cause, however much it tells of the war.
 */
import { conceptOfWord, type Concept } from './query.js';
import { questionWords } from './question-words.js';

const CAUSING_EN = /^(?:caused|cause|causes|led|lead|leads|prompted|prompt|prompts|forced|force|drove|drive|pushed|push|made|make|motivated|motivate)$/;
const CAUSING_AR = /^(?:دفع|دفعت|يدفع|تدفع|ادي|ادت|يودي|تودي|حمل|حملت)$/;

/** The concept of the event whose cause is asked ("to end" → end); null for any other question. */
export function eventOfCause(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = questionWords(question);
  let i = ws[0]?.norm === 'what' || ws[0]?.norm === 'ماذا' ? 1 : ws[0]?.norm === 'ما' && ws[1]?.norm === 'الذي' ? 2 : -1;
  if (i < 0 || !(CAUSING_EN.test(ws[i]?.norm ?? '') || CAUSING_AR.test(ws[i]?.norm ?? ''))) return null;
  // The event is the first word after the last "to" / إلى (X may hold neither: "the 12-day war between Israel and Iran").
  const to = ws.findIndex((w, j) => j > i && (w.norm === 'to' || w.norm === 'الي'));
  const event = to < 0 ? undefined : ws[to + 1];
  return (event && conceptOfWord(concepts, event.norm)) ?? null;
}
