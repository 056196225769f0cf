/**
 * "Who signed …?", "من وقّع الاتفاقيات …؟", "من الذي مثّل …؟" ask for the doer of a deed: the
 * paragraph that tells of the deed (الاتفاقيات الموقعة بين …) names its doer, while one that only
 * sets the scene (the same agreements' year, the same parties) does not. Used only to rank, never to
 * decline: an Arabic verb meets its noun or participle (وقّع, الموقعة) only through weaker alternatives.
 */
import { deedAsked, standsForDoer } from './role.js';
import { isFrameWord } from './frame-words.js';
import { questionForm, type Concept } from './query.js';

/** "من / مين" (who; "مع من": with whom, "إلى من", "على من", "عن من"), optionally "الذي / التي / هو الذي", then the verb — at the start (after "and"/"so"). */
const WHO_DID_AR = /^(?:[وف]\s*)?(?:(?:مع|الي|علي|عن)\s+)?(?:من|مين)\s+(?:(?:(?:هو|هي)\s+)?(?:الذي|اللذي|التي|الذين)\s+)?(\p{L}+)/u;
/** "من هو / من يكون / من كان" ask who someone is (role.ts), not who did something. */
const NOT_A_DEED_AR = /^(?:هو|هي|هم|يكون|تكون|كان|كانت|كانوا|قبل|بين|اجل|خلال|جانب|جهه)$/;

export function doerDeed(question: string, concepts: readonly Concept[]): Concept | null {
  const english = deedAsked(question, concepts);
  if (english) return english;
  const m = WHO_DID_AR.exec(questionForm(question));
  const verb = m?.[1];
  if (!verb || NOT_A_DEED_AR.test(verb) || isFrameWord(verb)) return null;
  const c = concepts.find((x) => x.label === verb);
  return c && !standsForDoer(c) ? c : null;
}
