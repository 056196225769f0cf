/**
 * The vocabulary the gloss draws on, in the order it trusts it: the product's glossaries (news,
 * then everyday core), a small list of given names, then FreeDict. Keys are normalized as the
 * search normalizes text, so the gloss and the search read a word the same way.
 */
import type { DictionaryView } from '../search/lexicon.js';
import { normalizeText } from '../text/normalize.js';
import { arabicSkeleton, latinSkeletons, vowelsAgree } from '../text/transliterate.js';

/** One English sense of an Arabic term, with how primary the Arabic is for it (0 = its first rendering). */
export interface Sense {
  en: string;
  rank: number;
  /** a proper noun (country, city, given name): no article, capitalized */
  proper: boolean;
  /** position of the Arabic in its entry (0 = the entry's first rendering) */
  index: number;
  /** the entry is a verb (it lists an imperfect يفعل form): a word with the article is not meant */
  verbal: boolean;
  /** the Arabic is the entry's past-tense form (the one listed right before its يفعل form: زار|يزور) */
  past: boolean;
}

/** A read-only table by key (FreeDict's are the search lexicon's own, not copies). */
export interface Lookup { get(key: string): readonly string[] | undefined }

export interface GlossLexicon {
  /** Arabic (normalized) → glossary senses, best first */
  arGloss: Map<string, Sense[]>;
  /** Arabic (normalized) → FreeDict senses in dictionary order */
  arDict: Lookup;
  /** English (lowercase) → Arabic renderings, glossary first then FreeDict */
  enToAr: Lookup;
  /** English (lowercase) → the glossaries' Arabic renderings only */
  enGloss: Map<string, string[]>;
  /** English words the glossaries use: everyday and news vocabulary, a proxy for "common" */
  common: Set<string>;
  /** longest Arabic glossary entry, in words */
  maxPhrase: number;
  /** one-word names of the glossaries by consonant skeleton, for spellings the glossaries lack (src/text/transliterate.ts) */
  names: Map<string, Array<{ en: string; ar: string }>>;
}

/** The glossaries' English spelling of a name written otherwise in Arabic (same skeleton, vowels agree), if any. */
export function nameBySkeleton(lex: GlossLexicon, arabic: string): string | undefined {
  const skel = arabicSkeleton(arabic);
  if (skel.length < 3) return undefined;
  return lex.names.get(skel)?.find((n) => vowelsAgree(arabic, n.en, skel))?.en;
}

/** The glossaries' Arabic spelling of an English name (same skeleton), if any. */
export function arabicNameBySkeleton(lex: GlossLexicon, english: string): string | undefined {
  for (const skel of latinSkeletons(english)) {
    const hit = lex.names.get(skel)?.find((n) => n.en.toLowerCase() === english.toLowerCase() || vowelsAgree(n.ar, english, skel));
    if (hit && skel.length >= 3) return hit.ar;
  }
  return undefined;
}

export interface GlossarySource {
  /** raw TSV text in priority order (news.tsv, core.tsv, names) */
  texts: string[];
}

export function normalizeKey(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

/** Sections whose headwords are names of places and peoples (no "the" in front). */
const PROPER_SECTION = /countries|names/i;

/** The past-tense form of a verb entry: listed right before its يفعل form (زار|يزور), or that form plus ت (أكدت). */
function isPast(ars: string[], i: number): boolean {
  const a = ars[i]!;
  const past = (j: number) => !ars[j]!.startsWith('ي') && !!ars[j + 1]?.startsWith('ي');
  return past(i) || (a.endsWith('ت') && ars.some((b, j) => b === a.slice(0, -1) && past(j)));
}

/** `dict`: FreeDict as the search lexicon holds it (src/search/lexicon-cache.ts), null without one. */
export function buildGlossLexicon(glossaryTexts: string[], dict: DictionaryView | null): GlossLexicon {
  const arGloss = new Map<string, Sense[]>();
  const enToAr = new Map<string, string[]>();
  const common = new Set<string>();
  let maxPhrase = 1;
  let order = 0;
  for (const text of glossaryTexts) {
    let proper = false;
    for (const line of text.split('\n')) {
      if (line.startsWith('#')) {
        if (/^# ====/.test(line)) proper = PROPER_SECTION.test(line);
        continue;
      }
      const [enRaw, arRaw] = line.split('\t');
      if (!enRaw?.trim() || !arRaw?.trim()) continue;
      const en = enRaw.trim();
      const ars = arRaw.split('|').map((s) => s.trim()).filter(Boolean);
      const key = en.toLowerCase();
      enToAr.set(key, [...(enToAr.get(key) ?? []), ...ars]);
      for (const w of key.split(/\s+/)) common.add(w);
      const verbal = ars.some((a) => /^ي\S{2,}$/.test(a));
      ars.forEach((a, i) => {
        const k = normalizeKey(a);
        maxPhrase = Math.max(maxPhrase, k.split(' ').length);
        const list = arGloss.get(k) ?? [];
        // rank: position of the Arabic in its entry, then file order (news before core)
        if (!list.some((s) => s.en === key)) list.push({ en: key, rank: i * 100_000 + order, proper, index: i, verbal, past: isPast(ars, i) });
        arGloss.set(k, list);
      });
      order++;
    }
  }
  for (const list of arGloss.values()) list.sort((a, b) => a.rank - b.rank);
  const names = new Map<string, Array<{ en: string; ar: string }>>();
  for (const [ar, senses] of arGloss) {
    const s = senses[0]!;
    if (!s.proper || ar.includes(' ') || s.en.includes(' ')) continue;
    const skel = arabicSkeleton(ar);
    if (skel.length < 3 || !latinSkeletons(s.en).includes(skel)) continue; // a translation, not a transliteration
    const en = s.en.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    names.set(skel, [...(names.get(skel) ?? []), { en, ar }]);
  }
  const none: Lookup = { get: () => undefined };
  const arDict: Lookup = dict ? { get: (k) => dict.arToEn(k) } : none;
  // The glossaries' renderings, then FreeDict's others: merged here only for the glossaries' own keys.
  const merged = new Map<string, string[]>();
  for (const [k, v] of enToAr) {
    const list = v.slice();
    for (const t of dict?.enToAr(k) ?? []) if (!list.includes(t)) list.push(t);
    merged.set(k, list);
  }
  const enMerged: Lookup = { get: (k) => merged.get(k) ?? dict?.enToAr(k) };
  return { arGloss, arDict, enToAr: enMerged, enGloss: enToAr, common, maxPhrase: Math.min(maxPhrase, 5), names };
}
