/**
 * "هل وافقت باكستان على إجراء المناورات …؟" asks whether a deed was done: the verb right after هل. A
 * coverage that never uses that verb (nor a translation of it) does not say the deed was done, however
 * much of the rest it tells (the drills were proposed, not agreed to); and a deed of one party with
 * others ("هل زار لاريجاني الصين بعد باكستان؟") is told only where all of them are named together.
 */
import { isFrameWord, isSayingWord, isTitleWord } from './frame-words.js';
import { conceptOfWord, stemsIn, type Concept } from './query.js';
import { standsForDoer } from './role.js';
import { questionWords } from './question-words.js';
import { stemmedWords } from '../text/tokenize.js';

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
  return whetherVerb(question, concepts, standsForDoer);
}

/** verbAskedWhether, with `isDoer` telling whether the word after the verb can be who did it. */
function whetherVerb(question: string, concepts: readonly Concept[], isDoer: (c: Concept) => boolean): Concept | null {
  const ws = questionWords(question);
  if (!WHETHER.test(ws[0]?.norm ?? '') || !ws[1] || !ws[2]) return null;
  const conceptOf = (norm: string) => conceptOfWord(concepts, norm);
  const w = ws[1].norm;
  const c = conceptOf(w);
  if (!c || c.place || c.proper || (/^ال/.test(w) && !FORM_VIII_PAST.test(w)) || MODAL.test(w) || isFrameWord(w) || isSayingWord(w) || isTitleWord(w)) return null;
  const doer = conceptOf(ws[2].norm);
  return (doer !== undefined && doer !== c && isDoer(doer)) || isTitleWord(ws[2].norm) ? c : null;
}

/** أبدى، عبّر، أظهر (sorrow, joy, support): a stance shown in words, quoted ("وأنا سعيد جداً"), not a deed told of its doer. */
const EXPRESSES = /^[وف]?(?:ابدي|ابدت|عبر|عبرت|اظهر|اظهرت)$/;

/** التقى، التزم: a past verb of form VIII, whose ا and ت look like the article before a word in ت. */
const FORM_VIII_PAST = /^الت\p{L}{2}$/u;

/** A word the coverage spells in the other script by its sound (إسحاق ~ Ishaq): a name, whatever a dictionary says. */
function crossesBySound(c: Concept): boolean {
  return c.alternatives.some((a) => a.source === 'transliteration') && !c.place && !c.proper;
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

/**
 * The doer of a "هل VERB DOER …؟" deed as named: the name words right after the verb, titles skipped
 * ("هل زار الجنرال عاصم منير طهران؟": زار, عاصم منير). Null when a title alone names the doer, for a stance
 * shown (أبدى), or for any other question.
 */
export function doerAskedWhether(question: string, concepts: readonly Concept[], isPerson: (c: Concept) => boolean = () => false): { verb: Concept; doer: Concept[] } | null {
  const ws = questionWords(question);
  // The doer may also be a name a dictionary knows as a word (إسحاق: Isaac) when it crosses scripts by sound,
  // or one the coverage writes only as a person's (`isPerson`: بوتين, FreeDict's "butene", always after a title).
  const verb = whetherVerb(question, concepts, (c) => standsForDoer(c) || crossesBySound(c) || isPerson(c));
  if (!verb || EXPRESSES.test(ws[1]!.norm)) return null;
  const doer: Concept[] = [];
  for (let i = 2; i < ws.length; i++) {
    const norm = ws[i]!.norm;
    if (doer.length === 0 && isTitleWord(norm)) continue;
    const c = conceptOfWord(concepts, norm);
    // Only the doer's first word, and not right after a title (وزير الداخلية qualifies the title, however often the
    // coverage writes it so): a word the coverage shows a person's only where it stands in the doer's place.
    const person = doer.length === 0 && !isTitleWord(ws[i - 1]!.norm) && c !== undefined && isPerson(c);
    if (!c || !(c.name === true || crossesBySound(c) || person) || c.place || c.proper) break;
    if (!doer.includes(c)) doer.push(c);
  }
  return doer.length > 0 ? { verb, doer } : null;
}

/** التقى، اجتمع: a meeting is both sides' deed — "التقى لاريجاني بالرئيس بوتين" tells Putin met Larijani too. */
const RECIPROCAL = /^(?:التقي|يلتقي|اجتمع|يجتمع|تقابل|met|meet)$/;

/**
 * "هل زار بوتين طهران …؟" where the doer is a name only the coverage shows to be one (`isPerson`): the deed is told as
 * the doer's (tellsDeedOf), as requirements.ts asks of a doer the question's words mark as a name: the deed's and
 * the doer's stems. Null when
 * the question's words already mark the doer (requirements.ts has it) or name none.
 */
export function titledDoerAsked(question: string, concepts: readonly Concept[], absent: readonly boolean[], has: (term: string) => boolean, isPerson: (c: Concept) => boolean): { deed: Set<string>; doer: Set<string> } | null {
  if (doerAskedWhether(question, concepts) !== null) return null;
  const whose = doerAskedWhether(question, concepts, isPerson);
  if (whose === null || absent[concepts.indexOf(whose.verb)] || RECIPROCAL.test(questionWords(question)[1]!.norm)) return null;
  const deed = stemsIn(whose.verb, has);
  const doer = new Set(whose.doer.flatMap((c) => [...stemsIn(c, has)]));
  if (deed.size === 0 || doer.size === 0) return null;
  return { deed, doer };
}

/** How far the doer may stand from the deed's word: after it (Arabic verb–subject order, "زيارة لاريجاني"), before it. */
const AFTER = 6;
const BEFORE_ARABIC = 3;
const BEFORE_LATIN = 12;
const BY = /^(?:by|of)$/;

/**
 * Whether the text tells the deed as the doer's: a word of the deed (`deed`: index stems) with a word of the
 * doer (`doer`) as its subject — in Arabic within a few words after it (زار وزير الداخلية الباكستاني محسن
 * نقوي) or right before it; in English before it ("Bagheri, Chief of General Staff, visited") or after
 * "by / of" ("the visit by Larijani"). "Bagheri visited … and called on General Asim Munir" is Bagheri's visit.
 */
export function tellsDeedOf(text: string, deed: ReadonlySet<string>, doer: ReadonlySet<string>): boolean {
  const { words: ws, stems } = stemmedWords(text);
  for (let i = 0; i < stems.length; i++) {
    if (!deed.has(stems[i]!)) continue;
    const latin = ws[i]!.script !== 'ar';
    const before = latin ? BEFORE_LATIN : BEFORE_ARABIC;
    for (let j = Math.max(0, i - before); j < i; j++) if (doer.has(stems[j]!)) return true;
    for (let j = i + 1; j <= Math.min(stems.length - 1, i + AFTER); j++) {
      // "وزار الجنرال باقري باكستان والتقى الجنرال عاصم منير": a word in و (not a title: ووزير) opens the next clause.
      if (!latin && /^و/.test(ws[j]!.norm) && !isTitleWord(ws[j]!.norm)) break;
      if (!doer.has(stems[j]!)) continue;
      if (!latin || ws.slice(i + 1, j).some((w) => BY.test(w.norm))) return true;
    }
  }
  return false;
}
