/** The bilingual dictionary as the search side uses it: keys in the same normalized form as the index. */
import type { BilingualDictionary } from '../text/dictionary.js';
import type { Glossary } from '../text/glossary.js';
import { normalizeText } from '../text/normalize.js';

export interface Lexicon {
  source: string;
  /** translations of a normalized English word or phrase into Arabic */
  enToAr(key: string): readonly string[] | undefined;
  /** translations of a normalized Arabic word or phrase into English */
  arToEn(key: string): readonly string[] | undefined;
  /** whether either direction knows this normalized single word (as an entry or as a translation) */
  knows?(word: string): boolean;
  /** whether a normalized single word is a place name of the glossary (japan, اليابان) */
  place?(word: string): boolean;
  /** other single Arabic words a glossary entry lists with this normalized one (نهاية, ختام: "end"): the same sense in other words; undefined when no glossary entry lists the word */
  synonyms?(word: string): readonly string[] | undefined;
}

function normalizeKey(k: string): string {
  return normalizeText(k).replace(/\s+/g, ' ').trim();
}

/** Merges maps in priority order: earlier sources' translations come first. */
function mergeNormalized(...maps: Array<Map<string, string[]>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const map of maps) {
    for (const [k, v] of map) {
      const key = normalizeKey(k);
      const list = out.get(key) ?? [];
      for (const t of v) if (!list.includes(t)) list.push(t);
      out.set(key, list);
    }
  }
  return out;
}

/** A lexicon's merged, normalized tables: what the lexicon cache stores. */
export interface LexiconTables {
  source: string;
  en: Map<string, string[]>;
  ar: Map<string, string[]>;
  /** normalized single words the glossaries list as places (countries, capitals): names, though dictionaries hold them */
  places: string[];
  /** each glossary entry's single Arabic words, normalized (end → إنهاء, نهاية, ختام …): a curated sense, so its words are synonyms */
  synonymGroups?: string[][];
}

/** The glossary's news vocabulary comes before the general dictionary's senses. */
export function lexiconTables(dict: BilingualDictionary, glossary?: Glossary): LexiconTables {
  const en = mergeNormalized(glossary?.enToAr ?? new Map(), dict.enToAr);
  const ar = mergeNormalized(glossary?.arToEn ?? new Map(), dict.arToEn);
  const source = [glossary?.size ? `news glossary (${glossary.size} entries)` : '', dict.source].filter(Boolean).join(' + ');
  const places = [...new Set([...(glossary?.places ?? [])].map(normalizeKey))];
  return { source, en, ar, places, synonymGroups: synonymGroups(glossary) };
}

/** Only the glossaries' entries: FreeDict's senses are too loose to make synonyms of (secretary: أمين, وزير). */
function synonymGroups(glossary: Glossary | undefined): string[][] {
  const out: string[][] = [];
  for (const arabic of glossary?.enToAr.values() ?? []) {
    const group = [...new Set(arabic.map(normalizeKey).filter((a) => a.length >= 2 && !a.includes(' ')))];
    if (group.length >= 1) out.push(group);
  }
  return out;
}

/** word → the other words of every group it is in */
function synonymMap(groups: readonly string[][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of groups) {
    for (const w of g) {
      const list = out.get(w) ?? [];
      for (const x of g) if (x !== w && !list.includes(x)) list.push(x);
      out.set(w, list);
    }
  }
  return out;
}

/**
 * Every single word either direction knows, as an entry or as a translation (the two FreeDict
 * directions cover different words). Costs about half a second: the lexicon cache keeps it.
 */
export function knownWords({ en, ar }: LexiconTables): Set<string> {
  const known = new Set<string>([...en.keys(), ...ar.keys()].filter((k) => !k.includes(' ')));
  for (const m of [en, ar]) for (const v of m.values()) for (const t of v) { const n = normalizeKey(t); if (!n.includes(' ')) known.add(n); }
  return known;
}

export function lexiconOf(tables: LexiconTables, known: Set<string> = knownWords(tables)): Lexicon {
  const { source, en, ar, places: placeList } = tables;
  const places = new Set(placeList);
  const synonyms = synonymMap(tables.synonymGroups ?? []);
  return { source, enToAr: (k) => en.get(k), arToEn: (k) => ar.get(k), knows: (w) => known.has(w), place: (w) => places.has(w), synonyms: (w) => synonyms.get(w) };
}

export function lexiconFrom(dict: BilingualDictionary, glossary?: Glossary): Lexicon {
  return lexiconOf(lexiconTables(dict, glossary));
}
