/**
 * Names carried across scripts when no dictionary knows them: a plain Arabic → Latin
 * romanization (لاريجاني → Larijani) and a rough Latin → Arabic spelling (Larijani → لاريجاني).
 * Short vowels are unwritten in Arabic, so the Latin side is only what the letters say.
 */

const AR_CONSONANT: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', ء: '', ئ: '', ؤ: '', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'i',
};

/** Arabic letters → Latin; a word of the other script is returned with its first letter capitalized. */
export function romanizeArabic(word: string): string {
  let out = '';
  const w = [...word];
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const first = i === 0;
    const prevVowel = /[aiu]$/.test(out) || out === '';
    if (c === 'ا' || c === 'أ' || c === 'إ' || c === 'آ' || c === 'ٱ' || c === 'ى') out += first && c === 'إ' ? 'i' : 'a';
    else if (c === 'و') out += first || prevVowel ? 'w' : 'u';
    else if (c === 'ي') out += first || (prevVowel && i < w.length - 1) ? 'y' : 'i';
    else if (c in AR_CONSONANT) out += AR_CONSONANT[c];
  }
  out = out.replace(/aa+/g, 'a').replace(/uu+/g, 'u').replace(/ii+/g, 'i');
  return out ? out[0]!.toUpperCase() + out.slice(1) : word;
}

const LATIN_TO_AR: Array<[RegExp, string]> = [
  [/sh/g, 'ش'], [/kh/g, 'خ'], [/gh/g, 'غ'], [/th/g, 'ث'], [/dh/g, 'ذ'], [/ch/g, 'تش'], [/ph/g, 'ف'], [/ck/g, 'ك'],
  [/oo|ou|u|o/g, 'و'], [/ee|ei|ey|ai|ay|i|y|e(?!$)/g, 'ي'], [/a/g, 'ا'],
  [/b|p/g, 'ب'], [/t/g, 'ت'], [/j/g, 'ج'], [/h/g, 'ه'], [/d/g, 'د'], [/r/g, 'ر'], [/z/g, 'ز'], [/s|c(?=[eiy])/g, 'س'],
  [/f|v/g, 'ف'], [/q/g, 'ق'], [/k|c|g/g, 'ك'], [/l/g, 'ل'], [/m/g, 'م'], [/n/g, 'ن'], [/w/g, 'و'], [/x/g, 'كس'],
  [/e$/g, ''],
];

/** Latin letters → an Arabic spelling (long vowels written, as Arabic writes foreign names). */
export function arabizeLatin(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
  for (const [re, ar] of LATIN_TO_AR) w = w.replace(re, ar);
  return w.replace(/[a-z]/g, '');
}
