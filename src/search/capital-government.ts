/**
 * A capital as the subject of a question stands for its government: "What does Tehran fear …", "How does
 * Moscow see …" are, in Arabic news prose, as often «مخاوف النظام الإيراني», «الحكومة الروسية» as «طهران».
 * Such a capital (a glossary place that some other place, its country, also translates to) also reaches
 * "the <demonym> regime / government / leadership" as phrases. Only as a subject — after an
 * auxiliary ("does Tehran", "is Moscow") — since "in Tehran" is the city; a capital reaching its country's
 * bare name was measured and rejected (the country's frequent word dilutes the capital).
 */
import { normalizeText } from '../text/normalize.js';
import type { Word } from '../text/tokenize.js';
import type { Lexicon } from './lexicon.js';

/** English auxiliaries before the subject of a question: "does Tehran fear", "is Tehran afraid". */
const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'might', 'may', 'should', 'has', 'have', 'had']);

/** Nouns for a state's government in Arabic news prose. */
// Not السلطات: its stem is the verb of «سلط الضوء» (shed light).
const GOVERNMENT_NOUNS = ['النظام', 'الحكومة', 'القيادة'];

/** English demonyms from a country's name: Iran → Iranian, Pakistan → Pakistani, Russia → Russian, China → Chinese. */
export function demonymCandidates(norm: string): string[] {
  const base = norm.replace(/[ae]$/, '');
  return [...new Set([`${norm}ian`, `${norm}i`, `${norm}n`, `${base}ian`, `${base}ese`, `${base}i`])];
}

/** The country a capital stands for: another glossary place its translation also translates (طهران: iran). */
function countryOf(capital: string, lexicon: Lexicon): string | undefined {
  for (const ar of lexicon.enToAr(capital) ?? []) {
    for (const en of lexicon.arToEn(normalizeText(ar)) ?? []) if (en !== capital && lexicon.place?.(en)) return en;
  }
  return undefined;
}

/** Arabic phrases "<government noun> <demonym>" for a capital standing as the subject of question word i; none otherwise. */
export function governmentPhrases(all: readonly Word[], i: number, lexicon: Lexicon): string[] {
  const w = all[i]!;
  if (w.script !== 'latin' || !/^\p{Lu}/u.test(w.raw) || !lexicon.place?.(w.norm)) return [];
  if (i === 0 || !AUXILIARIES.has(all[i - 1]!.norm)) return [];
  const country = countryOf(w.norm, lexicon);
  if (!country) return [];
  const demonym = demonymCandidates(country).find((d) => lexicon.place?.(d) && lexicon.enToAr(d)?.length);
  if (!demonym) return [];
  return GOVERNMENT_NOUNS.flatMap((n) => lexicon.enToAr(demonym)!.map((d) => `${n} ${d}`));
}
