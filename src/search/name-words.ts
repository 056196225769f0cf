/**
 * What counts as a name. Names cross scripts by sound (Larijani ↔ لاريجاني), so an ordinary word
 * must never be taken for one: "Brazil" must not reach برسالة ("with a message"), and "capital" →
 * عاصمة, which stems to عاصم, must not be carried by the name Asim (عاصم).
 *
 * Two strengths, because the two mistakes differ in cost:
 * - a word *could be a name* when the dictionary lacks it as written, once only clitics and
 *   inflection endings are removed (never verb prefixes nor the nisba ي, which turn names into
 *   words: نقوي → قوي, باقري → اقر), when an English word is capitalized inside a sentence, or when
 *   a bare Arabic dictionary word stands next to such a name (given + family name: عاصم منير).
 *   Only such words cross scripts, on both sides.
 * - a word *can only be a name* when not even the stemmer's looser forms are in the dictionary.
 *   An ordinary word whose stem meets only such words in the coverage has met a name, not itself.
 */
import { arabicLookupForms, arabicPreposition, arabicPronounEnding, AR_OBJECT_PRONOUNS, beforePronounAsWritten, englishLookupForms } from '../text/stem.js';
import { isContentWord, type Word } from '../text/tokenize.js';
import type { Lexicon } from './lexicon.js';
import { isFrameWord, isTitleWord } from './frame-words.js';

/** Dictionary knowledge about single normalized forms. */
export interface WordKnowledge {
  /** an English form the dictionary has (exact normalized form) */
  english(form: string): boolean;
  /** an Arabic form the dictionary has (exact normalized form) */
  arabic(form: string): boolean;
  /** an Arabic form the product's glossaries list as news vocabulary (تحدث, وصل, يوم): a word, never a given name */
  vocabulary?(form: string): boolean;
}

export function lexiconKnowledge(lexicon: Lexicon | null): WordKnowledge {
  return {
    english: (f) => lexicon?.knows?.(f) ?? lexicon?.enToAr(f) !== undefined,
    arabic: (f) => lexicon?.knows?.(f) ?? lexicon?.arToEn(f) !== undefined,
    vocabulary: (f) => lexicon?.synonyms?.(f) !== undefined,
  };
}

const ARABIC_PROCLITICS = /^(?:وال|بال|فال|كال|لل|ال|و)(?=..)/;

/** The word without conjunction, preposition and article: the part a name is spelled with. */
export function withoutProclitics(w: Word): string {
  return w.script === 'ar' ? w.norm.replace(ARABIC_PROCLITICS, '') : w.norm;
}

/** Forms of an Arabic word with only clitics and inflection endings removed (see the file comment). */
export function arabicInflectionForms(norm: string): string[] {
  const out = new Set<string>([norm]);
  let w = norm;
  if (w.length > 3 && /^[وف]/.test(w)) {
    w = w.slice(1);
    out.add(w);
    // A past verb's number ending on a و-initial root (وقّعا: the two signed, وقعوا: they signed): the و is the root's, not "and".
    const number = verbNumberBase(norm);
    if (number) out.add(number);
  }
  // A word's own first letters may look like a preposition or the article (لقاءه is لقاء + ه, التقاه التقى + ه): endings come off both readings.
  const readings = [w];
  let article = false;
  // A one-letter preposition leaves at least three letters (بتي is a name, not بـ + تي).
  const p = arabicPreposition(w, 3);
  if (p) { w = w.slice(p.length); out.add(w); readings.push(w); article = p.length > 1; }
  const bases = readings.flatMap(pronounBases);
  for (const b of bases) {
    out.add(b);
    if (b.endsWith('ات') && b.length >= 5) { out.add(b.slice(0, -2)); out.add(b.slice(0, -2) + 'ه'); }
    for (const s of ['ون', 'ين']) if (b.endsWith(s) && b.length - s.length >= 3) out.add(b.slice(0, -s.length));
    for (const s of ['تان', 'تين']) if (b.endsWith(s) && b.length - s.length >= 3) out.add(b.slice(0, -s.length) + 'ه'); // feminine dual
    // The plural past ending (اتفقوا, ناقشوا: they agreed, discussed).
    if (b.endsWith('وا') && b.length >= 5) out.add(b.slice(0, -2));
  }
  // A noun's nominative dual after the article (الوزيران: the two ministers, الطرفان): a bare word in ـان is
  // too often a name whose rest is a word (طهران, لبنان, سلمان), so only with the article.
  if (article && w.endsWith('ان') && w.length >= 5) out.add(w.slice(0, -2));
  return [...out];
}

