/**
 * "What is the trade volume between Iran and Russia?", "ما حجم التبادل التجاري بين إيران وروسيا؟"
 * ask about one pair: a paragraph giving the trade between Iran and Pakistan answers another
 * question. Only a paragraph that names every party of the pair (or goes on from one that does) answers.
 * "the Trump–Putin meeting" names a pair too: a paragraph on a meeting of Trump and the Russian
 * president, or of Putin and Larijani, is not about it.
 */
import { ROOTISH, stemmedWords, words, type Word } from '../text/tokenize.js';
import { spells } from './phrase.js';
import { conceptOfWord, namesSomeone, questionForm, type Concept } from './query.js';
import { wordsOfQuestion } from './question-words.js';
import { isTitleWord } from './frame-words.js';

const BETWEEN = /^(?:between|بين|وبين)$/;
const AND = /^(?:and|و)$/;

/** A party as the ways the coverage spells it: each a run of index stems (إسلام آباد: اسلام + اباد). */
export type Party = ReadonlyArray<readonly string[]>;

/**
 * The parties after "between" / بين (names, places: two or more), each as the stems that spell it
 * in the coverage (`has`: the coverage holds the stem); null when the question names no such pair.
 */
export function pairAsked(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Party[] | null {
  const party = (norm: string) => concepts.find((c) => namesSomeone(c) && c.label.split(' ').includes(norm));
  const anyConcept = (norm: string) => conceptOfWord(concepts, norm);
  const parties = joinedByDash(question, party) ?? afterBetween(wordsOfQuestion(question), party);
  // "بين إيران والدول الغربية": beside a named party, one named by ordinary words (each of them) is a party too.
  if (parties.length === 1) parties.push(...afterBetween(wordsOfQuestion(question), anyConcept).filter((c) => !parties.includes(c)));
  if (parties.length < 2) return null;
  const spelled = parties.map((c) => spellingsOf(c, has));
  // A party the coverage never names is weighed by the coverage share; the pair is checked on those it has.
  return spelled.some((s) => s.length === 0) ? null : spelled;
}

/** A party's spellings in the coverage: each alternative whose stems the coverage holds, no letter skeletons. */
export function spellingsOf(c: Concept, has: (term: string) => boolean): Party {
  return c.alternatives.map((a) => a.terms).filter((ts) => ts.every((t) => !t.startsWith(ROOTISH) && has(t)));
}

/** The parties after "between": names joined by "and" / و. */
function afterBetween(ws: readonly Word[], party: (norm: string) => Concept | undefined): Concept[] {
  const at = ws.findIndex((w) => BETWEEN.test(w.norm));
  const parties: Concept[] = [];
  if (at < 0) return parties;
  for (let i = at + 1; i < ws.length; i++) {
    const norm = ws[i]!.norm;
    if (AND.test(norm) || norm === 'the') continue;
    const c = party(norm);
    if (!c || !continuesList(ws, i, at, c)) break;
    if (!parties.includes(c)) parties.push(c);
  }
  return parties;
}

/**
 * Whether an Arabic word still belongs to the list after بين: the first party, a word joined by و (a
 * new party), a name's further word (إسلام «آباد») or an adjective agreeing in the article (الدول «الغربية»).
 * "بين طهران وإسلام آباد بحسب لاريجاني": the list ends before بحسب, which says whose words these are.
 * English lists end at a stop word (according, over, in), which has no concept.
 */
function continuesList(ws: readonly Word[], i: number, at: number, c: Concept): boolean {
  const norm = ws[i]!.norm;
  if (i === at + 1 || !/[\u0600-\u06FF]/.test(norm)) return true;
  const before = ws[i - 1]!.norm;
  return AND.test(before) || norm.startsWith('و') || namesSomeone(c) || (norm.startsWith('ال') && /^[وف]?ال/.test(before));
}

/** "the Trump–Putin meeting", "the Iran-Pakistan border": two names joined by a dash are a pair as "between" makes one. */
const DASHED = /([\p{L}\p{M}]+)\s*[-–—]\s*(?=([\p{L}\p{M}]+))/gu;

const NAME_PARTICLE = /^(?:al|el|ad|as|an|ar|at|ash|bin|ibn|abu|abd|ben|bint)$/;

function joinedByDash(question: string, party: (norm: string) => Concept | undefined): Concept[] | null {
  // Every dash, not only the first: "What did Al-Mayadeen say about the Iran-Pakistan talks?"
  for (const m of question.matchAll(DASHED)) {
    // Al-Mayadeen, bin-Salman: a particle of one name, not a pair.
    if (NAME_PARTICLE.test(m[1]!.toLowerCase())) continue;
    const [a, b] = [words(m[1]!)[0], words(m[2]!)[0]].map((w) => (w ? party(w.norm) : undefined));
    if (a && b && a !== b) return [a, b];
  }
  return null;
}

/** Whether the text names every party (each word of one of its spellings; الإيراني spells إيران lengthened). */
export function namesEvery(text: string, parties: readonly Party[]): boolean {
  const { stems } = stemmedWords(text);
  return parties.every((p) => p.some((terms) => terms.every((t) => stems.some((s) => spells(new Set([t]), s)))));
}

/** "discussed with", "talked (about) with", "بحثه مع", "ناقشها مع": what two sides said to each other. */
const DISCUSSED = /^(?:discuss|discussed|talk|talked|negotiate|negotiated|بحث|بحثه|بحثها|يبحث|ناقش|ناقشه|ناقشها|يناقش|تناول|تناوله|تناولها|تباحث|ناقشا|بحثا)$/;
/** The question asks what was said: "what / which …", "ما / ماذا …" (not "how did X describe his talks with Y"). */
const ASKS_WHAT = /^(?:and |so |[وف])?(?:what|which|ما|ماذا|ماهي|ماهو)(?=\s)/;
const WITH = /^(?:with|مع)$/;
const ENDS_PARTY = /^(?:in|at|during|on|about|over|regarding|when|while|في|خلال|حول|عن|بشان|اثناء|اثر|عند|اليوم|امس)$/;

/**
 * "What did Qalibaf discuss with Pakistan's prime minister?", "ما الذي بحثه قاليباف مع قائد الجيش الباكستاني؟":
 * talks between the question's named people and someone named by name or title after "with" are told
 * only where both sides are named (or the paragraph before names one). The concepts of both sides, or null —
 * also when the other side is no person ("مع الجانب الباكستاني", "with the Pakistanis": a side, told in many ways).
 */
export function talksAsked(question: string, concepts: readonly Concept[]): Concept[] | null {
  if (!ASKS_WHAT.test(questionForm(question).toLowerCase())) return null;
  const ws = wordsOfQuestion(question);
  const at = ws.findIndex((w, i) => WITH.test(w.norm) && ws.slice(Math.max(0, i - 2), i).some((v) => DISCUSSED.test(v.norm)));
  if (at < 0) return null;
  const other: Concept[] = [];
  for (let i = at + 1; i < ws.length && !ENDS_PARTY.test(ws[i]!.norm); i++) {
    const c = conceptOfWord(concepts, ws[i]!.norm.replace(/['’]s$/, ''));
    if (c && !other.includes(c)) other.push(c);
  }
  const person = (c: Concept) => c.name === true && !c.place && !c.proper;
  if (!other.some((c) => person(c) || isTitleWord(c.label))) return null;
  const asking = ws.slice(0, at).filter((w) => !DISCUSSED.test(w.norm)).map((w) => conceptOfWord(concepts, w.norm)).filter((c): c is Concept => c !== undefined && person(c));
  return asking.length > 0 ? [...new Set([...asking, ...other])] : null;
}

/** "Which Chinese officials did Larijani meet?": the kind met (with a place or a people), who met them, the verb. */
const WHICH_MET = /^(?:and |so )?(?:which|what) ([a-z' ]+?) (?:did|does|do|has|have|will|would) ([a-z' ]+?) (?:meet|meet with|hold talks with|talk to|talk with)\b/;

/**
 * "Which Chinese officials did Larijani meet?": a meeting of the question's named person with people of a
 * place is told where one paragraph names the place and a meeting — China named beside trade, after a
 * paragraph on Larijani's visit, is no meeting with Chinese officials. The concepts to hold together, or null.
 */
export function meetingAsked(question: string, concepts: readonly Concept[]): Concept[] | null {
  const m = WHICH_MET.exec(questionForm(question).toLowerCase());
  if (!m) return null;
  const of = (phrase: string) => words(phrase).map((w) => conceptOfWord(concepts, w.norm)).filter((c): c is Concept => c !== undefined);
  const where = of(m[1]!).filter((c) => c.place === true || c.proper === true);
  const who = of(m[2]!).filter((c) => c.name === true && !c.place && !c.proper);
  const meet = conceptOfWord(concepts, 'meet');
  // Who met them is often named in the article's title or lede only ("جاء هذا التصريح … خلال اجتماع مع رئيس أركان
  // الجيش الباكستاني"): the people met and the meeting must stand together, the one meeting them is left to the share.
  return where.length > 0 && who.length > 0 && meet ? [...where, meet] : null;
}

/**
 * "ماذا قال لاريجاني عن العلاقات مع روسيا؟", "What did X say about cooperation with China?": the partner of a
 * topic (a country or people named right after with / مع, the topic word before it) is what the topic is
 * about — Larijani's words on relations with Pakistan say nothing of Russia. The partners, or null.
 */
export function partnerAsked(question: string, concepts: readonly Concept[]): Concept[] | null {
  const ws = wordsOfQuestion(question);
  const out: Concept[] = [];
  ws.forEach((w, i) => {
    if (i === 0 || !WITH.test(w.norm) || DISCUSSED.test(ws[i - 1]!.norm)) return;
    const topic = conceptOfWord(concepts, ws[i - 1]!.norm);
    if (!topic?.topic || namesSomeone(topic)) return;
    const next = ws[i + 1] === undefined ? undefined : conceptOfWord(concepts, ws[i + 1]!.norm.replace(/['’]s$/, ''));
    if (next?.topic && (next.proper === true || next.place === true) && !out.includes(next)) out.push(next);
  });
  return out.length > 0 ? out : null;
}
