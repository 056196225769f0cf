/**
 * "Who signed …?", "من وقّع الاتفاقيات …؟", "من الذي مثّل …؟" ask for the doer of a deed: the
 * paragraph that tells of the deed (الاتفاقيات الموقعة بين …) names its doer, while one that only
 * sets the scene (the same agreements' year, the same parties) does not. Used only to rank, never to
 * decline: an Arabic verb meets its noun or participle (وقّع, الموقعة) only through weaker alternatives.
 */
import { deedAsked, standsForDoer } from './role.js';
import { isFrameWord, isTitleWord } from './frame-words.js';
import { nameKinds, type WordKnowledge } from './name-words.js';
import { conceptOfWord, namesSomeone, questionForm, type Concept } from './query.js';
import { memo } from '../text/memo.js';
import { indexedWords, indexTermsOf, ROOTISH, words } from '../text/tokenize.js';

/** "من / مين" (who; "مع من": with whom, "إلى من", "على من", "عن من"), optionally "الذي / التي / هو الذي", then the verb — at the start (after "and"/"so"). */
const WHO_DID_AR = /^(?:[وف]\s*)?(?:(?:مع|الي|علي|عن)\s+)?(?:من|مين)\s+(?:(?:(?:هو|هي)\s+)?(?:الذي|اللذي|التي|الذين)\s+)?(\p{L}+)/u;
/** "ممن" (from whom) before a copula and a noun, or a verb: "ممن كانت الرسالة؟", "ممن تلقى لاريجاني الدعوة؟". */
const FROM_WHOM_AR = /^(?:[وف]\s*)?ممن\s+(?:(?:كان|كانت|كانا|جاء|جاءت|هي|هو)\s+)?(\p{L}+)/u;
/** "من هو / من يكون / من كان" ask who someone is (role.ts), not who did something. */
const NOT_A_DEED_AR = /^(?:هو|هي|هم|يكون|تكون|كان|كانت|كانوا|قبل|بين|اجل|خلال|جانب|جهه)$/;

export function doerDeed(question: string, concepts: readonly Concept[]): Concept | null {
  const english = deedAsked(question, concepts);
  if (english) return english;
  const form = questionForm(question);
  // "ممن كانت الرسالة …؟" (from whom was the message): what comes from someone is the noun after the copula.
  const from = FROM_WHOM_AR.exec(form);
  if (from) return concepts.find((x) => x.label === from[1]) ?? null;
  const m = WHO_DID_AR.exec(form);
  const verb = m?.[1];
  if (!verb || NOT_A_DEED_AR.test(verb) || isFrameWord(verb)) return null;
  const c = concepts.find((x) => x.label === verb);
  return c && !standsForDoer(c) ? c : null;
}

/**
 * "مع من اجتمع باقري؟" asks for the other party of a deed, not its doer: the preposition before "من"
 * (مع، إلى، على، عن) is the one news writes right after the deed's word before that party ("خلال اجتماع
 * مع رئيس أركان …"), while "وخلال الاجتماع، أكد باقري" only tells of the deed. The preposition, or null.
 */
export function partyPreposition(question: string): string | null {
  const form = questionForm(question);
  // "ممن" is من + من, "from whom": the one something came from is named after من ("برسالة من المرشد").
  if (/^(?:[وف]\s*)?ممن\s/u.test(form)) return 'من';
  const m = /^(?:[وف]\s*)?(مع|الي|علي|عن)\s+(?:من|مين)\s/u.exec(form);
  return m?.[1] ?? null;
}

/**
 * Whether a word of the deed (any of its single-term alternatives) stands up to four words before `preposition` (its
 * object and their epithets between: "أجريت مناقشات مفصّلة وصريحة مع أخي"), and the party after it is not one the
 * question itself names (`asked`: the question's index terms): "استعداد موسكو لتعزيز العلاقات مع طهران" does not say with
 * whom Tehran stands ready.
 */
export function namesParty(text: string, deed: Concept, preposition: string, asked: ReadonlySet<string> = new Set()): boolean {
  const stems = new Set(deed.alternatives.filter((a) => a.terms.length === 1).map((a) => a.terms[0]!));
  const { words: ws, terms } = indexedWords(text);
  // From each preposition back to the deed's word: prepositions are few, words of the deed's stems fewer still.
  for (let j = 1; j + 1 < ws.length; j++) {
    if (ws[j]!.norm !== preposition || terms[j + 1]!.some((t) => asked.has(t))) continue;
    for (let i = Math.max(0, j - 4); i < j; i++) if (terms[i]!.some((t) => stems.has(t))) return true;
  }
  return false;
}