/** A past verb without its dual ا or plural وا, its letters all kept (وقعا → وقع), or null. */
function verbNumberBase(norm: string): string | null {
  const s = norm.endsWith('وا') ? 'وا' : norm.endsWith('ا') ? 'ا' : null;
  return s && norm.length - s.length >= 3 ? norm.slice(0, -s.length) : null;
}

/** The dual pronouns come first: هما and كما end neither ها nor any other. */
const INFLECTION_PRONOUNS = ['هما', 'كما', ...AR_OBJECT_PRONOUNS];

/** A word and its readings without an object or possessive pronoun. */
function pronounBases(w: string): string[] {
  const bases = [w];
  if (w.length >= 4 && w.endsWith('ا')) bases.push(w.slice(0, -1)); // accusative tanween
  const s = arabicPronounEnding(w, INFLECTION_PRONOUNS);
  if (s) {
    const base = w.slice(0, -s.length);
    bases.push(base);
    if (base.endsWith('ت')) bases.push(base.slice(0, -1) + 'ه'); // ة before a pronoun is written ت
    const maqsura = beforePronounAsWritten(base);
    if (maqsura) bases.push(maqsura);
  }
  return bases;
}

/** Answers per dictionary, by written form: a corpus repeats its words, and each is asked about once. */
const memo = new WeakMap<WordKnowledge, Map<string, boolean>>();
const MEMO_LIMIT = 200_000;

function isDictionaryWord(w: Word, k: WordKnowledge): boolean {
  if (w.script === 'digit') return true;
  let m = memo.get(k);
  if (!m) memo.set(k, (m = new Map()));
  let v = m.get(w.norm);
  if (v === undefined) {
    v = w.script === 'ar' ? arabicInflectionForms(w.norm).some((f) => k.arabic(f)) || prepositionOnShortWord(w.norm, k) || objectPronounOnVerb(w.norm, k) : englishLookupForms(w.norm).some((f) => k.english(f));
    if (m.size >= MEMO_LIMIT) m.clear();
    m.set(w.norm, v);
  }
  return v;
}

/** ب ل ك on a two-letter word the glossaries list (لحل: to solve); other three-letter words keep their letters (بتي is a name). */
export function prepositionOnShortWord(norm: string, k: WordKnowledge): boolean {
  return /^[بلك]..$/.test(norm) && k.vocabulary?.(norm.slice(1)) === true;
}

/** Object and possessive pronouns of two letters or more that no name ends in (a one-letter ه or a نا would: مينا). */
const OBJECT_PRONOUN = /(?:هما|كما|ها|هم|كم)$/;

/**
 * A word carrying an object pronoun whose rest the loose lookup forms know (نواجهها: نواجه, we face, + ها)
 * is an inflected verb, not a name: names take no object pronoun. (Without one, a verb prefix stays
 * part of a name: نقوي is no قوي.)
 */
export function objectPronounOnVerb(norm: string, k: WordKnowledge): boolean {
  const m = OBJECT_PRONOUN.exec(norm);
  if (!m || norm.length - m[0].length < 3) return false;
  return arabicLookupForms(norm.slice(0, -m[0].length)).some((f) => k.arabic(f));
}

/** Not even the stemmer's loosest dictionary forms know the word: it can only be a name (or a foreign word). */
export function canOnlyBeName(w: Word, k: WordKnowledge): boolean {
  if (w.script === 'ar') return !isDictionaryWord(w, k) && !arabicLookupForms(w.norm).some((f) => k.arabic(f));
  if (w.script === 'latin') return !englishLookupForms(w.norm).some((f) => k.english(f));
  return false;
}

