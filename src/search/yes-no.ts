/**
 * "هل وافقت باكستان على إجراء المناورات …؟" asks whether a deed was done: the verb right after هل. A
 * coverage that never uses that verb (nor a translation of it) does not say the deed was done, however
 * much of the rest it tells (the drills were proposed, not agreed to); and a deed of one party with
 * others ("هل زار لاريجاني الصين بعد باكستان؟") is told only where all of them are named together.
 */
import { isFrameWord, isSayingWord, isTitleWord } from './frame-words.js';
import { conceptOfWord, type Concept } from './query.js';
import { standsForDoer } from './role.js';
import { questionWords } from './question-words.js';

const WHETHER = /^[وف]?هل$/;
/** "هل يمكن لإيران أن …": a modal asks whether something could be, not whether a deed was done. */
const MODAL = /^(?:يمكن|يمكنها|يمكنه|تستطيع|يستطيع|يجب|ينبغي|بامكان|باستطاعه)$/;

/**
 * The concept of the verb a "هل VERB DOER …؟" question asks about: the word after هل, followed by who
 * did it (a name, a place, a title: "هل وافقت السعودية"). Null for any other question: "هل أحببت الفيلم"
 * asks the reader, "هل الهكسان سام" is about a thing (a noun with ال is no verb), and a frame word
 * after هل (قال) asks what was said.
 */
export function verbAskedWhether(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = questionWords(question);
  if (!WHETHER.test(ws[0]?.norm ?? '') || !ws[1] || !ws[2]) return null;
  const conceptOf = (norm: string) => conceptOfWord(concepts, norm);
  const w = ws[1].norm;
  const c = conceptOf(w);
  if (!c || c.place || c.proper || /^ال/.test(w) || MODAL.test(w) || isFrameWord(w) || isSayingWord(w) || isTitleWord(w)) return null;
  const doer = conceptOf(ws[2].norm);
  return (doer !== undefined && doer !== c && standsForDoer(doer)) || isTitleWord(ws[2].norm) ? c : null;
}

/** "هل تم توقيع …", "هل جرى بحث …": the passive of a deed, told by its verbal noun. */
const PASSIVE = /^(?:تم|يتم|سيتم|جري|يجري)$/;

/** The verbal noun of a "هل تم X …؟" question (the deed asked about); null for any other question. */
export function passiveDeedAsked(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = questionWords(question);
  if (!WHETHER.test(ws[0]?.norm ?? '') || !PASSIVE.test(ws[1]?.norm ?? '') || !ws[2]) return null;
  const c = conceptOfWord(concepts, ws[2]!.norm);
  return c && !c.place && !c.proper && !c.name ? c : null;
}
