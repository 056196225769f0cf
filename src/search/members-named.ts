/**
 * "ما أسماء الجماعات الإرهابية التي تنشط على الحدود؟", "What are the names of the groups …?", "Name the
 * militias …", "Which armed groups operate …?" ask for the NAMES of members of a class: only a paragraph
 * naming at least one — a proper name beside the class noun that the question does not give itself
 * (جماعة «جيش العدل», "the Jaish al-Adl group") — answers. One that speaks of the class in general
 * ("لمكافحة الجماعات الإرهابية التي تعمل على طول الحدود") names none.
 */
import { memo } from '../text/memo.js';
import { normalizeText } from '../text/normalize.js';
import { isContentWord, stemWord, stemmedWords, words, type Word } from '../text/tokenize.js';
import { isFrameWord, isSayingWord, isTitleWord } from './frame-words.js';
import { arabicInflectionForms, canOnlyBeName, nameKinds, type WordKnowledge } from './name-words.js';
import { spells } from './phrase.js';
import { conceptOfWord, questionForm, stemsIn, type Concept } from './query.js';
import { asksForPlaces } from './which-named.js';

/** "ما (هي) أسماء", "اذكر أسماء", "what are the names of", "name the", "list the names of" — at the start. */
const NAMES_OF = /^(?:(?:and|so|و|ف)\s*)?(?:(?:ما|ماهي|ما\s+هي|اذكر|اذكري|عدد)\s+(?:لي\s+)?اسماء|(?:what|which)\s+(?:are|were)\s+the\s+names\s+of|(?:list|give)\s+(?:me\s+)?the\s+names\s+of|name\s+(?:the|some|all)|can\s+you\s+name\s+the)(?=\s|$)/u;

/**
 * Plural nouns of organised groups, whose members are named organisations: "which / what (armed) groups …",
 * "أي الجماعات / ما (هي) الجماعات … التي". Normalized; Arabic without the article.
 */
const GROUP_KINDS = /^(?:groups|organizations|organisations|militias|factions|movements|gangs|cartels|networks|outfits|جماعات|تنظيمات|منظمات|فصايل|حركات|ميليشيات|مليشيات|عصابات|مجموعات)$/;
const WHICH_EN = /^(?:(?:and|so)\s+)?(?:which|what)\s/u;
const WHICH_AR = /^[وف]?(?:اي|ما|ماهي|ما\s+هي)\s/u;

/** Nouns of classes of people (normalized; Arabic without the article). */
const PERSON_CLASS = /^(?:officials?|ministers?|leaders?|commanders?|people|persons?|members?|diplomats?|generals?|officers?|figures|politicians|envoys|مسوول|مسوولين|مسوولون|وزراء|قاده|زعماء|اعضاء|دبلوماسيين|دبلوماسيون|شخصيات|ضباط|سياسيين|سياسيون|مبعوثين|اشخاص)$/u;

/** Where the class named ends: a relative pronoun, a preposition, a conjunction ("… التي تنشط", "… on the border"). */
const BOUNDARY = /^(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|من|في|فى|على|علي|الي|لدى|لدي|مع|بين|عن|منذ|خلال|عند|و|او|who|whom|whose|that|which|in|on|at|to|from|with|between|during|since|for|by|near|and|or|are|were|is|was|operate|operating|active)$/;
const MAX_WORDS = 3;

/**
 * The class whose members' names a question asks: its noun as the index stems that spell it in the coverage
 * (one set), and whether its members are places (countries, cities); null for any other question.
 */
export function membersAsked(question: string, concepts: readonly Concept[], has: (term: string) => boolean): { stems: Array<Set<string>>; places: boolean } | null {
  const form = questionForm(question).toLowerCase();
  const ws = words(form);
  let start = -1;
  const m = NAMES_OF.exec(form);
  if (m) start = words(m[0]).length;
  else {
    // "Which (armed) groups …": the kind within the first three words after the question word, adjectives before it
    // in English; "أي / ما (هي) الجماعات (المسلحة) …": first in Arabic, its adjectives after it.
    const en = WHICH_EN.test(form);
    if (!en && !WHICH_AR.test(form)) return null;
    const first = ws[1]?.norm === 'هي' ? 2 : 1;
    const kind = ws.slice(first, first + (en ? 3 : 1)).findIndex((w) => GROUP_KINDS.test(w.norm.replace(/^ال(?=\p{L}{3})/u, '')));
    if (kind < 0) return null;
    start = first;
  }
  const span: string[] = [];
  for (let i = start; i < ws.length && span.length < MAX_WORDS; i++) {
    const w = ws[i]!.norm;
    if (BOUNDARY.test(w)) break;
    if (w === 'the' || w === 'a' || w === 'an' || w === 'some' || w === 'all') continue;
    span.push(w);
  }
  // People of a class ("the officials who …", "أسماء المسؤولين") are named by their posts, seldom by the class noun: left to the share.
  if (span.some((w) => PERSON_CLASS.test(w.replace(/^ال(?=\p{L}{3})/u, '')) || isTitleWord(w))) return null;
  // The class noun: first in Arabic (its adjectives follow it), last in English ("the armed groups"). An adjective
  // names no class: "Armed Forces" beside "armed" is no group.
  const head = /[\u0600-\u06FF]/.test(span[0] ?? '') ? span[0] : span[span.length - 1];
  const thing = head === undefined ? undefined : conceptOfWord(concepts, head);
  if (thing === undefined || isFrameWord(thing.label) || thing.place || /^\p{N}+$/u.test(thing.label)) return null;
  const stems = stemsIn(thing, has);
  return stems.size > 0 ? { stems: [stems], places: asksForPlaces(thing) } : null;
}

