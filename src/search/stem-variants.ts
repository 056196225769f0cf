/**
 * Words the light stemmer files with a proclitic, or without a root letter it took for one.
 * Light10 strips a one-letter preposition (ب ل ك) only together with the article (بال، لل، كال),
 * never ف, and و only when three letters remain, so بوزير, لمسؤول, برسالة, وحثّ are indexed as they
 * stand: a question's وزير, مسؤول, رسالة, حثّ (or an English word translated to them) would never
 * meet them. The coverage's stems that are a proclitic on a word the dictionary knows — while the
 * whole is no dictionary word itself (بحث, فريق, كبير, لقاء are words, not ب + حث …) — are filed
 * under that word's stem, and a query adds them as alternatives of the word. The other way round,
 * the و of وصفت ("she described") is the root's, not "and" (صفت is filed under وصف), and so is the
 * final ك of مشترك, which the stemmer takes for "your" (مشترك is filed under مشتر); and ناقشنا ("we
 * discussed"), whose ا it takes for tanween, is filed under ناقش, and a feminine dual (دولتين → دولت)
 * under its singular (دولة → دول), and a noun's ة written ت before a pronoun (بزيارته → بزيارت) under the noun (زيارة).
 */
import { stemArabic } from '../text/stem.js';
import { isContentWord, type Word } from '../text/tokenize.js';
import { arabicInflectionForms, type WordKnowledge } from './name-words.js';

/** what the stemmer strips itself: these words are filed without their proclitics already */
const ARTICLE = /^(?:وال|بال|كال|فال|لل|ال)/;

export class StemVariants {
  private readonly byStem = new Map<string, string[]>();
  /** those whose extra letters are "and" (و ف) or "we/our" (ـنا): never a fixed expression, as بسبب is */
  private readonly sure = new Map<string, string[]>();

  /** Records a coverage word whose index stem keeps a proclitic on a dictionary word. */
  add(w: Word, k: WordKnowledge): void {
    if (w.script !== 'ar' || !isContentWord(w)) return;
    this.addRootWaw(w, k);
    this.addRootWawNoun(w, k);
    this.addRootKaf(w, k);
    this.addOurs(w, k);
    this.addFeminineDual(w, k);
    this.addPronounTa(w, k);
    // The stemmer's own first step: a leading و goes when more than three letters remain.
    const u = w.norm.length > 3 && w.norm.startsWith('و') ? w.norm.slice(1) : w.norm;
    if (ARTICLE.test(u)) return;
    const p = u[0]!;
    const rest = u.slice(1);
    // و stays only on three-letter words (وحث); ب ل ك ف on longer ones, two letters being too easily another word's.
    if (!'بلكفو'.includes(p) || rest.length < (p === 'و' ? 2 : 3)) return;
    const stem = stemArabic(w.norm);
    const restStem = stemArabic(rest);
    if (restStem === stem || !stem.startsWith(p)) return;
    if (k.arabic(u) || k.arabic(stem)) return;
    if (!arabicInflectionForms(rest).some((f) => k.arabic(f))) return;
    this.file(restStem, stem);
    if (p === 'و' || p === 'ف') file(this.sure, restStem, stem);
  }

  /**
   * The stemmer takes a leading و for "and" whenever more than three letters remain; in a past verb
   * of a و-initial root (وصفت: she described, وقفت) it is the root's first letter. Filed under the
   * verb's stem when the verb is a dictionary word and the rest (صفت) is none.
   */
  private addRootWaw(w: Word, k: WordKnowledge): void {
    const n = w.norm;
    if (n.length < 4 || !n.startsWith('و') || !n.endsWith('ت')) return;
    const verb = n.slice(0, -1);
    if (!k.arabic(verb) || arabicInflectionForms(n.slice(1)).some((f) => k.arabic(f))) return;
    this.file(stemArabic(verb), stemArabic(n));
  }

