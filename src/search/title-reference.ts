/**
 * News introduces a person with a title ("الرئيس الروسي فلاديمير بوتين", "Russian President Vladimir
 * Putin") and then, further down the article, often names the title alone ("للرئيس الروسي", "the
 * Russian president"). A paragraph of the same article that holds the title phrase speaks of the
 * person even without the name: the rerank counts it as naming them.
 */
import { terms } from '../text/tokenize.js';

/** Words that head a person's title (the class frame-words.ts's isTitleWord reads in words), as index stems. */
export const TITLE_STEMS: readonly string[] = terms(
  'رئيس وزير أمين سفير الجنرال العميد اللواء المرشد قائد نائب المتحدث الملك مستشار مبعوث مدير محافظ ' +
    'president minister general ambassador secretary chief spokesman leader envoy director governor king commander',
);
/** how far before a name its title may start ("وزير الداخلية الباكستاني، سيد محسن نقوي": five words) */
const LOOK_BACK = 5;

/** A paragraph's stems, and whether its language puts a title's other word before it ("Russian President") or after it ("الرئيس الروسي"). */
export interface TitledRow<T> { tokens: ArrayLike<T>; modifierFirst: boolean }

/**
 * The titles a name is introduced with in an article: the nearest title word standing up to
 * LOOK_BACK words before the name, with the word that qualifies it ("رئيس روس", "russian presid"),
 * as `title:word` keys. `titleOf` maps a token to the index of its title word (بالرئيس, للرئيس alike).
 */
export function titlePhrases<T>(rows: ReadonlyArray<TitledRow<T>>, nameTokens: ReadonlySet<T>, titleOf: ReadonlyMap<T, number>): Set<string> {
  const keys = new Set<string>();
  for (const { tokens: t, modifierFirst } of rows) {
    for (let p = 0; p < t.length; p++) {
      if (!nameTokens.has(t[p]!)) continue;
      for (let q = p - 1; q >= Math.max(0, p - LOOK_BACK); q--) {
        const title = titleOf.get(t[q]!);
        if (title === undefined) continue;
        // Only the nearest title: one further back belongs to someone else ("استقبل وزير … الجنرال باقري"),
        // and "الجنرال باقري" has no second word to look for.
        const m = modifierFirst ? q - 1 : q + 1;
        if (m >= 0 && m < p && !nameTokens.has(t[m]!)) keys.add(`${title}:${String(t[m])}`);
        break;
      }
    }
  }
  return keys;
}

/**
 * Whether the article writes a word only as a person's name: each of its occurrences has a title word
 * up to LOOK_BACK words before it ("الرئيس الروسي فلاديمير بوتين") and no other name between (`names`):
 * a title belongs to the nearest name after it ("الجنرال باقري على أهمية التنسيق" is Bagheri's). A name a dictionary also
 * lists as a word (بوتين: FreeDict's "butene") is not marked a name by the question's words, yet the
 * article's own usage shows it; an ordinary word stands somewhere without a title.
 */
export function alwaysTitled<T>(rows: ReadonlyArray<TitledRow<T>>, tokens: ReadonlySet<T>, titleOf: ReadonlyMap<T, number>, names: ReadonlySet<T>): boolean {
  let seen = 0;
  for (const { tokens: t } of rows) {
    for (let p = 0; p < t.length; p++) {
      if (!tokens.has(t[p]!)) continue;
      seen++;
      let titled = false;
      for (let q = p - 1; q >= Math.max(0, p - LOOK_BACK) && !titled; q--) {
        if (names.has(t[q]!)) break;
        titled = titleOf.has(t[q]!) && !tokens.has(t[q]!);
      }
      if (!titled) return false;
    }
  }
  return seen > 0;
}

/** Whether a paragraph holds one of the title phrases (a title word and the word that qualifies it). */
export function holdsTitle<T>(row: TitledRow<T>, keys: ReadonlySet<string>, titleOf: ReadonlyMap<T, number>): boolean {
  if (keys.size === 0) return false;
  const t = row.tokens;
  for (let i = 0; i < t.length; i++) {
    const title = titleOf.get(t[i]!);
    const m = row.modifierFirst ? i - 1 : i + 1;
    if (title !== undefined && m >= 0 && m < t.length && keys.has(`${title}:${String(t[m])}`)) return true;
  }
  return false;
}

/** The stems a title word may be indexed under: with a clitic (بالرئيس → رييس, but لوزير, بوزير stay whole). */
export function titleForms(stem: string): string[] {
  if (!/^[\u0600-\u06FF]/.test(stem)) return [stem];
  const bare = stem === 'زير' ? 'وزير' : stem;
  return [stem, ...['و', 'ب', 'ل', 'ف', 'ك', 'وب', 'ول'].map((p) => p + bare)];
}
