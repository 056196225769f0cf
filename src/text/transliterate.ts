/**
 * Matching names across scripts without a dictionary (Larijani ↔ لاريجاني, Naqvi ↔ نقوي):
 * both spellings are reduced to a consonant skeleton over coarse sound classes, and
 * skeletons are compared exactly (short) or within one edit (long).
 */

// Sound classes: letters that transliterations of Arabic/Persian names swap freely share one class.
const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/sh|ch|zh/g, 'S'], [/th/g, 'T'], [/dh/g, 'D'], [/kh|gh/g, 'K'], [/ph/g, 'F'], [/ck/g, 'K'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'B', p: 'B', t: 'T', d: 'D', s: 'S', z: 'S', c: 'K', k: 'K', q: 'K', g: 'K', j: 'K', x: 'K',
  f: 'F', l: 'L', m: 'M', n: 'N', r: 'R',
};
const ARABIC_CLASS: Record<string, string> = {
  ب: 'B', پ: 'B', ت: 'T', ط: 'T', ث: 'S', د: 'D', ض: 'D', ذ: 'D', ز: 'S', ظ: 'S', س: 'S', ص: 'S', ش: 'S',
  چ: 'S', ژ: 'S', ج: 'K', ق: 'K', ك: 'K', ک: 'K', غ: 'K', خ: 'K', گ: 'K', ف: 'F', ل: 'L', م: 'M', ن: 'N', ر: 'R',
};
const ARABIC_VOWELISH = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ', 'ع', 'ء', 'و', 'ي', 'ى', 'ئ', 'ؤ']);

function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** Skeletons of a Latin word; v/w are written either as a consonant or as a vowel letter in Arabic, so both are tried. */
export function latinSkeletons(word: string): string[] {
  // Doubled letters are one sound (Mohammad, Abbas); Arabic writes them once.
  let w = collapse(word.toLowerCase().replace(/[^a-z]/g, ''));
  for (const [re, cls] of LATIN_DIGRAPHS) w = w.replace(re, cls);
  const out = new Set<string>();
  for (const v of ['F', '']) {
    let s = '';
    for (const ch of w) {
      if (ch === 'v' || ch === 'w') s += v;
      else s += LATIN_CLASS[ch] ?? (/[A-Z]/.test(ch) ? ch : '');
    }
    out.add(s);
  }
  return [...out];
}

/** Skeleton of a normalized Arabic word (diacritics already stripped). */
export function arabicSkeleton(word: string): string {
  let s = '';
  for (const ch of word) {
    if (ARABIC_VOWELISH.has(ch)) continue;
    s += ARABIC_CLASS[ch] ?? '';
  }
  return s;
}

export function startsWithVowelLatin(word: string): boolean {
  return /^[aeiouy]/i.test(word);
}

export function startsWithVowelArabic(word: string): boolean {
  return /^[اأإآعٱ]/.test(word);
}

/** Levenshtein distance bounded by 1 (enough to decide "equal or one edit apart"). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Whether two skeletons name the same thing: exact below 5 classes, one edit allowed from 5 on. */
export function skeletonsMatch(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (Math.min(a.length, b.length) < 5) return a === b;
  return withinOneEdit(a, b);
}

/** Long vowels an Arabic spelling writes (after its first letter, where و and ي are consonants). */
export function arabicVowelCount(word: string): number {
  return (word.slice(1).match(/[اويى]/g) ?? []).length;
}

/** Vowel groups of a Latin spelling ("layla" → 2, "sami" → 2, "god" → 1). */
export function latinVowelGroups(word: string): number {
  return (word.toLowerCase().match(/[aeiouy]+/g) ?? []).length;
}

/**
 * Short skeletons (fewer than four consonant classes) match too many words: there the Arabic
 * spelling must also write at least one long vowel, and no more than the Latin one has
 * (سامي ~ Sami, توم ~ Tom; not خذ ~ god, جيدا ~ god).
 */
export function vowelsAgree(arabic: string, latin: string, skeleton: string, capitalized = false): boolean {
  if (skeleton.length >= 4) return true;
  const a = arabicVowelCount(arabic);
  // A name written with capitals may have all its vowels short (Mohsin محسن, Press برس), from three classes on.
  if (a === 0) return capitalized && skeleton.length === 3;
  // w, y and v may be written و and ي too (Newsweek نيوزويك).
  return a <= latinVowelGroups(latin) + (latin.match(/[wyv]/gi)?.length ?? 0);
}
