/**
 * Two shapes of question that the share of matched weight (abstain.ts) misjudges:
 * - a near miss: the best paragraph matches only names the coverage is about (Larijani, Asim
 *   Munir), while what is asked of them ("children", "son", "constitution") is a dictionary word
 *   the coverage never uses. The coverage names the people; it does not say this about them.
 * - a long, reworded question: a journalist's twelve-word question loses several words to
 *   paraphrase, so its share drops below the threshold although one paragraph matches several
 *   specific ordinary words together. Enough independent evidence answers, whatever the share.
 */

/** What the decision needs to know of each concept of the question (numbers left out). */
export interface ConceptEvidence {
  /** the question word as the user wrote it, for "the coverage never mentions …" */
  word?: string;
  /** idf of the concept's best alternative in the coverage (the highest idf when absent) */
  idf: number;
  /** nothing in the coverage holds it, even translated */
  absent: boolean;
  /** the word could be a name (names cross scripts; see name-words.ts) */
  name: boolean;
  /** a name the search is sure of: capitalized English, or one the dictionary lists as a place */
  sureName: boolean;
  /** a place the glossary lists: for a near miss, a name like a person's */
  place?: boolean;
  /** a dictionary (or glossary) word: its absence from the coverage is telling */
  known: boolean;
  /** matched by the best paragraph */
  matched: boolean;
  /** found in the coverage only by a coarse form (a letter skeleton): جامعة's ~جمع meets اجتماع */
  coarseOnly?: boolean;
  /** a verb that frames any news question (say, wrote, make, قال, كتب): no evidence of topic */
  frame?: boolean;
  /** a title (president, وزير): with a name, it says who, not what */
  title?: boolean;
  /** a noun naming the kind of answer (role, purpose, نوع): the answer seldom uses it (frame-words.ts namesKindOfAnswer) */
  answerKind?: boolean;
  /** a word of travel ("When did Naqvi travel …", قدومه): news tells a trip in its own words (travel.ts) */
  travel?: boolean;
}

/** Several ordinary words matched together in one paragraph, weighing this many "word never seen" idfs together. */
export const MANY_MATCHED = { concepts: 3, ordinary: 2, idfShare: 1.1 };

export const NEAR_MISS_MAX_CONCEPTS = 5;

/**
 * The best paragraph matches names only — a sure name, or two (a full name) — besides verbs that
 * frame any question (said, wrote), while an ordinary word of the question is nowhere in the coverage,
 * or only by a coarse form. (One unsure name alone may be an inflected word the dictionary lacks,
 * as Arabic verbs often are.)
 */
export function isNearMiss(concepts: readonly ConceptEvidence[]): boolean {
  // A long question whose best paragraph meets only its names is more likely reworded than a near miss.
  if (concepts.filter((c) => !c.frame).length > NEAR_MISS_MAX_CONCEPTS) return false;
  const evidence = concepts.filter((c) => c.matched && !c.frame && !c.coarseOnly);
  if (evidence.length === 0 || !evidence.every((c) => c.name || c.place || c.title)) return false;
  const names = evidence.filter((c) => !c.title);
  if (names.length === 0 || (names.length < 2 && !names.some((c) => c.sureName))) return false;
  return askedButMissing(concepts).length > 0;
}

/** The ordinary words of the question the coverage lacks, or has only by a coarse form: what a near miss asks about. */
export function askedButMissing(concepts: readonly ConceptEvidence[]): ConceptEvidence[] {
  return concepts.filter((c) => (c.absent || c.coarseOnly) && c.known && !c.name && !c.place && !c.frame && !c.title && !c.answerKind && !c.travel);
}

/**
 * The best paragraph matches at least three concepts, two of them ordinary words, whose idfs add up
 * to more than a word the coverage never uses (`maxIdf`), and no sure name of the question is missing.
 */
export function matchesEnough(concepts: readonly ConceptEvidence[], maxIdf: number): boolean {
  const matched = concepts.filter((c) => c.matched);
  if (matched.length < MANY_MATCHED.concepts) return false;
  if (matched.filter((c) => !c.name).length < MANY_MATCHED.ordinary) return false;
  if (concepts.some((c) => c.absent && c.sureName)) return false;
  return matched.reduce((a, c) => a + c.idf, 0) >= MANY_MATCHED.idfShare * maxIdf;
}
