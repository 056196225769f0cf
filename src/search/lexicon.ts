/** The bilingual dictionary as the search side uses it: keys in the same normalized form as the index. */
import type { BilingualDictionary } from '../text/dictionary.js';
import { normalizeText } from '../text/normalize.js';

export interface Lexicon {
  source: string;
  /** translations of a normalized English word or phrase into Arabic */
  enToAr(key: string): readonly string[] | undefined;
  /** translations of a normalized Arabic word or phrase into English */
  arToEn(key: string): readonly string[] | undefined;
}

function normalizeKeys(map: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of map) {
    const key = normalizeText(k).replace(/\s+/g, ' ').trim();
    const prev = out.get(key);
    if (prev) { for (const t of v) if (!prev.includes(t)) prev.push(t); }
    else out.set(key, [...v]);
  }
  return out;
}

export function lexiconFrom(dict: BilingualDictionary): Lexicon {
  const en = normalizeKeys(dict.enToAr);
  const ar = normalizeKeys(dict.arToEn);
  return { source: dict.source, enToAr: (k) => en.get(k), arToEn: (k) => ar.get(k) };
}
