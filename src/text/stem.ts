/** Stemmers: an Arabic light stemmer (Light10, Larkey et al. 2007) and Snowball English. */
import snowball from 'snowball-stemmers';

const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Light10 on normalized text (ة already folded to ه): strip one definite-article proclitic
 * (with its conjunction/preposition), a leading و, then suffixes while the stem keeps ≥ 2 letters.
 */
export function stemArabic(word: string): string {
  let w = word;
  // A leading و is taken for the conjunction when ≥ 3 letters remain (Light10).
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const p of AR_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  // Accusative tanween leaves a bare alef once diacritics are gone (ضغوطاً → ضغوطا).
  if (w.length >= 4 && w.endsWith('ا')) w = w.slice(0, -1);
  // Stems keep ≥ 3 letters: two-letter stems (قوات → قو, أمين → ام) collide with unrelated words.
  for (const s of AR_SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}

/**
 * Forms of an Arabic word worth looking up in a dictionary: the word, then with clitics and
 * suffixes peeled one at a time, so "وبالعلاقات" tries "بالعلاقات", "العلاقات", "علاقات", "علاقه".
 */
export function arabicLookupForms(word: string): string[] {
  const out = new Set<string>([word]);
  let w = word;
  for (const p of ['و', 'ف']) if (w.length > 3 && w.startsWith(p)) { w = w.slice(1); out.add(w); }
  for (const p of ['بال', 'كال', 'لل', 'ال', 'ب', 'ل', 'ك']) {
    if (w.startsWith(p) && w.length - p.length >= 2) { w = w.slice(p.length); out.add(w); break; }
  }
  const bases = [w];
  // Object pronouns on verbs (تأخذني, يعرفه) and tanween alef.
  for (const s of ['ني', 'نا', 'كم', 'هم', 'ها', 'ك', 'ه', 'ا']) {
    if (w.endsWith(s) && w.length - s.length >= 3) { bases.push(w.slice(0, -s.length)); out.add(w.slice(0, -s.length)); break; }
  }
  for (const base of bases) {
    for (const s of ['ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي', 'ت', 'وا']) {
      if (base.endsWith(s) && base.length - s.length >= 2) {
        const cut = base.slice(0, -s.length);
        out.add(cut);
        if (s === 'ات' || s === 'يه') out.add(cut + 'ه');
      }
    }
    // Imperfect verbs: dictionaries list the past stem (تنتظر → انتظر, يربح → ربح, تأخذ → أخذ).
    if (/^[يتنا]/.test(base) && base.length >= 4) {
      const rest = base.slice(1);
      out.add(rest);
      out.add('ا' + rest);
    }
  }
  return [...out];
}

/**
 * A coarse form of a stem with its inner long vowels removed, so broken plurals meet their
 * singulars (ضغوط ~ ضغط, مناطق ~ منطق). Too coarse to index alone; used as a weaker extra term.
 * Undefined when the result would be too short to mean anything.
 */
export function arabicRootish(stem: string): string | undefined {
  const r = stem[0] + stem.slice(1).replace(/[اوي]/g, '');
  return r.length >= 3 && r !== stem ? r : r.length >= 3 ? r : undefined;
}

const english = snowball.newStemmer('english');

export function stemEnglish(word: string): string {
  return english.stem(word);
}

/** Dictionary headword candidates for an inflected English word ("visited" → visit, "agencies" → agency). */
export function englishLookupForms(word: string): string[] {
  const w = word.replace(/'s$|’s$/, '');
  const out = new Set<string>([w]);
  const add = (x: string) => { if (x.length >= 2) out.add(x); };
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) { add(w.slice(0, -2)); add(w.slice(0, -1)); }
  if (w.endsWith('ing')) { add(w.slice(0, -3)); add(w.slice(0, -3) + 'e'); }
  if (/(.)\1(ed|ing)$/.test(w)) add(w.replace(/(.)\1(ed|ing)$/, '$1'));
  if (w.endsWith('ly')) add(w.slice(0, -2));
  add(stemEnglish(w));
  return [...out];
}
