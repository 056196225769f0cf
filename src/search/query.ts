/** A structured query: each concept of the question is a set of interchangeable alternatives (the word itself, its translations, its transliterations). */
import { normalizeText } from '../text/normalize.js';
import { ROOTISH } from '../text/tokenize.js';

export interface Alternative {
  /** Stemmed terms; more than one means a phrase: every term must occur. */
  terms: string[];
  /** How much a match on this alternative counts for its concept (0–1). */
  weight: number;
  /** Where it came from, for explanations and debugging. */
  source: 'query' | 'dictionary' | 'transliteration';
}

export interface Concept {
  /** The question words this concept stands for. */
  label: string;
  /** the question word as the user wrote it (for "the coverage never mentions …") */
  word?: string;
  /** whether the question word could be a name (see name-words.ts) */
  name?: boolean;
  /** whether the dictionary knows the word as a proper name (Japan, اليابان: a country, not a word) */
  proper?: boolean;
  /** an Arabic word the context shows to be a name (beside another name, after "قال"): missing, it weighs as one */
  surelyName?: boolean;
  /** the dictionary translates the word itself (Office, Press: capitalized, yet ordinary words) */
  dictionaryWord?: boolean;
  /** a place the glossary lists (Pakistan, الباكستاني): what the coverage is about, like a person's name */
  place?: boolean;
  /** who the question asks to have said something ("what did <speaker> say …") */
  speaker?: boolean;
  /** a word of who the question asks to have said something, name or not ("ماذا قالت الوكالة الدولية للطاقة الذرية …") */
  speakerWord?: boolean;
  /** whether the word is what the question is about ("… say about <topic>") */
  topic?: boolean;
  /** the noun the question asks for ("What was the <outcome> of …", "ما <نتيجة> …"): see markAskedFor */
  askedFor?: boolean;
  alternatives: Alternative[];
  /**
   * Whether the search can tell if the coverage holds this concept: its word occurs in the index,
   * or a dictionary or transliteration says what to look for. An untranslatable foreign word's
   * absence says little, so it weighs less when deciding to abstain.
   */
  known: boolean;
}

/** The concept's one-word alternatives as index stems, coarse forms left out: what a word of a text stems to when it is this concept. */
export function exactStems(c: Concept): string[] {
  return c.alternatives.filter((a) => a.terms.length === 1 && !a.terms[0]!.startsWith(ROOTISH)).map((a) => a.terms[0]!);
}

/** Of a concept's exact stems, those the coverage holds (`has`): what a text's word must stem to, to be this concept there. */
export function stemsIn(c: Concept, has: (term: string) => boolean): Set<string> {
  return new Set(exactStems(c).filter(has));
}

/** The concept a question's word (normalized) belongs to: its own, or the phrase it is part of (إسلام of "اسلام اباد"). */
export function conceptOfWord(concepts: readonly Concept[], norm: string): Concept | undefined {
  return concepts.find((c) => c.label.split(' ').includes(norm));
}

/** A name, a place or a proper noun: who or where the question is about, not what is done or asked. */
export function namesSomeone(c: Concept): boolean {
  return c.name === true || c.place === true || c.proper === true;
}

/** A question as the question-shape patterns read it (who is, how many, how do I …): normalized, leading punctuation dropped. */
export function questionForm(question: string): string {
  return normalizeText(question).replace(/^[\s¿?،,.!؟"'«]+/, '');
}
