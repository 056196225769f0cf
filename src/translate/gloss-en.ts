/**
 * English → Arabic word-by-word gloss: glossary phrases first (longest match), then words through
 * their dictionary forms; "the" becomes the article on the next word, "and" the conjunction و;
 * a name no dictionary holds is spelled in Arabic letters.
 */
import { englishLookupForms } from '../text/stem.js';
import { EN_FUNCTION } from './function-words.js';
import { arabicNameBySkeleton, type GlossLexicon } from './gloss-lexicon.js';
import { arabizeLatin } from './romanize.js';

const TOKEN = /[A-Za-z]+(?:['’][A-Za-z]+)?|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]+|\p{L}+/gu;
const PUNCT_MAP: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const MAX_PHRASE = 4;

/** The glossaries' rendering of any dictionary form first ("visited" → visit → زيارة), then FreeDict's. */
function arabicOf(word: string, lex: GlossLexicon): string | null {
  const forms = englishLookupForms(word.toLowerCase());
  for (const map of [lex.enGloss, lex.enToAr]) {
    for (const f of forms) {
      const t = map.get(f);
      if (t?.length) return t.find((x) => !x.includes(' ')) ?? t[0]!;
    }
  }
  return null;
}

export function glossEnglish(text: string, lex: GlossLexicon): string {
  const toks = [...text.matchAll(TOKEN)].map((m) => m[0]);
  const out: string[] = [];
  let article = false;
  let conj = false;
  const emit = (ar: string) => {
    let w = ar;
    if (article && !w.startsWith('ال') && !w.includes(' ')) w = 'ال' + w;
    if (conj) w = 'و' + w;
    out.push(w);
    article = false;
    conj = false;
  };
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (!/\p{L}/u.test(t)) {
      const p = [...t].map((c) => PUNCT_MAP[c] ?? c).join('');
      if (/^\p{N}/u.test(t)) emit(p);
      else if (out.length) out[out.length - 1] += p;
      else out.push(p);
      i++;
      continue;
    }
    let done = false;
    for (let len = Math.min(MAX_PHRASE, toks.length - i); len >= 2 && !done; len--) {
      const words = toks.slice(i, i + len);
      if (!words.every((w) => /^[A-Za-z'’]+$/.test(w))) continue;
      const t2 = lex.enToAr.get(words.join(' ').toLowerCase());
      if (t2?.length) { emit(t2[0]!); i += len; done = true; }
    }
    if (done) continue;
    const lower = t.toLowerCase();
    const f = EN_FUNCTION.get(lower);
    if (lower === 'the') article = true;
    else if (lower === 'and') conj = true;
    else if (f !== undefined) { if (f) emit(f); }
    else if (/^\p{Lu}/u.test(t) && out.length && !lex.enGloss.has(lower) && !/[.!?]$/.test(out[out.length - 1]!)) {
      // A capitalized word inside a sentence that the glossaries do not know is a name: spelled, not looked up
      // (FreeDict would make "Dar" the Daughters of the American Revolution).
      emit(arabicNameBySkeleton(lex, t) ?? (arabizeLatin(t) || t));
    } else {
      const ar = arabicOf(t, lex);
      if (ar) emit(ar);
      else if (/^[A-Z]/.test(t) || /^[a-z]+$/i.test(t)) emit(arabizeLatin(t) || t);
      else emit(t);
    }
    i++;
  }
  return out.join(' ');
}