/**
 * "ماذا تضمنت رسالة خامنئي …؟": a noun owned by the name right after it (the construct state). News often
 * writes the same as the noun, then من and the owner ("برسالة من المرشد الأعلى … علي خامنئي"): the paragraph
 * that does so says whose the thing is — "فالرسالة التي حملها لاريجاني" only refers back to it. The
 * (noun, name) pair, or null; a place is no owner here. Arabic only: English puts the owner first (Khamenei's message).
 */
export function ownedNoun(question: string, concepts: readonly Concept[]): [Concept, Concept] | null {
  const ws = words(question).filter((w) => w.script === 'ar');
  const conceptOf = (norm: string) => concepts.find((c) => c.label === norm);
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = conceptOf(ws[i]!.norm);
    const b = conceptOf(ws[i + 1]!.norm);
    if (a && b && a !== b && !namesSomeone(a) && b.name === true && !b.place) return [a, b];
  }
  return null;
}

/** The words before من (up to OWNED_BEFORE) and after it (up to OWNED_AFTER: titles stand between: "من المرشد الأعلى للثورة الإسلامية علي خامنئي"). */
const OWNED_BEFORE = 4;
const OWNED_AFTER = 8;

/** Whether the text writes the noun, then من, then its owner (any single-word alternative of each). */
export function writesOwner(text: string, noun: Concept, owner: Concept): boolean {
  const single = (c: Concept) => new Set(c.alternatives.filter((a) => a.terms.length === 1).map((a) => a.terms[0]!));
  const [nouns, owners] = [single(noun), single(owner)];
  const { words: ws, terms } = indexedWords(text);
  const is = (k: number, stems: ReadonlySet<string>) => terms[k]!.some((t) => stems.has(t));
  // From each من: the noun up to OWNED_BEFORE words before it, then the owner up to OWNED_AFTER after.
  for (let j = 1; j < ws.length; j++) {
    if (ws[j]!.norm !== 'من') continue;
    let noun = false;
    for (let i = Math.max(0, j - OWNED_BEFORE); i < j && !noun; i++) noun = is(i, nouns);
    if (!noun) continue;
    for (let k = j + 1; k <= j + OWNED_AFTER && k < ws.length; k++) if (is(k, owners)) return true;
  }
  return false;
}

/** how far after a title a name may stand ("وزير الدفاع الإيراني العميد أمير حاتمي": حاتمي three words after العميد) */
const NAME_AFTER_TITLE = 3;

/**
 * Whether the text names someone the question does not: a title (وزير، الجنرال، العميد) with a word no
 * dictionary knows standing as a name up to NAME_AFTER_TITLE words after it, that name not among the
 * question's index terms (`asked`). A who-question asks for people: the paragraph telling the deed and naming
 * them ("الاتفاقيات الموقعة بين وزير الدفاع الإيراني العميد أمير حاتمي …") answers it; the one naming only the
 * question's own people ("وخلال الاجتماع، أكد الجنرال باقري") does not.
 */
export function namesNewPerson(text: string, knows: WordKnowledge, asked: ReadonlySet<string>): boolean {
  return titledNames(knows)(text).some((terms) => !terms.some((t) => asked.has(t)));
}

/**
 * Per WordKnowledge (one per engine), a text's Arabic names standing up to NAME_AFTER_TITLE words after a title
 * word, as each one's index terms: what namesNewPerson asks of the question, worked out once per paragraph —
 * the name kinds only for a paragraph that holds a title. Keyed by the text, so re-indexed coverage meets no old entry.
 */
const titledNamesBy = new WeakMap<WordKnowledge, (text: string) => ReadonlyArray<readonly string[]>>();

function titledNames(knows: WordKnowledge): (text: string) => ReadonlyArray<readonly string[]> {
  let of = titledNamesBy.get(knows);
  if (!of) {
    titledNamesBy.set(knows, (of = memo((text: string) => {
      const { words: ws, terms } = indexedWords(text);
      const titled: number[] = [];
      for (let i = 0; i < ws.length; i++) {
        if (ws[i]!.script !== 'ar' || !isTitleWord(ws[i]!.norm)) continue;
        for (let j = Math.max(i + 1, (titled.at(-1) ?? -1) + 1); j <= i + NAME_AFTER_TITLE && j < ws.length; j++) titled.push(j);
      }
      if (titled.length === 0) return [];
      const kinds = nameKinds(ws, knows);
      return titled.filter((j) => kinds[j] === 'name' && ws[j]!.script === 'ar').map((j) => terms[j]!);
    }, 4096)));
  }
  return of;
}

