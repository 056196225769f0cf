/**
 * "What weapons did Iran buy from Russia …?", "Which deals did Larijani sign in Moscow?" ask for the things
 * someone got or made by a deed: the verb after its doer. A coverage that never uses that verb (nor any
 * translation of it) never tells the deed, however much it tells of the doer and the trip: the things it
 * produced are not there to name. English only: an Arabic verb is met only in its own forms, so a paraphrase
 * (أبرمها for the coverage's الموقعة) would read as a deed never told — measured, see README.
 */
import { rolePlayed } from './role-played.js';
import { asksForWords, isFrameWord, isTitleWord } from './frame-words.js';
import { standsForDoer } from './role.js';
import { conceptOfWord, type Concept } from './query.js';
import { questionWords } from './question-words.js';
import { isTravelWord } from './travel.js';

const WHICH = /^(?:what|which)$/;
const AUX = /^(?:did|does|do|has|have|had|will|would|could|can)$/;
const FILLER = /^(?:the|a|an|s|its|his|her|their)$/;
/** Verbs of naming and listing ask what was said ("Which countries did Bagheri name …"), not a deed. */
const NAMING = /^(?:name|named|mention|mentioned|list|listed|cite|cited|call|called|describe|described|consider|considered|see|view|regard)$/;

/**
 * The concept of the deed a "What N did X VERB …" question asks the things of, when the
 * coverage never uses it (`absent`), is a dictionary word, and is neither a frame (say), a verb of travel nor
 * one asking for words; null otherwise.
 */
export function unseenDeedOfThings(question: string, concepts: readonly Concept[], absent: readonly boolean[]): Concept | null {
  // "What role does X play …" asks a role, which news writes without "play" (role-played.ts has its requirement).
  if (rolePlayed(question, concepts) !== null) return null;
  const ws = questionWords(question).map((w) => w.norm);
  let verb: string | undefined;
  if (WHICH.test(ws[0] ?? '')) {
    // At least one noun between the question word and the auxiliary: "What weapons did …", not "What did …".
    const aux = ws.findIndex((w, i) => i >= 2 && i <= 4 && AUX.test(w));
    if (aux < 0) return null;
    let i = aux + 1;
    for (; i < ws.length; i++) {
      const w = ws[i]!;
      if (FILLER.test(w)) continue;
      const c = conceptOfWord(concepts, w);
      if (c && (standsForDoer(c) || isTitleWord(w))) continue;
      break;
    }
    if (i === aux + 1) return null;
    verb = ws[i];
  } else return null;
  if (verb === undefined) return null;
  const c = conceptOfWord(concepts, verb);
  if (!c || !c.known || !absent[concepts.indexOf(c)] || standsForDoer(c) || isFrameWord(verb) || isTravelWord(verb) || asksForWords(verb) || NAMING.test(verb)) return null;
  return c;
}
