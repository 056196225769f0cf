/** The corpus's own vocabulary indexed by consonant skeleton, to find a name's spelling in the other script. */
import { arabicSkeleton, latinSkeletons, skeletonsMatch, startsWithVowelArabic, startsWithVowelLatin, vowelsAgree } from '../text/transliterate.js';
import { isContentWord, rootishTerms, stemWord, type Word } from '../text/tokenize.js';
import type { NameKind } from './name-words.js';

interface Entry {
  skeleton: string;
  stem: string;
  vowelStart: boolean;
  form: string;
  /** a bare Arabic dictionary word: reachable only from a name no dictionary knows */
  bare: boolean;
}

const ARABIC_PROCLITICS = /^(?:وال|بال|فال|كال|لل|ال|و)(?=..)/;
/** skeletons this long or longer may differ by one edit (see skeletonsMatch) */
const FUZZY_FROM = 5;
/** lookups remembered (questions repeat words; a lookup is ~40 % of building a question's concepts) */
const LOOKUP_CACHE = 4096;

function deletions(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

/**
 * Entries by skeleton, with a one-deletion index (SymSpell) for long skeletons, so a lookup
 * touches only the few candidates within one edit instead of the whole vocabulary.
 */
class SkeletonTable {
  private readonly exact = new Map<string, Entry[]>();
  private readonly deleted = new Map<string, Entry[]>();

  private static push(map: Map<string, Entry[]>, key: string, e: Entry): void {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }

  add(e: Entry): void {
    if (e.skeleton.length < 2) return;
    SkeletonTable.push(this.exact, e.skeleton, e);
    if (e.skeleton.length >= FUZZY_FROM) for (const d of deletions(e.skeleton)) SkeletonTable.push(this.deleted, d, e);
  }

  /** Entries whose skeleton matches s: equal, or one edit apart when both are long. */
  candidates(s: string): Entry[] {
    const out = new Set<Entry>(this.exact.get(s) ?? []);
    if (s.length >= FUZZY_FROM) {
      for (const e of this.deleted.get(s) ?? []) out.add(e);
      for (const d of deletions(s)) {
        for (const e of this.exact.get(d) ?? []) out.add(e);
        for (const e of this.deleted.get(d) ?? []) out.add(e);
      }
    }
    return [...out].filter((e) => skeletonsMatch(s, e.skeleton));
  }
}

/** A Latin word written with a capital (Mohsin, Press), as names are. */
function capitalized(word: Word): boolean {
  return word.script === 'latin' && /^\p{Lu}/u.test(word.raw);
}

export class NameIndex {
  private readonly arabic = new SkeletonTable();
  private readonly latin = new SkeletonTable();
  private readonly seen = new Set<string>();
  /** coarse Arabic forms (~منر) met from words standing as names (عاصم منير), and from other words */
  private readonly coarseOfNames = new Set<string>();
  /** coarse form → stems of the ordinary words it was met from */
  private readonly coarseOfWords = new Map<string, Set<string>>();
  private readonly coarseSeen = new Set<string>();
  /** least recently used first (a Map keeps insertion order; a hit is moved to the end) */
  private readonly cache = new Map<string, readonly string[]>();

  /**
   * @param kinds per word, whether it could be a name (see name-words.ts); only those are offered
   * to the other script, so "sorry" does not pass for سار nor برسالة for "Brazil". Without it
   * every content word counts (no dictionary to tell names from words).
   */
  add(words: Word[], kinds?: ReadonlyArray<NameKind | null>): void {
    words.forEach((w, i) => {
      if (!isContentWord(w) || w.script === 'digit') return;
      const kind = kinds ? kinds[i] : 'name';
      // Standing as a name: beside another (عاصم منير), not a lone word no dictionary lists (often an inflection).
      if (kinds && w.script === 'ar') this.addCoarse(w.norm, kind === 'name' && (kinds[i - 1] === 'name' || kinds[i + 1] === 'name'));
      if (!kind) return;
      // A word met once as a name beside another stays one; met bare first, it may still be met as a name.
      const key = `${kind}:${w.norm}`;
      if (this.seen.has(key) || this.seen.has(`name:${w.norm}`)) return;
      this.seen.add(key);
      this.cache.clear();
      const bare = kind === 'bare';
      const stem = stemWord(w.norm, w.script);
      if (w.script === 'ar') {
        // Only the form without proclitics: "وامن" must not pass for a name starting with a consonant.
        const form = w.norm.replace(ARABIC_PROCLITICS, '');
        this.arabic.add({ skeleton: arabicSkeleton(form), stem, vowelStart: startsWithVowelArabic(form), form, bare });
      } else {
        for (const skeleton of latinSkeletons(w.norm)) {
          this.latin.add({ skeleton, stem, vowelStart: startsWithVowelLatin(w.norm), form: w.norm, bare });
        }
      }
    });
  }

  private addCoarse(norm: string, named: boolean): void {
    const key = `${named ? 1 : 0}${norm}`;
    if (this.coarseSeen.has(key)) return;
    this.coarseSeen.add(key);
    const stem = stemWord(norm, 'ar');
    for (const r of rootishTerms(stem)) {
      if (named) { this.coarseOfNames.add(r); continue; }
      let stems = this.coarseOfWords.get(r);
      if (!stems) this.coarseOfWords.set(r, (stems = new Set()));
      stems.add(stem);
    }
  }

  /**
   * Whether a coarse form reaches, besides the word it came from (stem `from`), only words standing
   * as names (منير beside عاصم): المناورات ~ منر then meets someone's name and nothing new of its own.
   */
  coarseOnlyOfNames(term: string, from: string): boolean {
    if (!this.coarseOfNames.has(term)) return false;
    for (const s of this.coarseOfWords.get(term) ?? []) if (s !== from) return false;
    return true;
  }

  /**
   * Stems of corpus words in the other script that could spell the same name as `word`.
   * @param known whether a dictionary knows the word (Turkey): then bare Arabic words (طريق) are not offered.
   */
  lookup(word: Word, known = false): readonly string[] {
    const key = `${known ? 1 : 0}${capitalized(word) ? 1 : 0}${word.script}:${word.norm}`;
    let hit = this.cache.get(key);
    if (hit) this.cache.delete(key);
    else {
      hit = this.find(word, known);
      if (this.cache.size >= LOOKUP_CACHE) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, hit);
    return hit;
  }

  private find(word: Word, known: boolean): string[] {
    const isArabic = word.script === 'ar';
    const form = isArabic ? word.norm.replace(ARABIC_PROCLITICS, '') : word.norm;
    const skeletons = isArabic ? [arabicSkeleton(form)] : latinSkeletons(form);
    const vowelStart = isArabic ? startsWithVowelArabic(form) : startsWithVowelLatin(form);
    const target = isArabic ? this.latin : this.arabic;
    // Exact skeleton matches first, then those one edit away.
    const found: Array<{ stem: string; exact: boolean }> = [];
    for (const s of skeletons) {
      for (const e of target.candidates(s)) {
        if (e.vowelStart !== vowelStart || (known && e.bare)) continue;
        const [arabic, latin] = isArabic ? [form, e.form] : [e.form, form];
        if (vowelsAgree(arabic, latin, s, !isArabic && capitalized(word))) found.push({ stem: e.stem, exact: e.skeleton === s });
      }
    }
    found.sort((a, b) => Number(b.exact) - Number(a.exact));
    return [...new Set(found.map((f) => f.stem))];
  }
}

/** Shorter skeletons match ordinary words by chance too often to call a word a name. */
const SOUNDS_ALIKE_MIN = 4;

/**
 * Whether an Arabic spelling (without proclitics) and a Latin word sound the same — a name or a
 * loanword and its translation (الأرجنتين ~ Argentina), as an ordinary word and its translation
 * (الوكالة ~ agency) do not.
 */
export function soundsAlike(arabicForm: string, latin: string): boolean {
  const a = arabicSkeleton(arabicForm);
  if (a.length < SOUNDS_ALIKE_MIN || startsWithVowelArabic(arabicForm) !== startsWithVowelLatin(latin)) return false;
  return latinSkeletons(latin).some((s) => skeletonsMatch(a, s) && vowelsAgree(arabicForm, latin, s));
}
