/**
 * The product's own news-domain glossary (glossary/news.tsv): the everyday vocabulary of news
 * reporting that general dictionaries lack. One line: `english<TAB>arabic|arabic…`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Glossary {
  size: number;
  enToAr: Map<string, string[]>;
  arToEn: Map<string, string[]>;
}

export const GLOSSARY_FILE = fileURLToPath(new URL('./glossary/news.tsv', import.meta.url));

export function parseGlossary(text: string): Glossary {
  const enToAr = new Map<string, string[]>();
  const arToEn = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [en, ar] = line.split('\t');
    if (!en || !ar) continue;
    const arabic = ar.split('|').map((s) => s.trim()).filter(Boolean);
    const key = en.trim().toLowerCase();
    enToAr.set(key, [...(enToAr.get(key) ?? []), ...arabic]);
    for (const a of arabic) {
      const list = arToEn.get(a) ?? [];
      if (!list.includes(key)) list.push(key);
      arToEn.set(a, list);
    }
  }
  return { size: enToAr.size, enToAr, arToEn };
}

export async function loadGlossary(file = GLOSSARY_FILE): Promise<Glossary> {
  try {
    return parseGlossary(await readFile(file, 'utf8'));
  } catch {
    return { size: 0, enToAr: new Map(), arToEn: new Map() };
  }
}