/**
 * "Who did X meet …?", "Whom has X met", "Which Pakistani commander did X meet?": an English who-question whose subject follows
 * an auxiliary — X is the doer, the one asked is the other party. The auxiliary's index.
 */
const WHO_DID_EN = /^(?:(?:who|whom)|(?:which|what)(?:\s+\S+){1,3}?)\s+(?:did|does|do|has|have|had|will|would)\s/;
/** English verbs of meeting, which news in Arabic writes with مع ("اجتماع مع …", "لقاء مع …"). */
const MEET_EN = /^(?:meet|meets|met|meeting|meetings)$/;
/** Words that may stand in the doer before its verb ("Who did the Pakistani army chief meet"). */
const DOER_WORD_EN = /^(?:the|a|an|s|of|general|dr|mr|mrs|ms)$/;

function isDoerWord(concepts: readonly Concept[], norm: string): boolean {
  const c = conceptOfWord(concepts, norm);
  return c !== undefined && standsForDoer(c);
}

/** Words between a deed's noun and a closing "with": "hold his meeting with", "hold talks with". */
const OWNER_EN = /^(?:his|her|their|its|the|a|an)$/;
/** "من المسؤول [الباكستاني] الذي اجتمع به …؟": من, up to three words of a kind, الذي / التي / الذين, the verb, then به / معه (the one met). */
const WHOM_MET_AR = /^(?:[وف]\s*)?(?:من|مين)\s+(?:(?:هو|هي|هم)\s+)?(?:\p{L}+\s+){0,3}?(?:الذي|اللذي|التي|الذين)\s+(\p{L}+)\s+(?:به|بها|بهم|بهما|معه|معها|معهم|معهما)(?:\s|$)/u;

/** Words after which an Arabic question names no more of the doer: time, place, a source (بحسب). */
const AFTER_DOER_AR = /^(?:في|خلال|اثناء|عند|لدي|حين|بعد|قبل|منذ|يوم|بحسب|حسب|وفق|وفقا|طبقا)$/;

/** A who-met question: the meeting's concept and the concepts naming who met the one asked about. */
export interface MetParty {
  deed: Concept;
  doer: Concept[];
}

/**
 * "Who did General Bagheri meet during his visit?", "Who did Bagheri hold his meeting with?", "من المسؤول الذي
 * اجتمع به الجنرال باقري؟" ask for the other party of a meeting, as "مع من اجتمع …؟" does (partyPreposition): the
 * deed's concept (meet, meeting, اجتمع) and the doer's concepts, or null. The English
 * subject comes after the auxiliary, so deedAsked (the doer's "Who signed …") sees no deed; the Arabic relative
 * clause's resumptive pronoun (به، معه) says that the one asked about is met, not the one meeting.
 */
export function metParty(question: string, concepts: readonly Concept[]): MetParty | null {
  const ws = words(question);
  const norms = ws.map((w) => w.norm);
  const conceptsOf = (ns: readonly string[]) => ns.map((n) => conceptOfWord(concepts, n)).filter((c): c is Concept => c !== undefined);
  if (ws.length > 0 && ws[0]!.script !== 'ar') {
    const m = WHO_DID_EN.exec(norms.join(' ') + ' ');
    if (!m) return null;
    // "Who did General Bagheri meet …": the doer's names, then the verb (word indexes: the match ends after the auxiliary).
    const from = m[0].trim().split(' ').length;
    let i = from;
    while (i < norms.length && (DOER_WORD_EN.test(norms[i]!) || isDoerWord(concepts, norms[i]!))) i++;
    const doer = conceptsOf(norms.slice(from, i));
    // "… hold his meeting with?", "… hold talks with?": the noun before the closing "with" is the deed; else the verb must be "meet".
    let d = i;
    if (norms.at(-1) === 'with') for (d = norms.length - 2; d > i && OWNER_EN.test(norms[d]!); d--);
    else if (i >= norms.length || !MEET_EN.test(norms[i]!)) return null;
    const c = conceptOfWord(concepts, norms[d] ?? '');
    return c && !standsForDoer(c) ? { deed: c, doer } : null;
  }
  const form = questionForm(question);
  const m = WHOM_MET_AR.exec(form);
  const c = m ? concepts.find((x) => x.label === m[1]) : undefined;
  if (!m || !c || standsForDoer(c) || isFrameWord(c.label)) return null;
  // The doer follows the pronoun, up to a word of time or place ("… باقري خلال زيارته", "… لاريجاني في موسكو").
  const rest = words(form.slice(m[0].length)).map((w) => w.norm);
  const stop = rest.findIndex((n) => AFTER_DOER_AR.test(n));
  return { deed: c, doer: conceptsOf(stop < 0 ? rest : rest.slice(0, stop)) };
}

