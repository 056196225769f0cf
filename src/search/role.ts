/**
 * "Who is the president of Pakistan?", "من هو وزير الخارجية الإيراني؟" ask who holds a post. Only a
 * paragraph that names that post, its words together ("وزير الخارجية الباكستاني", "Pakistan's
 * foreign minister"), answers: one naming Pakistan's foreign minister is a near miss for Iran's,
 * and "the main Islamic states, including Iran and Pakistan" does not name Pakistan's president.
 */
import { ROOTISH, stemmedWords, words } from '../text/tokenize.js';
import { asksForWords, isFrameWord, isTitleWord } from './frame-words.js';
import { conceptOfWord, namesSomeone, questionForm, stemsIn, type Concept } from './query.js';
import { spells } from './phrase.js';
import { stemArabic } from '../text/stem.js';

/** "who is / who's / who was", "what is the name of", "من هو / من هي / من يكون", "ما اسم" — at the start of the question. */
const WHO_HOLDS = /^(?:(?:and|so|و|ف)\s*)?(?:who(?:\s+is|\s+was|'s|’s)\b|what(?:\s+is|'s|’s)\s+the\s+name\s+of\b|من\s+(?:هو|هي|يكون|كان|كانت)(?:\s|$)|(?:ما|ماهو|ما\s+هو)\s+اسم(?:\s|$))/u;

export function asksWhoHolds(question: string): boolean {
  return WHO_HOLDS.test(questionForm(question));
}

/** Words that date a post without naming it: "the current foreign minister", "الرئيس الحالي". */
const QUALIFIERS = new Set(['current', 'currently', 'present', 'new', 'former', 'now', 'today', 'name', 'حالي', 'حال', 'جديد', 'سابق', 'اسم']);

/**
 * Adjectives of a diplomatic post's standing, stemmed: "the accredited / resident / permanent ambassador", "السفير
 * المعتمد / المفوض / الدائم / المقيم". News names the ambassador without them, so they neither name the post nor go missing.
 */
const STANDING = new Set(['accredit', 'resid', 'perman', 'plenipotentiari', 'معتمد', 'مفوض', 'دايم', 'مقيم']);

function isPostQualifier(stem: string): boolean {
  return QUALIFIERS.has(stem) || STANDING.has(stem);
}

/** The labels of a "who is …" question's words of a post's standing (المعتمد، accredited): weightless when the coverage lacks them. */
export function postStandingWords(question: string, concepts: readonly Concept[]): Set<string> {
  if (!asksWhoHolds(question) || !concepts.some((c) => isTitleWord(c.label))) return new Set();
  return new Set(concepts.filter((c) => STANDING.has(c.label) || c.alternatives.some((a) => a.terms.length === 1 && STANDING.has(a.terms[0]!))).map((c) => c.label));
}

/**
 * A relative pronoun after the title opens a clause about the holder ("وزير الدفاع الإيراني الذي وقّع الاتفاقيات مع
 * باكستان", "the defence minister who signed …"): what the holder did, not the post's words, which need not stand beside it.
 */
