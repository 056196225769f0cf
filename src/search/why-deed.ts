/**
 * "لماذا استقال أمير حاتمي …؟", "لماذا رفضت السعودية …؟" ask the reason of an event: the verb after لماذا. A
 * coverage that never uses that verb (nor a translation of it) never tells the event, so it gives no reason for it, however much it says of the people and things around it.
 * Only a verb a dictionary knows counts: an Arabic word no dictionary has is more often an inflection the
 * coverage writes otherwise (تعثرت for واجهت قيوداً) than an event it never tells.
 */
import { isFrameWord, isSayingWord, isTitleWord } from './frame-words.js';
import { conceptOfWord, exactStems, namesSomeone, type Concept } from './query.js';
import { questionWords } from './question-words.js';

const WHY_AR = /^[وف]?لماذا$/;
/** A modal or a verb of being asks no deed: "لماذا يمكن …", "لماذا كانت …". */
const NO_DEED = /^(?:يمكن|يجب|ينبغي|كان|كانت|يكون|تكون|ليس|ليست|لا|لم|لن)$/;

/**
 * A speech act (thank, praise, welcome, criticise, condemn, warn, demand) is told in other words as often as in its
 * own — "لماذا شكر لاريجاني الحكومة الباكستانية؟" is answered by "أعرب عن تقديره لمواقف الحكومة": never the deed asked.
 */
const SPEECH_ACT = /^[وف]?(?:شكر|يشكر|تشكر|اشاد|يشيد|تشيد|رحب|يرحب|ترحب|ثمن|يثمن|تثمن|امتدح|يمتدح|انتقد|ينتقد|تنتقد|ادان|يدين|تدين|حذر|يحذر|تحذر|طالب|يطالب|تطالب|هنا|يهني|تهني)ت?$/;

/** A concept that can be the deed: an ordinary word (not a name, place, title, frame word or verb of saying). */
function deedWord(c: Concept | undefined, norm: string): c is Concept {
  return c !== undefined && !namesSomeone(c) && !NO_DEED.test(norm) && !SPEECH_ACT.test(norm) && !isFrameWord(norm) && !isSayingWord(norm) && !isTitleWord(norm) && !/^ال/.test(norm);
}

/**
 * The verb whose reason a "لماذا" question asks: the word right after لماذا. Null for any other question, or
 * when that word is no verb a dictionary knows (a word that could be a name). Arabic only: English "why did X
 * thank / think …" meets the coverage's Arabic through loose translations (thank ≠ تقدير), so its verb is often
 * missing from an answerable question.
 */
export function deedOfWhy(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = questionWords(question);
  if (!WHY_AR.test(ws[0]?.norm ?? '')) return null;
  const norm = ws[1]?.norm ?? '';
  const c = conceptOfWord(concepts, norm);
  return deedWord(c, norm) && c.known ? c : null;
}

/** A clitic the stemmer leaves on a word it is unsure of (لشكرها stems to لشكر): ل، ب، و، ف، ك. */
const CLITICS = ['ل', 'ب', 'و', 'ف', 'ك'];

/**
 * Whether the coverage uses the deed's word at all, also behind a clitic its stem kept ("لشكرها على دعمها" tells a
 * thanking): only a deed the coverage never writes in any form is never told. `has`: the index holds a term.
 */
export function coverageWrites(deed: Concept, has: (term: string) => boolean): boolean {
  return exactStems(deed).some((s) => has(s) || CLITICS.some((c) => has(c + s)));
}
