/**
 * "مع أي قناة تحدث قاليباف؟", "ما الصحيفة التي …", "Which agency reported …?" ask which one of a kind
 * of named thing. Arabic news names an outlet, a channel or an operation by its kind noun and the name
 * in quotes — شبكة "جيو نيوز"، قناة "إيران إنترناشيونال"، وكالة «إرنا» —, so the paragraph that writes
 * the asked kind (or a word for it) right before a quoted name answers "which". Used only to rank.
 */
import { normalizeCached } from '../text/normalize.js';
import { memo } from '../text/memo.js';
import { stemmedWords, terms } from '../text/tokenize.js';
import { exactStems, questionForm, type Concept } from './query.js';
import { arabicInflectionForms } from './name-words.js';

/** "أي X" after an optional preposition, "ما (هو/هي) الX [الY] التي/الذي", "which X". */
const WHICH = /^(?:[وف]?(?:(?:ل|ب)(?=اي\s)|(?:مع|في|من|علي|الي|عن|الى|إلى)\s+)?اي\s+(\p{L}+)|[وف]?ما\s+(?:(?:هو|هي)\s+)?(ال\p{L}+)\s+(?:ال\p{L}+\s+)?(?:التي|الذي|الذين)(?=\s)|(?:and\s+|so\s+)?which\s+(\p{L}+))/u;

/** The concept of the kind the question asks one of, or null. */
export function whichKind(question: string, concepts: readonly Concept[]): Concept | null {
  const m = WHICH.exec(questionForm(question).toLowerCase());
  const noun = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!noun) return null;
  return concepts.find((c) => c.label === noun) ?? null;
}

/**
 * A word right before an opening quote: the kind noun of a quoted name (شبكة "جيو نيوز"). Tried only
 * where a word starts (the lookbehind): from inside a word the same run ends at the same place, so it
 * finds the same words, without running through the rest of every word of the paragraph first.
 */
const BEFORE_QUOTE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[\s\u00a0]*[«"“„]/gu;

/**
 * The stems that write the kind: the concept's own, and those of the words its glossary entries list
 * with it (`synonyms`: قناة ~ شبكة, both "broadcaster") — news prose names a channel a network.
 */
export function kindStems(kind: Concept, synonyms: (word: string) => readonly string[] | undefined): Set<string> {
  const out = new Set(exactStems(kind));
  for (const f of arabicInflectionForms(kind.label)) for (const s of synonyms(f) ?? []) for (const t of terms(s)) out.add(t);
  return out;
}

/**
 * A quote BEFORE_QUOTE can find after normalization: its own marks and the fullwidth " that NFKC folds
 * to one (no other code point normalizes to them). Most paragraphs hold none: they are not normalized.
 */
const ANY_QUOTE = /[«"“„\uff02]/u;

/** The index terms of a single word before a quote: the same few kind nouns recur in every ranking. */
const wordTerms = memo(terms, 4096);

/** Whether the text names one of the kind: a word of the kind (`stems`) right before a quoted name. */
export function namesOneOf(text: string, stems: ReadonlySet<string>): boolean {
  if (stems.size === 0 || !ANY_QUOTE.test(text)) return false;
  return beforeQuotes(text).some((ts) => ts.some((t) => stems.has(t)));
}

/**
 * The index terms of each word right before a quote in a text: what namesOneOf asks of the kind's stems,
 * found once per paragraph (the search after search re-ranks the same ones). Keyed by the text itself.
 */
const beforeQuotes = memo((text: string): ReadonlyArray<readonly string[]> => [...normalizeCached(text).matchAll(BEFORE_QUOTE)].map((m) => wordTerms(m[1]!)), 4096);

/**
 * Kinds whose members are places: "ما الدول التي …", "أي بلدان …", "Which countries …" ask for places, and
 * news names them in a list ("بين الدول الإسلامية الرئيسية، بما في ذلك إيران وباكستان وتركيا والسعودية"),
 * not as a quoted name after the kind noun. Normalized, without the article.
 */
const PLACE_KINDS = /^(?:دول|بلدان|بلاد|دولتين|دولتان|البلدين|بلدين|عواصم|مدن|countries|nations|states|cities|capitals)$/;

/** A nisba's ending: the adjective of a place (الإيراني، Pakistani, Iranian) names the place. */
const NISBA_ENDINGS = [/(?:يه|يون|يين|ين|ي)$/, /(?:ian|i|ese|ish)$/];

/** Whether the kind asked is one of places (PLACE_KINDS). */
export function asksForPlaces(kind: Concept): boolean {
  return PLACE_KINDS.test(kind.label.replace(/^ال(?=\p{L}{3})/u, ''));
}

/**
 * Whether the text names at least `least` (a list: three) different places the glossary lists (countries, capitals and their
 * adjectives: الإيراني is إيران's), the question's own (`asked`: their normalized forms) left out.
 */
export function namesPlaces(text: string, place: (word: string) => boolean, asked: ReadonlySet<string>, least = 3): boolean {
  const seen = new Set<string>();
  for (const forms of wordForms(text)) {
    const hit = forms.find((f) => place(f));
    if (hit === undefined || forms.some((f) => asked.has(f))) continue;
    // الإيراني and إيران, Pakistani and Pakistan are one place.
    seen.add(NISBA_ENDINGS.map((e) => hit.replace(e, '')).find((f) => f !== hit && place(f)) ?? hit);
    if (seen.size >= least) return true;
  }
  return false;
}

/** Per word of a text, the forms namesPlaces looks up (an Arabic word's inflections), worked out once per paragraph. Keyed by the text itself. */
const wordForms = memo((text: string): ReadonlyArray<readonly string[]> => stemmedWords(text).words.map((w) => (w.script === 'latin' ? [w.norm] : w.script === 'ar' ? arabicInflectionForms(w.norm) : [])), 4096);
