/**
 * Who said, reported, holds or did it — requirements beyond requirements.ts. Who said it: a speaker named by several words is quoted by the last of them — "محمد بن سلمان" is not any "محمد" quoted (محمد باقر
 * قاليباف), as "Asim Munir" is not any Asim. News refers to a person by the family name; a given name
 * alone names someone else. And "What did Reuters report about …?", "ماذا نقلت وكالة رويترز عن …؟" ask what
 * that outlet reported: only a paragraph it reports — its article's outlet, or one attributing the words to
 * it ("وكشفت وكالة «رويترز» …", "بحسب رويترز") — answers; another outlet's report on the topic does not.
 */
import { ROOTISH, stemmedWords, words } from '../text/tokenize.js';
import { attributesTo, attributesToPhrase, continuesSpeaker } from './attribution.js';
import { isFrameWord, isTitleWord } from './frame-words.js';
import { spells } from './phrase.js';
import { conceptOfWord, exactStems, namesSomeone, stemsIn, type Concept } from './query.js';
import type { Candidate, Requirement } from './requirements.js';
import { holdsPostIn, postHost } from './role.js';
import { tellsDeedOf, titledDoerAsked } from './yes-no.js';

const ARABIC = /[\u0600-\u06FF]/;

/**
 * The stems of the last word of each run of adjacent speaker words in the question ("محمد بن سلمان"
 * → سلمان; "Larijani and Dar" → both), or null when no speaker is named by more than one word.
 */
