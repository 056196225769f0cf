/**
 * "لأي وسيلة إعلام تحدث قاليباف عن …؟", "Which channel did X speak to about …?" ask for the outlet someone spoke to.
 * News names the speaker and what he said in one paragraph, and the interview's outlet in the next, going on
 * with the same speaker unnamed: "أكد … قاليباف … أن طهران يمكن أن تنضم …" then "وحثّ خلال مقابلة مع شبكة
 * "جيو نيوز" …". That next paragraph shares no word with the question, so BM25 never finds it: it is brought
 * right before the paragraph it goes on from (it holds the answer). Used only to rank, never to decline.
 */
import { indexTermsOf, words } from '../text/tokenize.js';
import { namesOneOf } from './which-named.js';

/** Kind nouns of news outlets, Arabic (with the one-letter prepositions the stemmer leaves on: لوكالة، لقناة) and English. */
const OUTLET_WORDS = 'قناة شبكة صحيفة جريدة وكالة موقع إذاعة تلفزيون مجلة إعلام outlet outlets channel network newspaper paper agency media broadcaster station tv magazine website';

const OUTLET_STEMS: ReadonlySet<string> = new Set(
  OUTLET_WORDS.split(' ').flatMap((w) => (/[a-z]/.test(w) ? [w] : [w, `ل${w}`, `ب${w}`, `و${w}`])).flatMap((w) => indexTermsOf(words(w))).filter((t) => !t.startsWith('~')),
);

/** Whether a which-question (its kind noun given, which-named.ts whichKind) asks for an outlet: a word of the question is an outlet's kind. */
export function asksForOutlet(question: string): boolean {
  return indexTermsOf(words(question)).some((t) => OUTLET_STEMS.has(t));
}

/** Whether the text names an outlet: an outlet's kind noun right before a quoted name (شبكة "جيو نيوز", لوكالة «إرنا»). */
export function namesOutlet(text: string): boolean {
  return namesOneOf(text, OUTLET_STEMS);
}

/** How far down the order a paragraph may stand and still bring the one going on from it. */
const OUTLET_DEPTH = 3;

/**
 * The order with, before the first of its top OUTLET_DEPTH rows that names no outlet, the paragraph going on from it
 * (`next`: its row, or null) when that one names an outlet and is not ranked higher already: it holds the answer,
 * the row before it what was said. The inserted row and
 * the row it goes on from, or null when nothing moved.
 */
export function outletFollowsOn(order: readonly number[], next: (row: number) => number | null, names: (row: number) => boolean): { order: number[]; lifted: [number, number] | null } {
  for (let i = 0; i < Math.min(OUTLET_DEPTH, order.length); i++) {
    const row = order[i]!;
    if (names(row)) return { order: [...order], lifted: null };
    const n = next(row);
    if (n === null || !names(n)) continue;
    const at = order.indexOf(n);
    if (at >= 0 && at < i) return { order: [...order], lifted: null };
    const rest = order.filter((r) => r !== n);
    rest.splice(i, 0, n);
    return { order: rest, lifted: [n, row] };
  }
  return { order: [...order], lifted: null };
}
