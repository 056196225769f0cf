/**
 * "ما اسم X …؟", "What is the name of X …?" (and the plural, "ما أسماء …", "What are the names of …") asks what X is called: only a paragraph naming X as such —
 * its words together in one phrase — can give the name. "ما اسم وزير الخارجية الروسي الذي التقاه
 * لاريجاني؟" is not answered by "وزير الخارجية الباكستاني" beside Larijani, nor "ما اسم الجماعة المسلحة
 * …" by "الجماعات الإرهابية".
 */
import { words } from '../text/tokenize.js';
import { isFrameWord } from './frame-words.js';
import { questionForm, stemsIn, type Concept } from './query.js';

const NAME_QUESTION = /^(?:(?:and|so|و|ف)\s*)?(?:what(?:\s+is|\s+was|'s|’s)\s+the\s+name\s+of|what\s+(?:are|were)\s+the\s+names\s+of|(?:ما|وما|ماهو|ما\s+هو|ما\s+هي)\s+(?:اسم|اسماء))(?=\s|$)/u;

/** Where the thing named ends: a relative pronoun, a preposition, a conjunction ("… الذي التقاه", "… on the border"). */
const BOUNDARY = /^(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|من|في|فى|على|الي|لدى|لدي|مع|بين|عن|منذ|خلال|عند|و|او|who|whom|whose|that|which|in|on|at|to|from|with|between|during|since|for|by|near|and|or)$/;
/** how many content words of the thing named are checked: enough for "وزير الخارجية الروسي", "the armed group" */
const MAX_WORDS = 3;

/**
 * The words of the thing a "what is the name of …" question asks about, each as the index stems that
 * spell it (`has`: the coverage holds the stem); null for any other question. A word the coverage never
 * uses is left out: the coverage share weighs it.
 */
export function nameAsked(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Array<Set<string>> | null {
  const form = questionForm(question);
  const m = NAME_QUESTION.exec(form);
  if (!m) return null;
  const ws = words(form);
  const start = words(m[0]).length;
  const span: string[] = [];
  for (let i = start; i < ws.length && span.length < MAX_WORDS; i++) {
    const w = ws[i]!.norm;
    if (BOUNDARY.test(w)) break;
    if (w === 'the' || w === 'a' || w === 'an') continue;
    span.push(w);
  }
  const inSpan = new Set(span);
  const thing = concepts.filter((c) => c.label.split(' ').every((l) => inSpan.has(l)) && !isFrameWord(c.label) && !/^\p{N}+$/u.test(c.label));
  // The light stemmer takes a root's و for "and" (وزير → زير) and so leaves "and" on (ووزير → وزير): both spell the word.
  const stems = thing.map((c) => withAnd(stemsIn(c, has))).filter((s) => s.size > 0);
  // One word alone ("ما اسم الرئيس؟") is checked by the coverage share as any word is.
  return stems.length >= 2 ? stems : null;
}

function withAnd(stems: Set<string>): Set<string> {
  for (const s of [...stems]) if (/^[\u0600-\u06FF]{2,}$/.test(s)) stems.add(`و${s}`);
  return stems;
}