/** The stems of a question's words: a name the question gives is not one it asks for. */
export function askedStems(question: string): Set<string> {
  return new Set(stemmedWords(question).stems);
}

/** A paragraph's words for this check: each with its stem, whether a quote opens right before it, and whether a sentence ends after it. */
interface Marked { words: Word[]; stems: string[]; quoted: boolean[]; ends: boolean[] }

const TOKEN = /[«»"“”„]|[.!?؟\n]|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Remembered per paragraph text: the same candidates come back question after question. */
const marked = memo((text: string): Marked => {
  const ws = words(text);
  const quoted: boolean[] = [];
  const ends: boolean[] = [];
  let open = false;
  let inside = false;
  let n = 0;
  for (const m of text.normalize('NFKC').matchAll(TOKEN)) {
    const t = m[0];
    // A straight quote opens a name or closes it: only the opening one marks the word after it.
    if (t === '»' || t === '”' || (t === '"' && inside)) { inside = false; continue; }
    if (/^[«"“„]$/.test(t)) { open = inside = true; continue; }
    if (/^[.!?؟\n]$/.test(t)) { if (n > 0) ends[n - 1] = true; continue; }
    if (!normalizeText(t)) continue;
    quoted[n] = open;
    ends[n] = false;
    open = false;
    n++;
  }
  return { words: ws, stems: ws.map((w) => stemWord(w.norm, w.script)), quoted, ends };
}, 2048);

/** How far after a word of the class its member's name may stand, in the same sentence ("الجماعات المسلحة، ومنها «جيش العدل»"). */
const AFTER = 8;
/** … or before it, in English ("the Jaish al-Adl group"). */
const LATIN_BEFORE = 3;

/**
 * Whether the text names a member of the class (`klass`: its noun's stems): within a few words after it, in
 * the same sentence, a quoted name, a word no dictionary knows at all (`knows`; not after a title: a person; a
 * place only in a class of places: `place`, `ofPlaces`), or a word that could be a name right after the class
 * noun — none of them a word of the question (`asked`: its stems, askedStems).
 */
export function namesMember(text: string, klass: ReadonlyArray<ReadonlySet<string>>, asked: ReadonlySet<string>, knows?: WordKnowledge, place?: (form: string) => boolean, ofPlaces = false): boolean {
  const { words: ws, stems, quoted, ends } = marked(text);
  const own = (i: number) => asked.has(stems[i]!) || klass.some((k) => spells(k, stems[i]!));
  // Which words could be names: read only when a word follows the class noun, once per paragraph and search.
  let kinds: ReadonlyArray<unknown> | undefined;
  const couldBeName = (j: number) => knows !== undefined && (kinds ??= nameKinds(ws, knows))[j] !== null;
  const isName = (i: number) => {
    const w = ws[i]!;
    if (!isContentWord(w) || own(i) || isFrameWord(w.norm) || isSayingWord(w.norm) || isTitleWord(w.norm)) return false;
    // A place is a member only of a class of places (countries, cities): near "groups" it says where they are.
    if (place !== undefined && arabicInflectionForms(w.norm).some((f) => place(f))) return ofPlaces;
    if (quoted[i]) return true;
    if (person(i)) return false;
    if (w.script === 'latin') return i > 0 && /^\p{Lu}/u.test(w.raw) && !/^\p{Lu}+$/u.test(w.raw);
    return knows !== undefined && w.script === 'ar' && canOnlyBeName(w, knows);
  };
  // A name after a title is a person's ("الجنرال باقري"), not a member of a class of groups or places.
  const person = (i: number) => ws.slice(Math.max(0, i - 3), i).some((w) => isTitleWord(w.norm));
  const inClass = (i: number) => klass.some((k) => spells(k, stems[i]!));
  // Right after the class noun, in the construct state, a name need not be quoted nor unknown to dictionaries
  // ("وكالة أنباء تسنيم", "حركة طالبان"): a word that could be a name there is one (an adjective takes ال or ة).
  const construct = (j: number) => j > 0 && inClass(j - 1) && !inClass(j) && couldBeName(j) && !own(j) && !isTitleWord(ws[j]!.norm);
  for (let i = 0; i < stems.length; i++) {
    if (!inClass(i)) continue;
    for (let j = i + 1; j < stems.length && j <= i + AFTER && !ends[j - 1]; j++) if (isName(j) || construct(j)) return true;
    // English puts the name first: "the Jaish al-Adl group".
    if (ws[i]!.script === 'latin') for (let j = i - 1; j >= Math.max(0, i - LATIN_BEFORE) && !ends[j]; j--) if (isName(j)) return true;
  }
  return false;
}
