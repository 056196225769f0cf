/**
 * Whose count: "كم مذكرة تفاهم وقّعها لاريجاني في إسلام آباد؟", "How many agreements did Bagheri sign?" ask of a
 * number that is a named person's; the paragraph stating it must name the person itself. "وشهدت زيارة بزشكيان توقيع
 * 12 مذكرة تفاهم" counts Pezeshkian's memoranda, though the paragraph before tells of Larijani's visit: a count is
 * told in one sentence with whose it is (a pronoun carrying him over, "he said 12 …", is rarer than a list of others).
 */
import { canShow } from './joint-deed.js';
import { conceptOfWord, type Concept } from './query.js';
import { wordsOfQuestion } from './question-words.js';

/** English: the doer after the auxiliary ("how many X did Larijani sign"). */
const AUXILIARY = /^(?:did|does|do|has|have|had|will|would)$/;
/** Arabic: the doer after a verb carrying the counted thing's pronoun ("كم مذكرة وقّعها لاريجاني", "أبرمها", "التقاهم"). */
const RESUMPTIVE = /\p{L}{2,}(?:ها|هم|هما|ه)$/u;

const person = (c: Concept | undefined): c is Concept => c !== undefined && c.name === true && !c.place && !c.proper;

/**
 * The people whose deed a "how many" question counts, the coverage holding them: the name right after the auxiliary,
 * or after a verb with the counted thing's pronoun — not a possessor ("Khamenei's message") or a partner ("to Putin").
 */
export function countOwners(question: string, concepts: readonly Concept[], absent: readonly boolean[]): Concept[] {
  const ws = wordsOfQuestion(question);
  const out: Concept[] = [];
  for (let i = 1; i < ws.length; i++) {
    const before = ws[i - 1]!.norm.toLowerCase();
    // As written: normalization turns ة into ه ("زيارة لاريجاني" is a possessor, not a verb's pronoun).
    const written = ws[i - 1]!.raw.replace(/[\u064B-\u0652\u0640]/gu, '');
    const verb = conceptOfWord(concepts, before);
    if (!AUXILIARY.test(before) && !(RESUMPTIVE.test(written) && verb !== undefined && !person(verb))) continue;
    if (/['’]s$/i.test(ws[i]!.raw)) continue; // "did Khamenei's message …": a possessor
    const c = conceptOfWord(concepts, ws[i]!.norm.toLowerCase());
    if (person(c) && !absent[concepts.indexOf(c)] && !out.includes(c)) out.push(c);
  }
  return out;
}

/** Whether a paragraph names each owner it could show (a name spelled only in another script is left to the share). */
export function namesOwners(text: string, owners: readonly Concept[], holds: (c: Concept) => boolean): boolean {
  return owners.every((c) => !canShow(c, text) || holds(c));
}
