/**
 * "Who signed …?", "من وقّع الاتفاقيات …؟", "من الذي مثّل …؟" ask for the doer of a deed: the
 * paragraph that tells of the deed (الاتفاقيات الموقعة بين …) names its doer, while one that only
 * sets the scene (the same agreements' year, the same parties) does not. Used only to rank, never to
 * decline: an Arabic verb meets its noun or participle (وقّع, الموقعة) only through weaker alternatives.
 */
import { deedAsked, standsForDoer } from './role.js';
import { isFrameWord, isTitleWord } from './frame-words.js';
import { nameKinds, type WordKnowledge } from './name-words.js';
import { namesSomeone, questionForm, type Concept } from './query.js';
import { memo } from '../text/memo.js';
import { indexedWords, words } from '../text/tokenize.js';

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
