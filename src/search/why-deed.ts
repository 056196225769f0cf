/**
 * "لماذا استقال أمير حاتمي …؟", "Why did Ishaq Dar cancel his trip …?" ask the reason of an event: the verb after
 * لماذا, or after "why did" and the doer. A coverage that never uses that verb (nor a translation of it) never
 * tells the event, so it gives no reason for it, however much it says of the people and things around it.
 * Only a verb a dictionary knows counts: an Arabic word no dictionary has is more often an inflection the
 * coverage writes otherwise (تعثرت for واجهت قيوداً) than an event it never tells.
 */
import { isFrameWord, isSayingWord, isTitleWord } from './frame-words.js';
import { conceptOfWord, exactStems, namesSomeone, type Concept } from './query.js';
import { questionWords } from './question-words.js';

const WHY_AR = /^[وف]?لماذا$/;
const WHY_EN = /^why$/;
/** "why did / does / do / has / have / had X VERB": the auxiliary of an active deed (passives are left alone). */
const AUXILIARY = /^(?:did|does|do|has|have|had)$/;
/** English speech acts and verbs of opinion: told in other words (thank ~ تقدير, think ~ يرى). */
const SPEECH_ACT_EN = /^(?:thank|thanks|thanked|prais\w*|welcom\w*|critici[sz]\w*|condemn\w*|warn\w*|demand\w*|call\w*|urg\w*|think\w*|believ\w*|consider\w*|feel\w*|see|view\w*|regard\w*|want\w*|express\w*)$/;
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
 * The verb whose reason a "why" question asks: the word right after لماذا; in English the first ordinary word
 * after "why did / does …" and the doer's names and titles. Null for any other question, for a passive ("why was
 * X postponed"), a speech act or an opinion (thank, think: told as تقدير، يرى), or a word a dictionary lacks.
 */
export function deedOfWhy(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = questionWords(question);
  const first = ws[0]?.norm.toLowerCase() ?? '';
  if (WHY_AR.test(first)) {
    const norm = ws[1]?.norm ?? '';
    const c = conceptOfWord(concepts, norm);
    return deedWord(c, norm) && c.known ? c : null;
  }
  if (!WHY_EN.test(first) || !AUXILIARY.test(ws[1]?.norm.toLowerCase() ?? '')) return null;
  // The verb: the first ordinary word after the doer's names and titles ("Why did General Bagheri propose …").
  for (let i = 2; i < ws.length; i++) {
    const norm = ws[i]!.norm.toLowerCase();
    const c = conceptOfWord(concepts, norm);
    if (c === undefined || namesSomeone(c) || isTitleWord(norm)) continue;
    return deedWord(c, norm) && !SPEECH_ACT_EN.test(norm) && c.known ? c : null;
  }
  return null;
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