/** How many words of the doer's post may stand between his name, right after the meeting, and the party met. */
const DOER_EPITHET = 7;

/**
 * A meeting is a meeting whichever word tells it: "اجتمع به" is answered by "عقد لقاءات مع …", "التقى … بالرئيس".
 * The Arabic words of the class (exact stems, no letter skeleton: محادثات's would meet محدّث, "updated").
 */
const MEETING_STEMS: ReadonlySet<string> = new Set(
  indexTermsOf(words('اجتماع اجتمع لقاء لقائهما التقى يلتقي محادثات مباحثات')).filter((t) => !t.startsWith(ROOTISH)),
);

/**
 * Whether the text writes a word of the meeting (MEETING_STEMS, or an exact single-term alternative of the deed) up to four
 * words — the doer's own words and titles not counted — before the party met: after مع ("خلال اجتماع مع رئيس أركان الجيش …"), or a title joined to ب ("التقى … بالرئيس الروسي",
 * "لقاء جمع لاريجاني بوزير الداخلية"). A party written with its title is someone met, even where the question names
 * that title ("من هو وزير الداخلية الذي اجتمع به …"); any other party must not be one the question names (namesParty).
 */
export function namesMetParty(text: string, met: MetParty, asked: ReadonlySet<string> = new Set(), knows?: WordKnowledge): boolean {
  const single = (c: Concept) => c.alternatives.filter((a) => a.terms.length === 1).map((a) => a.terms[0]!);
  const stems = new Set([...MEETING_STEMS, ...single(met.deed).filter((t) => !t.startsWith(ROOTISH))]);
  const doer = new Set(met.doer.flatMap(single));
  const { words: ws, terms } = indexedWords(text);
  const meets = (i: number) => terms[i]!.some((t) => stems.has(t));
  const isDoer = (i: number) => terms[i]!.some((t) => doer.has(t));
  const first = ws.findIndex((_, i) => meets(i));
  // "زار وزير الداخلية الباكستاني محسن نقوي طهران، وعقد لقاءات مع …": a meeting after someone else's title and name is theirs.
  if (first < 0 || (knows && othersMeeting(ws, terms, first, doer, knows))) return false;
  for (let j = 1; j < ws.length; j++) {
    const w = ws[j]!;
    if (w.script !== 'ar') continue;
    const withTitle = w.norm.startsWith('ب') && isTitleWord(w.norm);
    if (!withTitle) {
      if (w.norm !== 'مع' || j + 1 >= ws.length) continue;
      if (!(ws[j + 1]!.script === 'ar' && isTitleWord(ws[j + 1]!.norm)) && terms[j + 1]!.some((t) => asked.has(t))) continue;
    }
    // Up to four words back to the meeting, not counting the doer's own words and titles ("في لقاء جمع السيد علي لاريجاني بوزير …").
    for (let i = j - 1, budget = 4; i >= 0 && budget > 0; i--) {
      if (meets(i)) return true;
      if (!isDoer(i) && !(ws[i]!.script === 'ar' && isTitleWord(ws[i]!.norm))) budget--;
    }
    // The meeting, then the doer's name, then his post: "التقى علي لاريجاني أمين المجلس الأعلى للأمن القومي الإيراني بالرئيس".
    for (let k = j - 1; k >= Math.max(0, j - 1 - DOER_EPITHET); k--) {
      if (!isDoer(k)) continue;
      for (let i = Math.max(0, k - 3); i < k; i++) if (meets(i)) return true;
    }
  }
  return false;
}

/**
 * Whether someone other than the question's doer — a title not among the doer's words (`doer`: their concepts' stems),
 * with a name no dictionary knows up to NAME_AFTER_TITLE words after it, not the doer's either — stands before word
 * `end`: the doer of what follows.
 */
function othersMeeting(ws: ReturnType<typeof indexedWords>['words'], terms: ReadonlyArray<readonly string[]>, end: number, doer: ReadonlySet<string>, knows: WordKnowledge): boolean {
  const isAsked = (k: number) => terms[k]!.some((t) => doer.has(t));
  let kinds: Array<string | null> | undefined;
  for (let i = 0; i < end; i++) {
    if (ws[i]!.script !== 'ar' || !isTitleWord(ws[i]!.norm) || isAsked(i)) continue;
    kinds ??= nameKinds(ws, knows);
    for (let j = i + 1; j <= i + NAME_AFTER_TITLE && j < end; j++) if (kinds[j] === 'name' && ws[j]!.script === 'ar' && !isAsked(j)) return true;
  }
  return false;
}
