/**
 * What two people did together: "What did Pezeshkian and Putin agree on at their last meeting?", "ما الذي اتفق عليه
 * لاريجاني وإسحاق دار؟" ask of a deed both took part in; a paragraph naming only one of them (Larijani's meeting with
 * Putin, Pezeshkian's visit to Pakistan) tells someone else's. The first must be a person: two countries are named
 * together in many ways ("the two countries", round 4); the second is the word after "and" / و (بوتين reads as a
 * dictionary word). Not what they said: one may speak for both.
 */
import { asksForWords, isFrameWord, isSayingWord } from './frame-words.js';
import { conceptOfWord, questionForm, type Concept } from './query.js';
import { questionWords } from './question-words.js';
import { normalizeCached } from '../text/normalize.js';

/** The question asks what was done or said: "what / which …", "ما / ماذا / علام …". */
const ASKS_WHAT = /^(?:and |so |[وف])?(?:what|which|ما|ماذا|ماهي|ماهو|علام|عما)(?=\s|$)/;
const AND = /^(?:and|&)$/;

/** A person named by a word no dictionary knows (not a place or proper noun). */
const person = (c: Concept | undefined): c is Concept => c !== undefined && c.name === true && !c.place && !c.proper;

const ARABIC = /[\u0600-\u06FF]/u;
const LATIN = /[a-z]/i;
const scriptOf = (s: string): RegExp => (ARABIC.test(s) ? ARABIC : LATIN);

/**
 * Whether a text could show the word: a person's name only where the text is written in a script one of its spellings
 * uses. "Dar" reaches only the English post that writes it (FreeDict's DAR keeps it from دار), so an Arabic paragraph
 * telling of Dar cannot be seen to name him; a word of the dictionary is translated, and seen anywhere.
 */
export function canShow(c: Concept, text: string): boolean {
  return !person(c) || c.alternatives.some((a) => scriptOf(a.terms[0]!).test(text));
}

/**
 * The two a "what did X and Y …" question joins — X a person (the last word of the name), Y the first word after
 * "and" — or null. In Arabic Y's first word carries the و ("بزشكيان وبوتين").
 */
export function jointDoersAsked(question: string, concepts: readonly Concept[]): Concept[] | null {
  const form = questionForm(question).toLowerCase();
  if (!ASKS_WHAT.test(form)) return null;
  const ws = questionWords(question);
  // "Which threat did Larijani and Ishaq Dar say …": words said together are left to attribution (one may speak for both).
  if (ws.some((w) => asksForWords(w.norm.toLowerCase()) || isSayingWord(w.norm.toLowerCase()))) return null;
  for (let i = 0; i + 1 < ws.length; i++) {
    const x = conceptOfWord(concepts, ws[i]!.norm.toLowerCase());
    if (!person(x)) continue;
    const next = ws[i + 1]!.norm.toLowerCase();
    const y = AND.test(next) && i + 2 < ws.length ? conceptOfWord(concepts, ws[i + 2]!.norm.toLowerCase()) : next.startsWith('و') ? conceptOfWord(concepts, next) : undefined;
    // The second may be any word joined to a person's name: بوتين is FreeDict's "butene", no name (README, round 4).
    if (y !== undefined && y !== x && !isFrameWord(y.label)) return [x, y];
  }
  return null;
}

/** "الجانبان", "الطرفان", "both sides", "the two sides": a pair told of before (normalized). */
const BOTH_SIDES = /(?:^|[^\p{L}])(?:[وفل]?(?:ال)?(?:جانبان|جانبين|طرفان|طرفين)|both (?:sides|parties|men|leaders)|the two (?:sides|parties|men|leaders))(?=$|[^\p{L}])/u;

/** Whether a paragraph speaks of a pair as such ("وفي ختام اللقاء، شدد الجانبان …"): it goes on with the two it told of. */
export function speaksOfBothSides(text: string): boolean {
  return BOTH_SIDES.test(normalizeCached(text).toLowerCase());
}
