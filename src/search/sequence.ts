/**
 * "من المسؤول الذي زار إسلام آباد قبل لاريجاني؟", "Which officials visited Pakistan before Larijani?" ask what came
 * before (or after) someone's deed. News tells the order beside that someone's name, seen from his side: "وتأتي زيارة
 * لاريجاني بعد زيارة رئيس البرلمان … قاليباف", "Larijani's visit followed …". The paragraph writing a word of order
 * next to the name answers; one naming him elsewhere does not. Used only to rank, never to decline.
 */
import type { Concept } from './query.js';
import { indexedWords, words } from '../text/tokenize.js';

/** Words of order in a question, right before the name: before / after, قبل / بعد. */
const ORDER_ASKED = /^(?:before|after|قبل|بعد)$/;
/** Words of order in a text (normalized): قبل، بعد، عقب، أعقبت، سبقت، تلت، إثر; before, after, followed, preceded. */
const ORDER_TOLD = /^(?:[وف]?(?:قبل|بعد|عقب|اعقب|اعقبت|سبق|سبقت|سبقتها|تلت|تلا|اثر|بعيد|قبيل)|before|after|followed|follows|preceded|precedes|prior)$/;
/** How many words from the name the word of order may stand ("زيارة لاريجاني بعد": one). */
const ORDER_NEAR = 3;

/** The person the question's order word points at ("قبل لاريجاني", "before Larijani"): a name, not a place; or null. */
export function orderAnchor(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = words(question);
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!ORDER_ASKED.test(ws[i]!.norm)) continue;
    const c = concepts.find((x) => x.label === ws[i + 1]!.norm || x.label.split(' ')[0] === ws[i + 1]!.norm);
    if (c && c.name === true && !c.place && !c.proper) return c;
  }
  return null;
}

/** Whether the text writes a word of order within ORDER_NEAR words of the person (any single-term alternative). */
export function tellsOrder(text: string, person: Concept): boolean {
  const stems = new Set(person.alternatives.filter((a) => a.terms.length === 1).map((a) => a.terms[0]!));
  const { words: ws, terms } = indexedWords(text);
  for (let j = 0; j < ws.length; j++) {
    if (!terms[j]!.some((t) => stems.has(t))) continue;
    for (let i = Math.max(0, j - ORDER_NEAR); i <= Math.min(ws.length - 1, j + ORDER_NEAR); i++) if (ORDER_TOLD.test(ws[i]!.norm)) return true;
  }
  return false;
}