/**
 * Written as a name is: no ة, and no reading with a clitic or ending removed is a dictionary word
 * (ليلى may be لـ + يلي to no dictionary, so it stays bare; برسالة is بـ + رسالة).
 */
function isBareArabic(w: Word, k: WordKnowledge): boolean {
  return w.script === 'ar' && !w.norm.endsWith('ه') && !arabicInflectionForms(w.norm).slice(1).some((f) => k.arabic(f)) && !objectPronounOnVerb(w.norm, k);
}

/**
 * Whether each word of a text (or question) could be a name (see the file comment): 'name', or
 * 'bare' for a bare Arabic dictionary word (سامي, ليلى, منير are words too, and Arabic has no
 * capitals), which only a name no dictionary knows (Sami, Munir) may reach; null: not a name.
 */
export type NameKind = 'name' | 'bare';

export function nameKinds(ws: readonly Word[], k: WordKnowledge): Array<NameKind | null> {
  const base = ws.map((w, i) => {
    if (!isContentWord(w) || w.script === 'digit') return false;
    // Capitalized inside a sentence, but not an acronym (TV, EU are words).
    // A short lowercase word no dictionary knows is a URL or handle piece (com, www, pic), not a name.
    if (w.script === 'latin') return (i > 0 && /^\p{Lu}/u.test(w.raw) && !/^\p{Lu}+$/u.test(w.raw)) || (!isDictionaryWord(w, k) && !(w.norm.length <= 3 && /^\p{Ll}+$/u.test(w.raw)));
    return !isDictionaryWord(w, k);
  });
  return ws.map((w, i) => {
    if (base[i]) return 'name';
    // A verb of saying or a title beside a name introduces it (قال لاريجاني, الجنرال عاصم منير): it is not a given name.
    if (!isContentWord(w) || !isBareArabic(w, k) || isFrameWord(w.norm) || isTitleWord(w.norm)) return null;
    const next = ws[i + 1];
    const prev = ws[i - 1];
    // Next to a name of the same script, as a given name stands by a family name.
    const afterName = prev !== undefined && prev.script === 'ar' && base[i - 1] === true;
    // Before a name, a word the glossaries list is a verb before its subject, the usual Arabic order
    // (تحدث قاليباف, وصل لاريجاني); after one it may still be a family name (إسحاق دار).
    const beforeName = next !== undefined && next.script === 'ar' && base[i + 1] === true && !arabicInflectionForms(w.norm).some((f) => k.vocabulary?.(f));
    const besideName = beforeName || afterName;
    return besideName ? 'name' : 'bare';
  });
}

/**
 * Index terms met only as names in the coverage, with the spellings (without proclitics) they were
 * met as: an ordinary word reaching such a term by its stem has met someone's name.
 */
export class NameTerms {
  private readonly names = new Map<string, Set<string>>();
  private readonly plain = new Set<string>();

  add(word: Word, terms: readonly string[], k: WordKnowledge): void {
    const name = canOnlyBeName(word, k);
    for (const t of terms) {
      if (!name) { this.plain.add(t); this.names.delete(t); continue; }
      if (this.plain.has(t)) continue;
      let set = this.names.get(t);
      if (!set) this.names.set(t, (set = new Set()));
      set.add(withoutProclitics(word));
    }
  }

  /** The spellings of the names a term stands for, or null when some ordinary word also has it. */
  namesOf(term: string): ReadonlySet<string> | null {
    return this.names.get(term) ?? null;
  }

  /**
   * Whether a word spelled `surface` (no proclitics) that reaches `term` by its stem merely
   * collides with a name: the coverage has the term only as names, each the word minus an ending
   * the stemmer strips (عاصمة → عاصم, the name Asim). A longer corpus form (سكينا for سكين) is the word inflected.
   */
  collides(term: string, surface: string): boolean {
    const names = this.names.get(term);
    if (!names || names.has(surface)) return false;
    for (const n of names) if (!(surface.length > n.length && surface.startsWith(n))) return false;
    return true;
  }
}
