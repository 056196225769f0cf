/**
 * "What is the trade volume between Iran and Russia?", "ما حجم التبادل التجاري بين إيران وروسيا؟"
 * ask about one pair: a paragraph giving the trade between Iran and Pakistan answers another
 * question. Only a paragraph that names every party of the pair (or goes on from one that does) answers.
 * "the Trump–Putin meeting" names a pair too: a paragraph on a meeting of Trump and the Russian
 * president, or of Putin and Larijani, is not about it.
 */
import { ROOTISH, stemmedWords, words, type Word } from '../text/tokenize.js';
import { spells } from './phrase.js';
import { conceptOfWord, namesSomeone, type Concept } from './query.js';
import { wordsOfQuestion } from './question-words.js';

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
