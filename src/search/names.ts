/** The corpus's own vocabulary indexed by consonant skeleton, to find a name's spelling in the other script. */
import { arabicSkeleton, latinSkeletons, skeletonsMatch, startsWithVowelArabic, startsWithVowelLatin, vowelsAgree } from '../text/transliterate.js';
import { isContentWord, stemWord, type Word } from '../text/tokenize.js';

interface Entry { skeleton: string; stem: string; vowelStart: boolean; form: string }

const ARABIC_PROCLITICS = /^(?:وال|بال|فال|كال|لل|ال|و)(?=..)/;

export class NameIndex {
  private readonly arabic = new Map<number, Entry[]>();
  private readonly latin = new Map<number, Entry[]>();
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
        this.put(this.arabic, { skeleton: arabicSkeleton(form), stem, vowelStart: startsWithVowelArabic(form), form });
      } else {
        for (const skeleton of latinSkeletons(w.norm)) {
          this.put(this.latin, { skeleton, stem, vowelStart: startsWithVowelLatin(w.norm), form: w.norm });
        }
      }
    });
  }

  private put(map: Map<number, Entry[]>, e: Entry): void {
    if (e.skeleton.length < 2) return;
    let list = map.get(e.skeleton.length);
    if (!list) map.set(e.skeleton.length, (list = []));
    list.push(e);
  }

  /** Stems of corpus words in the other script that could spell the same name as `word`. */
  lookup(word: Word): string[] {
    const isArabic = word.script === 'ar';
    const skeletons = isArabic ? [arabicSkeleton(word.norm)] : latinSkeletons(word.norm);
    const vowelStart = isArabic ? startsWithVowelArabic(word.norm) : startsWithVowelLatin(word.norm);
    const target = isArabic ? this.latin : this.arabic;
    const bare = isArabic ? word.norm.replace(ARABIC_PROCLITICS, '') : word.norm;
    const out = new Set<string>();
    for (const s of skeletons) {
      for (const len of [s.length - 1, s.length, s.length + 1]) {
        for (const e of target.get(len) ?? []) {
          if (e.vowelStart !== vowelStart || !skeletonsMatch(s, e.skeleton)) continue;
          const [arabic, latin] = isArabic ? [bare, e.form] : [e.form, word.norm];
          if (vowelsAgree(arabic, latin, s)) out.add(e.stem);
        }
      }
    }
    return [...out];
  }
}
