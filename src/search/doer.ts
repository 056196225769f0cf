/**
 * "Who signed …?", "من وقّع الاتفاقيات …؟", "من الذي مثّل …؟" ask for the doer of a deed: the
 * paragraph that tells of the deed (الاتفاقيات الموقعة بين …) names its doer, while one that only
 * sets the scene (the same agreements' year, the same parties) does not. Used only to rank, never to
 * decline: an Arabic verb meets its noun or participle (وقّع, الموقعة) only through weaker alternatives.
 */
import { deedAsked, standsForDoer } from './role.js';
import { isFrameWord } from './frame-words.js';
import { questionForm, type Concept } from './query.js';
import { indexTermsOf, stemmedWords } from '../text/tokenize.js';

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
  const ws = stemmedWords(text).words;
  for (let i = 0; i < ws.length; i++) {
    if (!indexTermsOf([ws[i]!]).some((t) => stems.has(t))) continue;
    for (let j = i + 1; j <= i + 4 && j < ws.length; j++) {
      if (ws[j]!.norm !== preposition) continue;
      const after = ws[j + 1];
      if (after && !indexTermsOf([after]).some((t) => asked.has(t))) return true;
    }
  }
  return false;
}
