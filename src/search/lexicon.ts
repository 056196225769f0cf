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
  /**
   * FreeDict's own senses of every key a glossary also has, as positions in the merged list ([] when
   * FreeDict lacks the key): there the glossary's come first, so FreeDict's cannot be read off the
   * list alone. The gloss needs them; positions cost a fraction of a second copy of the strings.
   */
  dictBehindGlossary?: DictBehindGlossary;
}

export interface DictBehindGlossary { en: Map<string, number[]>; ar: Map<string, number[]> }

/** FreeDict alone, by normalized key: what the gloss translator falls back on after its glossaries. */
export interface DictionaryView {
  enToAr(key: string): readonly string[] | undefined;
  arToEn(key: string): readonly string[] | undefined;
}

/** The dictionary's own senses, read off the merged tables: no second copy of FreeDict. */
export function dictionaryView(tables: LexiconTables, behind: DictBehindGlossary): DictionaryView {
  const own = (behind: Map<string, number[]>, merged: Map<string, string[]>) => (k: string) => {
    const b = behind.get(k);
    if (!b) return merged.get(k);
    const list = merged.get(k)!;
    return b.length ? b.map((i) => list[i]!) : undefined;
  };
  return { enToAr: own(behind.en, tables.en), arToEn: own(behind.ar, tables.ar) };
}

/** For each (normalized) glossary key, where the dictionary's senses of it sit in the merged list, in the dictionary's order. */
function behindGlossary(glossaryKeys: Iterable<string>, dict: Map<string, string[]>, merged: Map<string, string[]>): Map<string, number[]> {
  const senses = new Map<string, string[]>();
  for (const k of glossaryKeys) senses.set(normalizeKey(k), []);
  for (const [k, v] of dict) {
    const list = senses.get(normalizeKey(k));
    if (list) for (const t of v) if (!list.includes(t)) list.push(t);
  }
  return new Map([...senses].map(([k, list]) => [k, list.map((t) => merged.get(k)!.indexOf(t))]));
}

/** The glossary's news vocabulary comes before the general dictionary's senses. */
export function lexiconTables(dict: BilingualDictionary, glossary?: Glossary): LexiconTables {
  const en = mergeNormalized(glossary?.enToAr ?? new Map(), dict.enToAr);
  const ar = mergeNormalized(glossary?.arToEn ?? new Map(), dict.arToEn);
  const source = [glossary?.size ? `news glossary (${glossary.size} entries)` : '', dict.source].filter(Boolean).join(' + ');
  const places = [...new Set([...(glossary?.places ?? [])].map(normalizeKey))];
  const dictBehindGlossary = { en: behindGlossary(glossary?.enToAr.keys() ?? [], dict.enToAr, en), ar: behindGlossary(glossary?.arToEn.keys() ?? [], dict.arToEn, ar) };
  return { source, en, ar, places, synonymGroups: synonymGroups(glossary), dictBehindGlossary };
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
