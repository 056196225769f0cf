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
import { stemmedWords, stemWord, type Word } from '../text/tokenize.js';
import { arabicInflectionForms } from './name-words.js';
import { normalizeCached } from '../text/normalize.js';

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

/** The two directions of a bilingual dictionary, as verbalNouns reads them. */
export interface Senses {
  arToEn(key: string): readonly string[] | undefined;
  enToAr(key: string): readonly string[] | undefined;
}

/** Letters a verb and its verbal noun need not share: the weak ones (زار ~ زيارة, وقّع ~ توقيع) and ة (written ه). */
const WEAK = /[اويءئؤ]/g;

function strongLetters(norm: string): string {
  return norm.replace(/ه$/, '').replace(WEAK, '');
}

/** Whether `a`'s letters stand in `b` in the same order. */
function inOrder(a: string, b: string): boolean {
  let i = 0;
  for (const ch of b) if (ch === a[i]) i++;
  return i === a.length;
}

/**
 * The verbal nouns (مصدر) of the past verb a "هل VERB DOER …؟" question asks about, as index stems the coverage
 * holds: "زيارة لاريجاني إلى موسكو", "خلال زيارته" tell that Larijani visited. An Arabic word the dictionary gives
 * for the verb's English sense (زار: visit → زيارة) that keeps the verb's root letters in their order (weak
 * letters aside; at most two letters more: توقيع of وقّع) — the sense alone would bring any synonym (حضر), the
 * letters alone any word of the root.
 */
export function verbalNouns(verb: Concept, verbWord: string, senses: Senses | undefined, has: (term: string) => boolean): Set<string> {
  const out = new Set<string>();
  if (senses === undefined || !/^[\u0600-\u06FF]/.test(verbWord)) return out;
  // The verb's own forms: زارت is زار with the feminine ending, وقعا وقع with the dual's.
  const forms = new Set(arabicInflectionForms(verbWord));
  for (const f of [...forms]) for (const end of ['ت', 'وا', 'ا']) if (f.endsWith(end) && f.length - end.length >= 3) forms.add(f.slice(0, -end.length));
  const roots = [...forms].map(strongLetters).filter((r) => r.length >= 2);
  const english = new Set<string>();
  for (const f of forms) for (const e of senses.arToEn(f) ?? []) if (!e.includes(' ')) english.add(e);
  for (const a of verb.alternatives) if (a.source === 'dictionary' && a.terms.length === 1 && /^[a-z]+$/.test(a.terms[0]!)) english.add(a.terms[0]!);
  for (const e of english) {
    for (const written of senses.enToAr(e) ?? []) {
      const ar = normalizeCached(written);
      if (ar.includes(' ') || forms.has(ar)) continue;
      const letters = strongLetters(ar);
      if (!roots.some((r) => inOrder(r, letters) && letters.length <= r.length + 2)) continue;
      const stem = stemWord(ar, 'ar');
      if (has(stem)) out.add(stem);
    }
  }
  return out;
}

/** A possessive pronoun after a noun: زيارته، زيارتها، زيارتهم. */
const PRONOUN = /(?:هما|هم|ها|ه)$/;
const POSSESSIVE_EN = /^(?:his|her|its|their)$/;

/**
 * Whether word i is the deed with the doer's pronoun ("خلال زيارته", "during his visit"): a noun whose form without
 * the pronoun (ة written ت before it) stems to the deed, the bare noun (زيارة) being no pronoun.
 */
function deedWithPronoun(ws: readonly Word[], stems: readonly string[], i: number, deed: ReadonlySet<string>): boolean {
  const w = ws[i]!;
  if (w.script !== 'ar') return deed.has(stems[i]!) && i > 0 && POSSESSIVE_EN.test(ws[i - 1]!.norm);
  const m = PRONOUN.exec(w.norm);
  if (m === null || deed.has(stems[i]!)) return false;
  const base = w.norm.slice(0, -m[0].length);
  if (!base.endsWith('ت') || base.length < 3) return false;
  return arabicInflectionForms(base.slice(0, -1) + 'ه').some((f) => deed.has(stemWord(f, 'ar')));
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
  // "خلال زيارته", "during his visit": the deed with a pronoun, in a paragraph that names the doer.
  if (stems.some((s) => doer.has(s)) && ws.some((_, i) => deedWithPronoun(ws, stems, i, deed))) return true;
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

/**
 * Whether an article's headline tells the deed as the doer's and names every party the question names (`parties`: each
 * one's spellings as index terms): "زيارة لاريجاني لموسكو" heads an article whose paragraphs say "في زيارة …، التقى
 * لاريجاني بوتين". A headline's words read with their clitics off (لموسكو: موسكو), as a question's are.
 */
export function headlineTells(title: string, deed: ReadonlySet<string>, doer: ReadonlySet<string>, parties: ReadonlyArray<ReadonlyArray<readonly string[]>>): boolean {
  if (!tellsDeedOf(title, deed, doer)) return false;
  const { words: ws, stems } = stemmedWords(title);
  const named = new Set(stems);
  for (const w of ws) if (w.script === 'ar') for (const f of arabicInflectionForms(w.norm)) named.add(stemWord(f, 'ar'));
  return parties.every((p) => p.some((terms) => terms.every((t) => named.has(t))));
}

/** Whether a word of the text is the deed (`deed`: index stems), read with its clitics off as well (بزيارته: زيارة). */
export function holdsDeedWord(text: string, deed: ReadonlySet<string>): boolean {
  const { words: ws, stems } = stemmedWords(text);
  return ws.some((w, i) => deed.has(stems[i]!) || (w.script === 'ar' && arabicInflectionForms(w.norm).some((f) => deed.has(stemWord(f, 'ar')))));
}