  /**
   * The same و taken for "and" splits one word in two: bare وزير is filed under زير, while الوزير and ووزير
   * (the article, or a real "and", taken first) keep وزير. A word in و of more than three letters that the
   * dictionary knows, whose rest is no word (زير), is filed under the stem it gets with the article, and a word
   * with the article under the stem it gets bare: a question's الوزير meets the text's وزير, and its وزير the text's الوزير.
   */
  private addRootWawNoun(w: Word, k: WordKnowledge): void {
    const m = /^(?:وال|ال)(و.{3,})$/.exec(w.norm);
    const bare = m ? m[1]! : w.norm;
    if (bare.length < 4 || !bare.startsWith('و') || bare.startsWith('وال')) return;
    if (!arabicInflectionForms(bare).some((f) => k.arabic(f)) || arabicInflectionForms(bare.slice(1)).some((f) => k.arabic(f))) return;
    const whole = stemArabic('ال' + bare);
    const split = stemArabic(bare);
    if (whole === split) return;
    if (m) this.file(split, whole);
    else this.file(whole, split);
  }

  /**
   * The stemmer takes a final ك for "your" (كتابك), but in مشترك, شريك it is the root's: the bare
   * word is stemmed to مشتر, شري while its inflected forms (المشتركة, شريكة) keep مشترك, شريك. Those
   * stems are filed under the bare word's, when the bare word is a dictionary word.
   */
  private addRootKaf(w: Word, k: WordKnowledge): void {
    const stem = stemArabic(w.norm);
    if (stem.length < 4 || !stem.endsWith('ك') || !k.arabic(stem)) return;
    this.file(stemArabic(stem), stem);
  }

  /**
   * The stemmer drops a final ا as accusative tanween (ضغوطاً) before it looks for pronouns, so
   * the ـنا of "we/our" (ناقشنا: we discussed, علاقاتنا) loses its ا and keeps its ن (ناقشن).
   * When the word without ـنا is a dictionary word and the stem is none, it is filed under that word's stem.
   */
  private addOurs(w: Word, k: WordKnowledge): void {
    const n = w.norm;
    if (n.length < 5 || !n.endsWith('نا')) return;
    const stem = stemArabic(n);
    const base = n.slice(0, -2);
    if (!stem.endsWith('ن') || k.arabic(stem) || !arabicInflectionForms(base).some((f) => k.arabic(f))) return;
    this.file(stemArabic(base), stem);
    file(this.sure, stemArabic(base), stem);
  }

  /**
   * A feminine dual keeps its ت when the stemmer strips ين/ان (دولتين → دولت, مؤثرتين → مؤثرت):
   * filed under the singular's stem (دولة → دول) when the singular is a dictionary word.
   */
  private addFeminineDual(w: Word, k: WordKnowledge): void {
    const n = w.norm;
    if (n.length < 6 || !/ت(?:ين|ان)$/.test(n)) return;
    const single = n.slice(0, -3) + 'ه';
    if (!arabicInflectionForms(single).some((f) => k.arabic(f))) return;
    const stem = stemArabic(n);
    if (k.arabic(stem)) return;
    this.file(stemArabic(single), stem);
    file(this.sure, stemArabic(single), stem);
  }

/**
   * A noun's ة is written ت before a pronoun (زيارة → بزيارته "his visit", مقابلته), and the stemmer keeps
   * it (بزيارت, مقابلت): filed under the noun's stem (زيار), with a one-letter preposition off too, when
   * the noun is a dictionary word and the stem is none.
   */
  private addPronounTa(w: Word, k: WordKnowledge): void {
    const m = /^(.{2,})ت(?:ه|ها|هم|هما|هن|ك|كم|كما|ي|نا)$/.exec(w.norm);
    if (!m) return;
    const stem = stemArabic(w.norm);
    if (!stem.endsWith('ت') || k.arabic(stem)) return;
    const noun = arabicInflectionForms(m[1]! + 'ه').find((f) => f.endsWith('ه') && k.arabic(f));
    if (noun) this.file(stemArabic(noun), stem);
  }

  private file(key: string, stem: string): void {
    file(this.byStem, key, stem);
  }

  /** The coverage's stems that are `stem` with a proclitic the stemmer left on. */
  of(stem: string): readonly string[] {
    return this.byStem.get(stem) ?? [];
  }

  /** Those with "and" or "we/our" (وحث: "and urged", ناقشنا: "we discussed"): they may stand for a word the coverage never has bare. */
  sureForms(stem: string): readonly string[] {
    return this.sure.get(stem) ?? [];
  }
}

function file(map: Map<string, string[]>, key: string, stem: string): void {
  if (key === stem) return;
  const list = map.get(key);
  if (!list) map.set(key, [stem]);
  else if (!list.includes(stem)) list.push(stem);
}