const RELATIVES = ['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'who', 'that', 'which', 'whom'];

/** Words that set the scene after the post is named ("… defense minister in the 2018 agreements"), not part of it; "of" is. */
const CONTEXT = new Set(['in', 'during', 'at', 'on', 'since', 'when', 'after', 'before', 'under', 'خلال', 'عند', 'منذ', 'بعد', 'قبل', 'اثناء', 'حين', 'عندما', ...RELATIVES]);

/** "… وكيف وصف الزيارة؟", "and how did he …": a second question after the post, not part of it. */
const SECOND_QUESTION = /^[وف](?:كيف|ماذا|متي|ما|من|اين|لماذا|هل|بماذا)$/;

/**
 * The words of the post a "who is …" question asks about (a title and a place: "the president of
 * Pakistan"), each as the index stems that spell it (`has`: the coverage holds the stem); null for any other question.
 */
export function postAsked(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Array<Set<string>> | null {
  if (!asksWhoHolds(question)) return null;
  const ws = words(question);
  const title = ws.findIndex((w) => isTitleWord(w.norm));
  const cut = ws.findIndex((w, i) => i > title && title >= 0 && (CONTEXT.has(w.norm) || SECOND_QUESTION.test(w.norm) || (w.norm === 'and' && /^(?:how|what|when|where|why|did|does|is)$/.test(ws[i + 1]?.norm ?? ''))));
  const inPost = new Set(ws.slice(0, cut < 0 ? ws.length : cut).map((w) => w.norm));
  const post = concepts.filter((c) => c.label.split(' ').every((l) => inPost.has(l)) && !/^\p{N}+$/u.test(c.label) && !isFrameWord(c.label) && !isPostQualifier(c.label) && !c.alternatives.some((a) => a.terms.length === 1 && isPostQualifier(a.terms[0]!)));
  if (!post.some((c) => isTitleWord(c.label)) || !post.some((c) => c.place || c.proper)) return null;
  // Naming a person ("Who is the army chief that received General Bagheri?"), it asks about more than a post.
  if (concepts.some((c) => c.name && !c.place && !c.proper && !isTitleWord(c.label))) return null;
  // A word the coverage never uses is weighed by the coverage share; the post is checked on the words it has —
  // each also as stemmed after a clitic: the light stemmer takes bare وزير's و for "and" (زير), while ووزير الدفاع,
  // الوزير keep وزير, which is the minister too.
  return post.map((c) => new Set([...stemsIn(c, has), ...afterClitic(c).filter(has)])).filter((stems) => stems.size > 0);
}

/** An Arabic post word's stem as it stands after the article or "and" (الوزير، ووزير: وزير), when that differs from its bare stem. */
function afterClitic(c: Concept): string[] {
  if (!/^[\u0600-\u06FF]+$/u.test(c.label) || c.label.startsWith('ال')) return [];
  return [stemArabic(`ال${c.label}`)];
}

/** Prepositions naming where a post is held: "ambassador to Iran", "in Tehran", "سفير … لدى إيران / في طهران / إلى". */
const HOST = /^(?:to|in|at|لدي|في|فى|الي)$/;
/** how many words after the title the place it is held in may stand ("السفير الإيراني لدى باكستان": three) */
const HOST_WINDOW = 4;

/**
 * "Who is Pakistan's ambassador to Iran?", "من هو سفير باكستان لدى إيران؟": a post held in a place has a direction —
 * whose post it is and where it is held. Only a paragraph naming the post held in that place (the place after
 * to / in / لدى / في, a few words after the title) answers: "السفير الإيراني لدى باكستان" is Iran's ambassador to
 * Pakistan, not Pakistan's to Iran (holdsPostIn). The title's and the place's stems; null when the question names no such place.
 */
export function postHost(question: string, concepts: readonly Concept[], has: (term: string) => boolean): { titles: Set<string>; host: Set<string> } | null {
  if (postAsked(question, concepts, has) === null) return null;
  const ws = words(question);
  const title = ws.findIndex((w) => isTitleWord(w.norm));
  if (title < 0) return null;
  const at = ws.findIndex((w, i) => i > title && i <= title + HOST_WINDOW && HOST.test(w.norm));
  const host = at < 0 ? undefined : conceptOfWord(concepts, ws[at + 1]?.norm ?? '');
  if (!host || !(host.place || host.proper)) return null;
  const titles = new Set(concepts.filter((c) => isTitleWord(c.label)).flatMap((c) => [...stemsIn(c, has)]));
  const hostStems = stemsIn(host, has);
  if (titles.size === 0 || hostStems.size === 0) return null;
  return { titles, host: hostStems };
}

/** Whether the text names a title and, within a few words after it, the place it is held in (after to / لدى / في). */
export function holdsPostIn(text: string, titles: ReadonlySet<string>, host: ReadonlySet<string>): boolean {
  const { words: ws, stems } = stemmedWords(text);
  for (let i = 0; i < stems.length; i++) {
    if (!spells(titles, stems[i]!)) continue;
    for (let j = i + 1; j < Math.min(stems.length, i + HOST_WINDOW + 1); j++) if (HOST.test(ws[j]!.norm) && spells(host, stems[j + 1] ?? '')) return true;
  }
  return false;
}

/** Who may do a deed: someone named, or a title standing for them ("the army chief"). */
export function standsForDoer(c: Concept): boolean {
  return namesSomeone(c) || isTitleWord(c.label);
}

/**
 * "Who signed …", "Who replaced …": a question about the doer of a deed. English only: an Arabic verb
 * (وقّع) meets its noun (الموقعة) through stems this check does not see — measured: five Arabic
 * questions on the seeds declined.
 */
const NOT_A_DEED_EN = /^(?:is|was|are|were|s|will|would|can|could|might|may|must|should|shall|did|does|do|has|have|had|else)$/;

/**
 * The concept of the deed a "who did it?" question asks the doer of: "Who signed the Saudi–Pakistan
 * pact?" is answered only by a paragraph that tells of the signing — one that names the pact, and
 * no one signing it, does not say who signed. Null for any other question (and for frame verbs: said).
 */
export function deedAsked(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = words(question);
  if (ws[0]?.norm !== 'who') return yesNoDeed(ws, concepts);
  const w = ws[1];
  if (!w || NOT_A_DEED_EN.test(w.norm) || isFrameWord(w.norm)) return null;
  const c = concepts.find((x) => x.label === w.norm);
  return c && !standsForDoer(c) ? c : null;
}

/** Words that may stand in the doer of a yes-or-no question before its verb ("Did the Pakistani army chief …"). */
const DOER_FILLER = /^(?:the|a|an|s|of|general|dr|mr|mrs|ms)$/;

/**
 * "Did Asim Munir accept Bagheri's proposal?", "Has Pakistan agreed to …?": whether a deed was done.
 * Only a paragraph telling of that deed — its word or a translation, not a letter skeleton (accept ~
 * قبل of مقبل) — answers; one telling only of the proposal does not say it was accepted. The verb is
 * the first ordinary word after the doer's names. English only, as above; null when no doer is named.
 */
function yesNoDeed(ws: ReturnType<typeof words>, concepts: readonly Concept[]): Concept | null {
  if (!/^(?:did|does|has|have|had)$/.test(ws[0]?.norm ?? '')) return null;
  const conceptOf = (norm: string) => conceptOfWord(concepts, norm);
  let i = 1;
  let doer = false;
  for (; i < ws.length; i++) {
    const c = conceptOf(ws[i]!.norm);
    if (c && standsForDoer(c)) doer = true;
    else if (!DOER_FILLER.test(ws[i]!.norm)) break;
  }
  const w = ws[i];
  // "Does Larijani think / say …": what he said, which the attribution checks, not a deed.
  if (!doer || !w || NOT_A_DEED_EN.test(w.norm) || isFrameWord(w.norm) || asksForWords(w.norm)) return null;
  const c = conceptOf(w.norm);
  if (!c || standsForDoer(c)) return null;
  const exact = c.alternatives.filter((a) => !a.terms.some((t) => t.startsWith(ROOTISH)));
  return exact.length > 0 ? { ...c, alternatives: exact } : null;
}