export function speakerSurnames(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Set<string> | null {
  const ws = words(question);
  const at = ws.map((w) => conceptOfWord(concepts, w.norm.replace(/['’]s$/, '')));
  const runs: Concept[][] = [];
  let run: Concept[] = [];
  at.forEach((c) => {
    if (c?.speaker && c.name) {
      if (!run.includes(c)) run.push(c);
      return;
    }
    if (run.length > 0) runs.push(run);
    run = [];
  });
  if (run.length > 0) runs.push(run);
  if (!runs.some((r) => r.length >= 2)) return null;
  const out = new Set<string>();
  // An Arabic surname's Latin alternatives are dictionary translations (زايد → "sy"), not spellings of the name.
  for (const r of runs) {
    const last = r[r.length - 1]!;
    for (const s of stemsIn(last, has)) if (!ARABIC.test(last.label) || ARABIC.test(s)) out.add(s);
  }
  // An Arabic surname is its own spelling: one the coverage never writes, it never quotes (سلمان). An English one
  // may just lack its transliteration: nothing is asked.
  if (out.size === 0) return runs.some((r) => r.length >= 2 && ARABIC.test(r[r.length - 1]!.label)) ? out : null;
  return out;
}

/**
 * "What did X report / reveal …": the question's reporter is the subject of a verb of reporting. Not "publish" /
 * نشر: "ماذا نشر لاريجاني على منصة إكس؟" asks a person's post, which news tells with كتب and a quote.
 */
const ASKS_EN = /^(?:what|how)$/;
const AUXILIARY = /^(?:did|does|do|has|have)$/;
const REPORT_EN = /^(?:report|reported|reveal|revealed|cover|covered|carry|carried)$/;
/** "ماذا نقلت / أوردت / نشرت / كشفت X عن …": the outlet follows the verb, up to the topic's preposition. */
const ASKS_AR = /^(?:ماذا|بماذا)$/;
const REPORT_AR = /^(?:نقلت|نقل|اوردت|اورد|كشفت|كشف|افادت|افاد)$/;
/** Kinds of outlet ("وكالة رويترز", "صحيفة طهران تايمز", "the agency"): how the question names the reporter, not its name. */
const OUTLET_NOUN = /^(?:the|agency|newspaper|paper|channel|network|website|site|magazine|وكاله|صحيفه|جريده|قناه|شبكه|موقع|مجله|اذاعه)$/;
const TOPIC_AR = /^(?:عن|حول|بشان|في|من|ان|حيال|ازاء|تجاه)$/;

/** The words naming who is asked to have reported something, or null: "What did Reuters report …" → Reuters. */
export function reporterAsked(question: string, concepts: readonly Concept[]): Concept[] | null {
  const ws = words(question).map((w) => w.norm);
  let span: string[] = [];
  if (ASKS_EN.test(ws[0] ?? '') && AUXILIARY.test(ws[1] ?? '')) {
    const verb = ws.findIndex((w, i) => i > 2 && REPORT_EN.test(w));
    if (verb > 2) span = ws.slice(2, verb);
  } else if (ASKS_AR.test(ws[0] ?? '') && REPORT_AR.test(ws[1] ?? '')) {
    const end = ws.findIndex((w, i) => i > 2 && TOPIC_AR.test(w));
    span = ws.slice(2, end > 2 ? end : ws.length);
  }
  // "وكالة رويترز", "the news agency Reuters": the kind of outlet says who reports; its name follows.
  const outletNoun = span.some((w) => OUTLET_NOUN.test(w));
  const reporter = [...new Set(span.filter((w) => !OUTLET_NOUN.test(w)).map((w) => conceptOfWord(concepts, w.replace(/['’]s$/, ''))))].filter((c): c is Concept => c !== undefined && !isFrameWord(c.label) && !isTitleWord(c.label));
  // A capitalized English word names one too, though a dictionary knows it (IRNA, Press).
  return reporter.length > 0 && (outletNoun || reporter.some((c) => namesSomeone(c) || /^\p{Lu}/u.test(c.word ?? ''))) ? reporter : null;
}

/**
 * The ways a concept may be spelled, each as words of stems: a name of one word, and a phrase's words in turn
 * ("Iran Press": iran|اير, then press|برس — its alternatives iran+press and اير+برس taken word by word). An acronym
 * has both: "NCRI" is ncri, or the Arabic text's المجلس الوطني للمقاومة word by word.
 */
function spellingChoices(c: Concept): Array<Array<Set<string>>> {
  const out: Array<Array<Set<string>>> = [];
  const single = exactStems(c);
  if (single.length > 0) out.push([new Set(single)]);
  const phrases = c.alternatives.filter((a) => a.terms.length > 1 && !a.terms.some((t) => t.startsWith(ROOTISH)));
  const n = Math.max(0, ...phrases.map((a) => a.terms.length));
  if (n > 0) out.push(Array.from({ length: n }, (_, i) => new Set(phrases.filter((a) => a.terms.length === n).map((a) => a.terms[i]!))));
  return out.length > 0 ? out : [[]];
}

/** Every way to spell the reporter: one choice per concept, joined (a product; reporters are one or two words). */
function reporterSpellings(asked: readonly Concept[]): Array<Array<Set<string>>> {
  return asked.reduce<Array<Array<Set<string>>>>((acc, c) => acc.flatMap((a) => spellingChoices(c).map((w) => [...a, ...w])), [[]]);
}

/** "this / these / هذا / هذه / ذلك / تلك": what a paragraph points back to is told in the one before. */
const DEMONSTRATIVE = /^(?:this|these|هذا|هذه|ذلك|تلك|هذين|هاتين)$/;
/** how far into a paragraph a demonstrative still opens it (after a dateline: "إيران برس - إيران: … تأتي هذه التصريحات") */
const OPENING_WORDS = 10;

/** Whether a paragraph opens by pointing back ("جاء هذا التصريح …", "These remarks come …"): it goes on from the one before. */
export function refersBack(text: string): boolean {
  return stemmedWords(text).words.slice(0, OPENING_WORDS).some((w) => DEMONSTRATIVE.test(w.norm));
}

/** A candidate with its article's outlet (the reporter of every paragraph of it). */
export interface SourcedCandidate extends Candidate {
  outlet?: string;
}

/**
 * Whether an outlet's name ("Al Mayadeen", "IranPress") spells every word naming the reporter: one of its stems, or
 * a Latin spelling inside the name written as one word ("Iran Press" in "IranPress").
 */
function outletIs(outlet: string | undefined, reporter: ReadonlyArray<ReadonlySet<string>>): boolean {
  if (!outlet) return false;
  const stems = stemmedWords(outlet).stems;
  const joined = stems.join('');
  return reporter.every((r) => stems.some((s) => spells(r, s)) || [...r].some((t) => t.length >= 3 && /^[a-z]+$/.test(t) && joined.includes(t)));
}

/** What the paragraph must do for the question's speaker beyond requirements.ts: quote them by their last name. */
export function whoSaidRequirements(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Requirement[] {
  const out: Requirement[] = [];
  // Every spelling, held by the coverage or not: the outlet's name is the article's metadata, not its text.
  const asked = reporterAsked(question, concepts);
  const spellings = asked === null ? null : reporterSpellings(asked);
  if (spellings !== null) {
    // What the outlet reported about a named topic ("… about Larijani's trip to Pakistan") names it itself, or goes on
    // with the report of the paragraph before: a paragraph after one naming Larijani is not the outlet's report on him.
    const named = concepts.filter((c) => c.topic && namesSomeone(c) && stemsIn(c, has).size > 0);
    const goesOn = (p: Candidate) => p.previous !== undefined && continuesSpeaker(p.text);
    out.push({
      reason: 'no paragraph that matches is reported by the outlet asked about',
      meets: (p: SourcedCandidate) =>
        spellings.some((reporter) => outletIs(p.outlet, reporter) || attributesToPhrase(p.text, reporter) || (goesOn(p) && attributesToPhrase(p.previous!, reporter))) &&
        named.every((c) => p.holds(c) || ((goesOn(p) || refersBack(p.text)) && p.previousHolds(c))),
    });
  }
  const surnames = speakerSurnames(question, concepts, has);
  if (surnames === null) return out;
  // A surname the search spells only in the other script ("Dar": no دار) cannot be asked of a paragraph in this one.
  const arabic = surnames.size === 0 || [...surnames].some((s) => ARABIC.test(s));
  const latin = surnames.size === 0 || [...surnames].some((s) => !ARABIC.test(s));
  const spellable = (text: string) => (ARABIC.test(text) ? arabic : latin);
  out.push({
    reason: 'no paragraph that matches quotes who is asked about',
    meets: (p: Candidate) => !spellable(p.text) || attributesTo(p.text, surnames) || (p.previous !== undefined && continuesSpeaker(p.text) && attributesTo(p.previous, surnames)),
  });
  return out;
}

/** "Who is Pakistan's ambassador to Iran?": only a paragraph naming the post held in that place (role.ts postHost). */
export function postHostRequirement(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Requirement | null {
  const post = postHost(question, concepts, has);
  return post === null ? null : { reason: 'no paragraph that matches names the post held where the question asks', meets: (p) => holdsPostIn(p.text, post.titles, post.host) };
}

/** "هل زار بوتين طهران …؟": the deed told as done by a doer the coverage writes only after a title (yes-no.ts titledDoerAsked). */
export function titledDoerRequirement(question: string, concepts: readonly Concept[], absent: readonly boolean[], has: (term: string) => boolean, isPerson: (c: Concept) => boolean): Requirement | null {
  const asked = titledDoerAsked(question, concepts, absent, has, isPerson);
  return asked === null ? null : { reason: 'no paragraph that matches tells the deed as done by who is asked about', meets: (p) => tellsDeedOf(p.text, asked.deed, asked.doer) };
}
