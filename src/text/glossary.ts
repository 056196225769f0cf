/**
 * The product's own news-domain glossary (glossary/news.tsv): the everyday vocabulary of news
 * reporting that general dictionaries lack. One line: `english<TAB>arabic|arabic…`.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Glossary {
  size: number;
  enToAr: Map<string, string[]>;
  arToEn: Map<string, string[]>;
  /** place names (countries, capitals, demonyms: the "Countries" sections), English and Arabic single words as written */
  places: Set<string>;
}

export const GLOSSARY_DIR = fileURLToPath(new URL('./glossary/', import.meta.url));
/** Merge order: the news vocabulary first, then the everyday core, then any other file by name. */
const ORDER = ['news.tsv', 'core.tsv'];

export function parseGlossary(text: string): Glossary {
  const enToAr = new Map<string, string[]>();
  const arToEn = new Map<string, string[]>();
  const places = new Set<string>();
  let inPlaces = false;
  for (const line of text.split('\n')) {
    // Section headings ("# ==== Countries, capitals and demonyms: … ====") say which entries are places.
    if (line.startsWith('# ====')) inPlaces = /countries/i.test(line);
    if (!line.trim() || line.startsWith('#')) continue;
    const [en, ar] = line.split('\t');
    if (!en || !ar) continue;
    const arabic = ar.split('|').map((s) => s.trim()).filter(Boolean);
    const key = en.trim().toLowerCase();
    enToAr.set(key, [...(enToAr.get(key) ?? []), ...arabic]);
    if (inPlaces) for (const w of [key, ...arabic]) if (!/\s/.test(w)) places.add(w);
    for (const a of arabic) {
      const list = arToEn.get(a) ?? [];
      if (!list.includes(key)) list.push(key);
      arToEn.set(a, list);
    }
  }
  return { size: enToAr.size, enToAr, arToEn, places };
}

/** Every `*.tsv` of the glossary folder, merged; a missing folder gives an empty glossary. */
export async function loadGlossary(dir = GLOSSARY_DIR): Promise<Glossary> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.tsv'));
  names.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const texts = await Promise.all(names.map((n) => readFile(path.join(dir, n), 'utf8')));
  return parseGlossary(texts.join('\n'));
}
