/**
 * "Which Saudi official signed the pact?", "Who is the Saudi official who …?", "من هو المسؤول السعودي الذي
 * …؟", "أي مسؤول سعودي …؟" ask for a person qualified by a nationality or a country: only a paragraph naming a
 * person so qualified — a title or a word for a person with the nationality beside it ("وزير الدفاع
 * السعودي", "Saudi Defense Minister") — answers. One naming only Pakistani and Iranian ministers for the deed,
 * with "Saudi Arabia" as a party, does not say which Saudi did it.
 */
import { stemmedWords, type Word } from '../text/tokenize.js';
import { isSayingWord, isTitleWord } from './frame-words.js';
import { spells } from './phrase.js';
import { conceptOfWord, questionForm, stemsIn, type Concept } from './query.js';
import { questionWords } from './question-words.js';

/** Nouns for a person, besides titles (frame-words.ts): normalized, Arabic without the article. */
const PERSON = /^(?:official|officials|figure|diplomat|diplomats|officer|officers|representative|representatives|negotiator|negotiators|مسوول|مسوولين|مسوولون|دبلوماسي|دبلوماسيين|ضابط|ضباط|ممثل|مفاوض|شخصيه|قاده|وزراء|زعماء|سفراء)$/u;

function isPersonNoun(norm: string): boolean {
  // A preposition or "and" may stand on it ("ثاني زيارة لمسؤول إيراني رفيع"), or the article.
  const bare = norm.replace(/^(?:[وف]?(?:بال|لل|ال)|[وفبل])(?=\p{L}{3})/u, '');
  return PERSON.test(bare) || PERSON.test(norm) || isTitleWord(norm);
}

/** Adjectives of rank between the question word and the nationality ("Which senior Iranian official …"). */
const RANK = /^(?:senior|top|other|high|ranking|high-ranking|former|current|leading|كبير|رفيع|بارز|اخر)$/;

/**
 * The nationality a question asks its person to have (as the index stems that spell it in the coverage), or
 * null: "Which <nationality> <person> …", "Who is/was the <nationality> <person> who/that …", "(من هو) ال<person>
 * ال<nationality> الذي …", "أي <person> <nationality> …".
 */
export function qualifiedPersonAsked(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Set<string> | null {
  const ws = questionWords(question).map((w) => w.norm);
  const form = questionForm(question).toLowerCase();
  let q: string | undefined;
  if (/^(?:(?:and|so)\s+)?(?:which|what)\s/.test(form)) {
    let i = 1;
    while (RANK.test(ws[i] ?? '')) i++;
    if (isPersonNoun(ws[i + 1] ?? '')) q = ws[i];
  } else if (/^(?:(?:and|so)\s+)?who\s+(?:is|was)\s+the\s/.test(form)) {
    let i = 3;
    while (RANK.test(ws[i] ?? '')) i++;
    if (isPersonNoun(ws[i + 1] ?? '') && /^(?:who|that)$/.test(ws[i + 2] ?? '')) q = ws[i];
  } else {
    // Arabic: the person noun first, the nisba after it — "من هو المسؤول السعودي الذي", "أي مسؤول سعودي".
    let i = /^[وف]?من$/.test(ws[0] ?? '') && /^(?:هو|هي|كان)$/.test(ws[1] ?? '') ? 2 : /^[وف]?(?:اي|من)$/.test(ws[0] ?? '') ? 1 : -1;
    if (i < 0 || !isPersonNoun(ws[i] ?? '')) return null;
    i++;
    while (RANK.test((ws[i] ?? '').replace(/^ال/, ''))) i++;
    const after = ws[i + 1] ?? '';
    if (ws[0] !== 'اي' && !/^(?:الذي|التي|الذين)$/.test(after)) return null;
    q = ws[i];
  }
  if (q === undefined) return null;
  const c = conceptOfWord(concepts, q);
  if (c === undefined || !(c.place || c.proper)) return null;
  const stems = stemsIn(c, has);
  return stems.size > 0 ? stems : null;
}

/** How far apart a person's word and the nationality qualifying it may stand ("رئيس أركان الجيش الباكستاني"). */
const SPAN = 3;

/**
 * Whether the text names a person of the nationality (`nationality`: its stems): a title or a person noun with
 * the nationality up to SPAN words after it (Arabic order: "وزير الدفاع السعودي") or before it (English: "Saudi
 * Defense Minister").
 */
export function namesQualifiedPerson(text: string, nationality: ReadonlySet<string>): boolean {
  return qualifiedPeople(text, (i, stems) => spells(nationality, stems[i]!));
}

/** Whether a title or person noun stands within SPAN words of a word `qualifies` marks (before it in English, after it in Arabic). */
function qualifiedPeople(text: string, qualifies: (i: number, stems: readonly string[]) => boolean): boolean {
  const { words: ws, stems } = stemmedWords(text);
  for (let i = 0; i < ws.length; i++) {
    if (!qualifies(i, stems)) continue;
    const latin = ws[i]!.script === 'latin';
    const from = latin ? i + 1 : Math.max(0, i - SPAN);
    const to = latin ? Math.min(ws.length - 1, i + SPAN) : i - 1;
    for (let j = from; j <= to; j++) if (isPersonNoun(ws[j]!.norm)) return true;
  }
  return false;
}

/**
 * Whether the text may name the person asked: one of that nationality (namesQualifiedPerson), or someone the
 * question does not name (`asked`: its stems) — a word that could be a name (`kinds`, name-words.ts) after a
 * title or a verb of saying ("وقال لاريجاني") in a paragraph spelling the nationality somewhere, naming no
 * person of another nationality (`isPlace`: a glossary place or its adjective). The pact between Pakistan and
 * Saudi Arabia names no one; the Iranian and the Pakistani defense ministers are no Saudi.
 */
export function mayNameQualifiedPerson(text: string, nationality: ReadonlySet<string>, asked: ReadonlySet<string>, isPlace: (w: Word) => boolean, kinds: (ws: readonly Word[]) => ReadonlyArray<unknown>): boolean {
  if (namesQualifiedPerson(text, nationality)) return true;
  const { words: ws, stems } = stemmedWords(text);
  // The nationality must stand in it somewhere; and no one of another nationality may be named.
  // The country spells it too: إيران's stem اير is the start of الإيراني's ايرا.
  const country = (s: string) => spells(nationality, s) || (s.length >= 3 && [...nationality].some((n) => n.startsWith(s)));
  if (!stems.some(country) || qualifiedPeople(text, (i) => isPlace(ws[i]!) && !spells(nationality, stems[i]!))) return false;
  const k = kinds(ws);
  for (let i = 1; i < ws.length; i++) {
    if (k[i] === null || k[i] === undefined || asked.has(stems[i]!) || isPlace(ws[i]!) || isTitleWord(ws[i]!.norm)) continue;
    const before = ws.slice(Math.max(0, i - SPAN), i);
    if (isSayingWord(ws[i - 1]!.norm) || before.some((w) => isTitleWord(w.norm))) return true;
  }
  return false;
}
