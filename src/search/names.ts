/** The corpus's own vocabulary indexed by consonant skeleton, to find a name's spelling in the other script. */
import { arabicSkeleton, latinSkeletons, skeletonsMatch, startsWithVowelArabic, startsWithVowelLatin, vowelsAgree } from '../text/transliterate.js';
import { isContentWord, stemWord, type Word } from '../text/tokenize.js';

interface Entry { skeleton: string; stem: string; vowelStart: boolean; form: string }

const ARABIC_PROCLITICS = /^(?:وال|بال|فال|كال|لل|ال|و)(?=..)/;
/** skeletons this long or longer may differ by one edit (see skeletonsMatch) */
const FUZZY_FROM = 5;

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

export class NameIndex {
  private readonly arabic = new SkeletonTable();
  private readonly latin = new SkeletonTable();
  private readonly seen = new Set<string>();

  /**
   * @param isCommonWord Latin words a dictionary knows are names only when capitalized inside a
   * sentence; otherwise "sorry" would pass for the Arabic "سار".
   */
  add(words: Word[], isCommonWord: (w: Word) => boolean = () => false): void {
    words.forEach((w, i) => {
      if (!isContentWord(w) || w.script === 'digit' || this.seen.has(w.norm)) return;
      if (w.script === 'latin' && isCommonWord(w) && !(i > 0 && /^\p{Lu}/u.test(w.raw))) return;
      this.seen.add(w.norm);
      const stem = stemWord(w.norm, w.script);
      if (w.script === 'ar') {
        // Only the form without proclitics: "وامن" must not pass for a name starting with a consonant.
        const form = w.norm.replace(ARABIC_PROCLITICS, '');
        this.arabic.add({ skeleton: arabicSkeleton(form), stem, vowelStart: startsWithVowelArabic(form), form });
      } else {
        for (const skeleton of latinSkeletons(w.norm)) {
          this.latin.add({ skeleton, stem, vowelStart: startsWithVowelLatin(w.norm), form: w.norm });
        }
      }
    });
  }

  /** Stems of corpus words in the other script that could spell the same name as `word`. */
  lookup(word: Word): string[] {
    const isArabic = word.script === 'ar';
    const form = isArabic ? word.norm.replace(ARABIC_PROCLITICS, '') : word.norm;
    const skeletons = isArabic ? [arabicSkeleton(form)] : latinSkeletons(form);
    const vowelStart = isArabic ? startsWithVowelArabic(form) : startsWithVowelLatin(form);
    const target = isArabic ? this.latin : this.arabic;
    // Exact skeleton matches first, then those one edit away.
    const found: Array<{ stem: string; exact: boolean }> = [];
    for (const s of skeletons) {
      for (const e of target.candidates(s)) {
        if (e.vowelStart !== vowelStart) continue;
        const [arabic, latin] = isArabic ? [form, e.form] : [e.form, form];
        if (vowelsAgree(arabic, latin, s)) found.push({ stem: e.stem, exact: e.skeleton === s });
      }
    }
    found.sort((a, b) => Number(b.exact) - Number(a.exact));
    return [...new Set(found.map((f) => f.stem))];
  }
}
