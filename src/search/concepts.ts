/**
 * Question → structured query. Each content word becomes a concept whose alternatives are the word
 * itself, its dictionary translations (multi-word entries matched as phrases) and, for names no
 * dictionary holds, the corpus words of the other script with the same consonant skeleton.
 */
import { englishLookupForms, arabicLookupForms, imperfectRelatives } from '../text/stem.js';
import { verbalNounImperfects, nisbaSiblings } from '../text/noun-relatives.js';
import { isContentWord, ROOTISH, rootishTerms, stemWord, terms, words, type Word } from '../text/tokenize.js';
import type { Lexicon } from './lexicon.js';
import { soundsAlike, type NameIndex } from './names.js';
import { arabicInflectionForms, nameKinds, prepositionOnShortWord, withoutProclitics, type NameKind, type NameTerms, type WordKnowledge } from './name-words.js';
import { asksForWords, isFrameWord, isTitleWord, namesKindOfAnswer } from './frame-words.js';
import { namesSomeone, type Alternative, type Concept } from './query.js';
import { isTravelWord } from './travel.js';
import { countedNounIndex, isUnit } from './counted.js';
import { demonymCandidates, governmentPhrases } from './capital-government.js';

export interface ConceptContext {
  lexicon: Lexicon | null;
  names: NameIndex | null;
  /** whether the corpus holds a term: translations the corpus never uses only add noise */
  has(term: string): boolean;
  /** translations kept per word, in dictionary order */
  maxTranslations?: number;
  /** document frequency of a term (0 when absent): lets coarse forms that add nothing be skipped */
  df?(term: string): number;
  /** paragraphs in the index (with df: how common a term is) */
  size?: number;
  /** the dictionary, to tell names from ordinary words (without it every word may be a name) */
  knows?: WordKnowledge;
  /** terms the coverage holds only as names: an ordinary word reaching one by its stem is dropped */
  nameTerms?: NameTerms | null;
  /** the coverage's stems that are this word's with a clitic the stemmer left on, or a root letter it took (بوزير for وزير: stem-variants.ts) */
  variants?(stem: string): readonly string[];
  /** of those, the ones with "and" or "we/our" (وحث for حث, ناقشنا for ناقش): they may stand for a word the coverage never has bare */
  sureForms?(stem: string): readonly string[];
}

/** Whether a single-term alternative spelled `surface` merely meets a name that shares its stem. */
function collides(term: string, surface: string | null, ctx: ConceptContext): boolean {
  return surface !== null && ctx.nameTerms != null && ctx.nameTerms.collides(term, surface);
}

/** A one-word text's spelling without proclitics (phrases: null). */
function surfaceOf(text: string): string | null {
  const ws = words(text);
  return ws.length === 1 ? withoutProclitics(ws[0]!) : null;
}

/** Words in more than this share of paragraphs get no coarse forms: they match plenty as they are, and their postings are the costliest. */
const COMMON_SHARE = 0.05;

/** spellings of one name kept from the other script; closest first (see NameIndex.lookup) */
const MAX_NAME_MATCHES = 6;

const MAX_PHRASE = 3;

/** Translations of every dictionary form of the word, the surface form's first. */
function lookupWord(w: Word, lexicon: Lexicon): string[] {
  const forms = w.script === 'latin' ? englishLookupForms(w.norm) : w.script === 'ar' ? arabicLookupForms(w.norm) : [];
  const get = w.script === 'latin' ? lexicon.enToAr : lexicon.arToEn;
  const out: string[] = [];
  for (const f of forms) for (const t of get(f) ?? []) if (!out.includes(t)) out.push(t);
  return out;
}

/**
 * A proper name the dictionaries vouch for, though Arabic has no capitals: a place the glossary
 * lists (اليابان), or an Arabic word whose translation sounds the same (الأرجنتين ~ Argentina: a
 * name or loanword, not an ordinary word). Clitics and endings are removed first.
 */
function isProperName(w: Word, translations: readonly string[], lexicon: Lexicon): boolean {
  if (isPlace(w, lexicon)) return true;
  if (w.script !== 'ar' || isLoanword(w, lexicon)) return false;
  const form = withoutProclitics(w);
  return translations.some((t) => !/\s/.test(t) && soundsAlike(form, t));
}

/**
 * A word the glossaries list as news vocabulary, not as a place — itself or the noun of its nisba
 * (تلفزيونية: تلفزيون, television): a loanword sounds like its translation, yet is no name.
 */
function isLoanword(w: Word, lexicon: Lexicon): boolean {
  const forms = arabicInflectionForms(w.norm).flatMap((f) => [f, ...(/^...+يه?$/.test(f) ? [f.replace(/يه?$/, '')] : [])]);
  return !forms.some((f) => lexicon.place?.(f)) && forms.some((f) => lexicon.synonyms?.(f) !== undefined);
}

/** A place the glossary lists (Pakistan, الباكستاني), clitics and endings removed. */
function isPlace(w: Word, lexicon: Lexicon): boolean {
  if (w.script === 'latin') return lexicon.place?.(w.norm) === true;
  return w.script === 'ar' && arabicInflectionForms(w.norm).some((f) => lexicon.place?.(f));
}

/** A noun without a possessive ending (سفري → سفر, سفرنا → سفر); letters kept to three at least. */
function possessiveBases(norm: string): string[] {
  const s = ['هما', 'كما', 'ها', 'هم', 'كم', 'نا', 'ي', 'ه', 'ك'].find((x) => norm.endsWith(x) && norm.length - x.length >= 3);
  return s ? [norm.slice(0, -s.length)] : [];
}

function lookupPhrase(ws: Word[], lexicon: Lexicon): readonly string[] {
  const key = ws.map((w) => w.norm).join(' ');
  const script = ws[0]!.script;
  if (script === 'latin') {
    // Entries are written in the base form: "carried out" is "carry out", "foreign ministers" "foreign minister".
    const exact = lexicon.enToAr(key);
    if (exact?.length || ws.length < 2) return exact ?? [];
    const middle = ws.slice(1, -1).map((w) => w.norm);
    for (const first of englishLookupForms(ws[0]!.norm)) {
      for (const last of englishLookupForms(ws[ws.length - 1]!.norm)) {
        const t = lexicon.enToAr([first, ...middle, last].join(' '));
        if (t?.length) return t;
      }
    }
    return [];
  }
  if (script === 'ar') {
    // Arabic phrases often carry the article or a conjunction on the first word, and a possessive
    // ending on the last (جواز سفري: my passport).
    const middle = ws.slice(1, -1).map((w) => w.norm);
    const lasts = [ws[ws.length - 1]!.norm, ...possessiveBases(ws[ws.length - 1]!.norm)];
    for (const first of arabicLookupForms(ws[0]!.norm)) {
      for (const last of lasts) {
        const t = lexicon.arToEn([first, ...middle, last].join(' '));
        if (t?.length) return t;
      }
    }
  }
  return [];
}

/** "Iran's ambassador": a possessive written with 's, a common noun right after it (not a name: "Pakistan's ISI"). */
function possessiveBeforeNoun(all: readonly Word[], i: number): boolean {
  const w = all[i]!;
  const next = all[i + 1];
  return w.script === 'latin' && /['’]s$/i.test(w.raw) && next !== undefined && isContentWord(next) && /^\p{Ll}/u.test(next.raw);
}

/**
 * "Iran's ambassador" is «السفير الإيراني», "Pakistan's interior minister" «وزير الداخلية الباكستاني»: Arabic
 * writes a country's possessive as the nisba adjective after the noun. A place the glossary lists, in the
 * possessive before a noun, also reaches its demonym's translations (only a demonym the glossary lists as a place).
 */
function addDemonym(c: Concept, w: Word, lexicon: Lexicon, ctx: ConceptContext): void {
  if (!lexicon.place?.(w.norm)) return;
  const demonym = demonymCandidates(w.norm).find((d) => lexicon.place?.(d) && lexicon.enToAr(d)?.length);
  if (!demonym) return;
  addAlternatives(c, translationAlternatives(lexicon.enToAr(demonym)!, ctx, false));
}

/** Adds the alternatives the concept lacks. */
function addAlternatives(c: Concept, alts: readonly Alternative[]): void {
  const have = new Set(c.alternatives.map((a) => a.terms.join(' ')));
  for (const a of alts) if (!have.has(a.terms.join(' '))) { have.add(a.terms.join(' ')); c.alternatives.push(a); }
}

/** what a synonym counts for its concept: the question chose its own word, and the glossary's senses are broad */
const SYNONYM_WEIGHT = 0.5;

/**
 * An Arabic word's synonyms by the glossary (نهاية ~ ختام: both "end"; قناة ~ شبكة): news prose
 * varies its words, and a question rarely uses the paragraph's. Only what the coverage holds.
 */
function addSynonyms(c: Concept, norm: string, lexicon: Lexicon, ctx: ConceptContext): void {
  if (!/^[\u0600-\u06FF]/.test(norm) || !lexicon.synonyms) return;
  const found: string[] = [];
  for (const f of arabicInflectionForms(norm)) for (const s of lexicon.synonyms(f) ?? []) if (!found.includes(s)) found.push(s);
  const have = new Set(c.alternatives.map((a) => a.terms.join(' ')));
  for (const a of translationAlternatives(found, { ...ctx, maxTranslations: 99 }, false)) {
    if (have.has(a.terms.join(' '))) continue;
    have.add(a.terms.join(' '));
    c.alternatives.push({ ...a, weight: SYNONYM_WEIGHT });
  }
}

/** @param coarse whether an absent translation may be matched by its coarse form (not for names: they have no broken plurals) */
function translationAlternatives(translations: readonly string[], ctx: ConceptContext, coarse = true): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set<string>();
  for (const t of translations) {
    let ts = [...new Set(terms(t))];
    const surface = ts.length === 1 ? surfaceOf(t) : null;
    if (ts.length === 1 && collides(ts[0]!, surface, ctx)) continue;
    // Met only after "and" or before "we/our" (وحثّ for حثّ, ناقشنا): that is the word. Not after a preposition: بسبب is "because of", not "cause".
    const conj = ts.length === 1 && !ctx.has(ts[0]!) ? ctx.sureForms?.(ts[0]!)[0] : undefined;
    if (conj) ts = [conj];
    if (coarse && ts.length === 1 && !ctx.has(ts[0]!)) {
      // The corpus may use only another form of the word (a broken plural, a verb form): match that.
      // Not a coarse form the coverage has only as a name (باريس ~ برس of "إيران برس").
      const r = rootishTerms(ts[0]!).find((x) => ctx.has(x) && !ctx.nameTerms?.namesOf(x));
      if (r) ts = [r];
    }
    if (ts.length === 0 || ts.length > MAX_PHRASE || !ts.every((x) => ctx.has(x))) continue;
    const key = ts.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ terms: ts, weight: 1, source: 'dictionary' });
    if (out.length >= (ctx.maxTranslations ?? 8)) break;
  }
  return out;
}

export function buildConcepts(question: string, ctx: ConceptContext): Concept[] {
  const all = words(question);
  const concepts: Concept[] = [];
  const byStem = new Map<string, Concept>();
  const conceptAt = new Map<number, Concept>();
  // Without a dictionary every word may be a name; a bare Arabic word may cross but is no sure name.
  const kinds = ctx.knows ? nameKinds(all, ctx.knows) : all.map((w) => (w.script !== 'digit' ? 'bare' : null));
  const isName = kinds.map((x) => x !== null);

  all.forEach((w, i) => {
    if (!isContentWord(w)) return;
    const stem = stemWord(w.norm, w.script);
    let c = byStem.get(stem);
    if (!c) {
      // The word itself, unless the coverage has its stem only as someone's name (عاصمة ≠ عاصم).
      const own = isName[i] || !collides(stem, withoutProclitics(w), ctx);
      c = { label: w.norm, word: w.raw.replace(/['’]s$/u, ''), name: kinds[i] === 'name', alternatives: own ? [{ terms: [stem], weight: 1, source: 'query' }] : [], known: ctx.has(stem) };
      if (isArabicNameByContext(all, kinds, i, ctx)) c.surelyName = true;
      // The stemmer leaves a one-letter preposition on a word it does not know (لموسكو: to Moscow);
      // when the coverage has the word without it, that is the word.
      const short = ctx.knows && prepositionOnShortWord(w.norm, ctx.knows) ? w.norm.slice(1) : null;
      const bare = w.script === 'ar' && !ctx.has(stem) ? (short ?? withoutPreposition(w.norm)) : null;
      if (bare && ctx.has(bare) && !c.alternatives.some((a) => a.terms[0] === bare)) { c.alternatives.push({ terms: [bare], weight: 1, source: 'query' }); c.known = true; }
      byStem.set(stem, c);
      concepts.push(c);
      const translations = ctx.lexicon ? lookupWord(w, ctx.lexicon) : [];
      // An Arabic word the coverage lacks whose every English translation is a function word (تجاه: "towards",
      // مجدداً: "again") is one itself across the language: it can be neither met nor missed. Not the other way:
      // Arabic function words spell content words too (قبل: before, and accept).
      // The word as written counts alone when the dictionary has it: مجدداً's own entry is "again", though its stem
      // مجدد (modernizer, renewed) is a noun; the adverb's ending chose the function word.
      const asWritten = w.script === 'ar' && ctx.lexicon ? ctx.lexicon.arToEn(w.norm) ?? [] : [];
      const functionOnly = (ts: readonly string[]) => ts.length > 0 && ts.every((t) => terms(t).length === 0);
      if (w.script === 'ar' && !c.name && !c.known && (functionOnly(translations) || functionOnly(asWritten))) {
        concepts.pop();
        byStem.delete(stem);
        return;
      }
      c.alternatives.push(...translationAlternatives(translations, ctx, !c.name));
      if (ctx.lexicon && possessiveBeforeNoun(all, i)) addDemonym(c, w, ctx.lexicon, ctx);
      if (ctx.lexicon) addAlternatives(c, translationAlternatives(governmentPhrases(all, i, ctx.lexicon), ctx, false));
      if (translations.length > 0) { c.known = true; c.dictionaryWord = true; }
      if (ctx.lexicon && !c.name && !c.alternatives.some((a) => a.terms.every((t) => ctx.has(t)))) addSynonyms(c, short ?? w.norm, ctx.lexicon, ctx);
      if (ctx.lexicon && isProperName(w, translations, ctx.lexicon)) c.proper = true;
      if (ctx.lexicon && isPlace(w, ctx.lexicon)) c.place = true;
      // Names cross scripts only from a word that could be a name to corpus words that could be
      // names too (name-words.ts); the name index holds only the latter.
      if (ctx.names && w.script !== 'digit' && isName[i]) {
        for (const s of ctx.names.lookup(w, translations.length > 0).slice(0, MAX_NAME_MATCHES)) {
          c.known = true;
          // The dictionary may already have given this spelling: one alternative each, or its postings count twice.
          if (!c.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === s)) c.alternatives.push({ terms: [s], weight: 1, source: 'transliteration' });
        }
      }
    }
    conceptAt.set(i, c);
  });

  // Multi-word dictionary entries ("foreign minister", "وزير الخارجية") add their translation, as a phrase, to each word they span.
  if (ctx.lexicon) {
    for (let n = MAX_PHRASE; n >= 2; n--) {
      for (let i = 0; i + n <= all.length; i++) {
        const span = all.slice(i, i + n);
        if (span.some((w) => w.script !== span[0]!.script)) continue;
        const translations = lookupPhrase(span, ctx.lexicon);
        // The dictionary knows the phrase (جواز سفر: passport): its absence from the coverage is telling.
        if (translations.length > 0) for (let j = i; j < i + n; j++) { const c = conceptAt.get(j); if (c) c.known = true; }
        const alts = translationAlternatives(translations, ctx).filter((a) => a.terms.length >= 1);
        if (alts.length === 0) continue;
        // A name of several words (إسلام آباد: Islamabad) is one concept: its words, each given the
        // name's translation, would count the one name two or three times.
        if (span.every((_, k) => isName[i + k]) && mergeSpan(i, n, alts, concepts, conceptAt)) continue;
        for (let j = i; j < i + n; j++) {
          const c = conceptAt.get(j);
          if (!c) continue;
          for (const a of alts) if (!c.alternatives.some((x) => x.terms.join(' ') === a.terms.join(' '))) c.alternatives.push(a);
        }
      }
    }
  }
  for (const c of concepts) if (!c.name || crossesNowhere(c)) addRootish(c, ctx);
  for (const c of concepts) addImperfectRelatives(c, ctx);
  for (const c of concepts) addNounImperfects(c, ctx);
  if (ctx.variants) for (const c of concepts) addVariants(c, ctx.variants);
  markTopics(all, conceptAt);
  for (const c of concepts) if (c.topic) addNisbaSiblings(c, ctx);
  return concepts;
}

/**
 * An Arabic word no dictionary has is as often an inflected verb as a name — except right after a
 * verb of saying (ماذا قال أردوغان) or shortly after a title (بوزير الخارجية الروسي سيرغي لافروف):
 * there it is someone's name. (Beside another such word was measured and dropped: Tatoeba's
 * inflected pairs took it.)
 */
function isArabicNameByContext(all: readonly Word[], kinds: ReadonlyArray<NameKind | null>, i: number, ctx: ConceptContext): boolean {
  const w = all[i]!;
  // Only a word the coverage lacks: what this decides is how much its absence weighs.
  if (w.script !== 'ar' || kinds[i] !== 'name' || ctx.has(stemWord(w.norm, w.script))) return false;
  if (i > 0 && isFrameWord(all[i - 1]!.norm)) return true;
  // A title shortly before ("وزير الخارجية الروسي سيرغي لافروف", "الرئيس التركي أردوغان").
  return all.slice(Math.max(0, i - 4), i).some((x) => isTitleWord(x.norm));
}

/** The stem of an Arabic word without a leading ب ل ك و ف, when at least four letters remain. */
function withoutPreposition(norm: string): string | null {
  return /^[بلكوف]/.test(norm) && norm.length >= 5 ? stemWord(norm.slice(1), 'ar') : null;
}

/** Makes the concepts of words i … i+n−1 one: the words together as a phrase, or the phrase's translations. */
function mergeSpan(i: number, n: number, alts: Alternative[], concepts: Concept[], conceptAt: Map<number, Concept>): boolean {
  const parts: Concept[] = [];
  for (let j = i; j < i + n; j++) {
    const c = conceptAt.get(j);
    if (!c || parts.includes(c)) return false;
    parts.push(c);
  }
  const own = parts.map((c) => c.alternatives.find((a) => a.source === 'query')?.terms[0]);
  const merged: Concept = {
    ...parts[0]!,
    label: parts.map((c) => c.label).join(' '),
    word: parts.map((c) => c.word ?? c.label).join(' '),
    known: true,
    alternatives: [...(own.every((t) => t !== undefined) ? [{ terms: own as string[], weight: 1, source: 'query' as const }] : []), ...alts],
  };
  const at = concepts.indexOf(parts[0]!);
  for (const c of parts) concepts.splice(concepts.indexOf(c), 1);
  concepts.splice(at, 0, merged);
  for (let j = i; j < i + n; j++) conceptAt.set(j, merged);
  return true;
}

/** Words that announce what a question is about: "what did X say about Y", "ماذا قال X عن Y". */
const TOPIC_MARKERS = new Set(['about', 'regarding', 'concerning', 'عن', 'حول', 'بشان', 'بخصوص', 'تجاه']);

/**
 * Concepts standing after a topic marker are the question's topic (Concept.topic); the names between
 * "did" and "say", or right after "قال", are who is asked to have said it (Concept.speaker).
 */
function markTopics(all: Word[], conceptAt: Map<number, Concept>): void {
  let inTopic = false;
  all.forEach((w, i) => {
    if (TOPIC_MARKERS.has(w.norm)) inTopic = true;
    const c = conceptAt.get(i);
    if (inTopic && c) c.topic = true;
  });
  markStance(all, conceptAt);
  markAskedFor(all, conceptAt);
  markSaid(all, conceptAt);
  // "What did General Asim Munir tell …": the title is not who spoke when a name is there ("called on
  // General …" names no Munir); a title alone ("what did the president say") still is.
  const speakers = [...new Set(conceptAt.values())].filter((c) => c.speaker);
  if (speakers.some((c) => !isTitleWord(c.label))) for (const c of speakers) if (isTitleWord(c.label)) c.speaker = false;
}

/** "what did X say / tell …", "ماذا قال X": the names of X are who is asked to have spoken. */
function markSaid(all: Word[], conceptAt: Map<number, Concept>): void {
  // Only "what did X say / tell / write …", "how did X react" and "ماذا قال / كيف ردت …": in "التي نقلت تصريح الجنرال" the agency reports.
  const said = all.findIndex((w, i) => asksForWords(w.norm) && (w.script === 'latin' ? /^(?:what|did|does)$/.test(all[i - 2]?.norm ?? '') || all.slice(0, i).some((x) => x.norm === 'did' || x.norm === 'does') : /^(?:ماذا|وماذا|بماذا|كيف|وكيف|هل)$/.test(all[i - 1]?.norm ?? '')));
  if (said < 0) return;
  const latin = all[said]!.script === 'latin';
  // "What did Amir Hatami say about …": between the auxiliary and the verb. "ماذا قال أمير حاتمي عن …":
  // the Arabic subject runs from the verb to the first word that is no concept ("ماذا قال لاريجاني في موسكو عن …" stops at في).
  let [from, to] = latin ? [all.findIndex((w) => /^(?:did|does|do|has|have|had|will|would)$/.test(w.norm)) + 1, said] : [said + 1, said + 1];
  if (from <= 0 && latin) return;
  // … nor at whom they spoke to ("ماذا قال بوتين للاريجاني": ل + a name).
  const addressee = (i: number) => {
    if (i <= from || !/^[لب]/.test(all[i]!.norm) || conceptAt.get(i)?.name !== true) return false;
    // Only when the coverage has the word without that letter (للاريجاني → لاريجاني), not when it is the name's own (لاريجاني).
    const bare = withoutPreposition(all[i]!.norm);
    return bare !== null && conceptAt.get(i)!.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === bare);
  };
  if (!latin) while (to < all.length && !TOPIC_MARKERS.has(all[to]!.norm) && (conceptAt.has(to) || to === from) && !addressee(to)) to++;
  // Who is asked to have spoken, every word of it, name or not.
  for (let i = from; i < to; i++) mark(conceptAt.get(i), true);
}

/** "What is Turkey's position on …", "Trump's response to …", "ما موقف / ما رأي الصين في …", "ما رد واشنطن على …": a stance is something said, by the names before "on" / after موقف. */
const STANCE_EN = /^(?:position|stance|attitude|view|views|reaction|response|opinion|opinions|assessment)$/;
const STANCE_AR = /^[وف]?(?:موقف|راي|رد)$/;
const STANCE_TOPIC = new Set(['on', 'to', 'towards', 'toward', 'regarding', 'about', 'concerning', 'من', 'عن', 'تجاه', 'ازاء', 'حيال', 'بشان', 'حول', 'في', 'علي']);

/**
 * Who is asked to have taken a stance is asked to have said something (Concept.speaker): only a
 * paragraph attributing words to them answers. "What is Larijani's position?" (no "on …") asks his post.
 */
function markStance(all: Word[], conceptAt: Map<number, Concept>): void {
  // "ما موقف X": موقف asked for at the start; inside a question ("ماذا اعتبر لاريجاني موقف باكستان") it is what is asked about.
  // "ما هو موقف X": the copula stands between ما and the noun, as in markAskedFor.
  const opening = COPULA_AR.test(all[1]?.norm ?? '') ? 2 : 1;
  // رأي and the verb رأى ("رأى سامي …": saw) are one word unvoweled: رأي only after ما is the noun.
  const at = all.findIndex((w, i) => (w.script === 'latin' ? i <= 5 && STANCE_EN.test(w.norm) : i <= opening && STANCE_AR.test(w.norm) && (i > 0 || !/راي$/.test(w.norm))));
  if (at < 0) return;
  const topic = all.findIndex((w, i) => i > at && STANCE_TOPIC.has(w.norm));
  if (all[at]!.script === 'latin') {
    // "Turkey's position on", "the position of Turkey on"; "Asim Munir's opinion of …": after a possessive, "of" opens the topic.
    const possessive = at > 0 && /['’]s$/i.test(all[at - 1]!.raw) && all[at + 1]?.norm === 'of';
    if (topic < 0 && !possessive) return;
    const [from, to] = all[at + 1]?.norm === 'of' && !possessive ? [at + 2, topic] : [Math.max(0, at - 2), at];
    for (let i = from; i < to; i++) mark(conceptAt.get(i), true);
  } else {
    for (let i = at + 1; i < (topic > at ? topic : all.length) && conceptAt.has(i); i++) mark(conceptAt.get(i), true);
  }
}

/** "What was the …", "What is the …", "Which …": the English noun asked for follows. */
const ASKING_EN = /^(?:what|which)$/;
const COPULA_EN = /^(?:is|was|are|were|the|a|an|'s)$/;
/** "ما …", "ما هو / ما هي …", "ماذا …" is a verb question; the Arabic noun asked for is the word right after ما (هو/هي). */
const ASKING_AR = /^(?:ما|وما|فما)$/;
const COPULA_AR = /^(?:هو|هي|هم)$/;

/**
 * The noun a "what is the X of …" / "ما X …" question asks for (Concept.askedFor): "What was the
 * outcome of the Trump–Putin meeting?" asks an outcome; a coverage that never uses the word cannot
 * state it, whatever it says about the meeting. Only a question opening so, and only its first noun.
 */
function markAskedFor(all: Word[], conceptAt: Map<number, Concept>): void {
  const first = all[0];
  if (!first) return;
  // "كم عدد القتلى …", "How many soldiers …": the thing counted is asked for — a coverage that never
  // names it states no count of it, whatever numbers stand beside the question's other words (counted.ts).
  // The words before it ("What was the total number of …") are how the question asks, not what.
  const countedAt = countedNounIndex(all);
  const counted = conceptAt.get(countedAt);
  // A unit ("كم يوماً", "how many days") says what the count is measured in, not what is measured.
  if (counted && !isUnit(counted.label) && !namesKindOfAnswer(counted.label) && !namesSomeone(counted) && !counted.topic && !counted.speakerWord) counted.askedFor = true;
  if (countedAt >= 0) return;
  // "متى تولى X …": the verb after متى is the event whose time is asked; a coverage that never tells
  // of it cannot say when it happened, whatever dates stand beside X.
  if (/^[وف]?متي$/.test(first.norm)) {
    const verb = conceptAt.get(1);
    if (verb && !namesSomeone(verb) && !isTravelWord(verb.label) && !isFrameWord(verb.label)) verb.askedFor = true;
    return;
  }
  let i = 1;
  if (first.script === 'latin') {
    if (!ASKING_EN.test(first.norm)) return;
    while (i < all.length && COPULA_EN.test(all[i]!.norm)) i++;
    // "what was the outcome": a copula (or article) must stand between; "what did X say" asks no noun.
    if (i === 1) return;
  } else {
    if (!ASKING_AR.test(first.norm)) return;
    if (COPULA_AR.test(all[1]?.norm ?? '')) i = 2;
  }
  const c = conceptAt.get(i);
  const bare = all[i]?.norm ?? '';
  if (c && !namesKindOfAnswer(bare) && !namesSomeone(c) && !c.topic && !c.speakerWord) c.askedFor = true;
}

/** A name of who is asked to have spoken is a speaker; with `every`, any word of it is a speaker word too. */
function mark(c: Concept | undefined, every = false): void {
  if (c && namesSomeone(c) && !c.topic) c.speaker = true;
  if (c && every && !c.topic) c.speakerWord = true;
}

/**
 * A word written with a proclitic the stemmer leaves on (بوزير, لمسؤول), or filed without a root
 * letter (وصفت) or with part of an ending (ناقشنا), is the word itself (stem-variants.ts); in a
 * phrase, the proclitic goes on its first word (لإسلام آباد). Only for words the coverage also has
 * bare (the alternatives here): one met only with a preposition is often a fixed expression
 * (بسبب "because of" for cause, بدورها "in turn" for role) — measured: an off-topic question answered.
 */
function addVariants(c: Concept, variants: (stem: string) => readonly string[]): void {
  const have = new Set(c.alternatives.map((a) => a.terms.join(' ')));
  for (const a of [...c.alternatives]) {
    const [first, ...rest] = a.terms;
    if (first === undefined) continue;
    // A coarse form (~وصف of توصيف) reaches the word's misfiled forms too (وصفت, filed under صفت), as weakly.
    for (const t of variants(first.startsWith(ROOTISH) ? first.slice(ROOTISH.length) : first)) {
      const terms = [t, ...rest];
      if (have.has(terms.join(' '))) continue;
      have.add(terms.join(' '));
      c.alternatives.push({ terms, weight: a.weight, source: a.source });
    }
  }
}

/**
 * An Arabic word taken for a name only because no dictionary lists it, that no word of the other
 * script spells either (توصيف, تعثرت, يسعى): as often a verb or verbal noun the dictionaries lack, so
 * it gets coarse forms like a word (توصيف ~ وصف) — except those the coverage has only as names.
 */
function crossesNowhere(c: Concept): boolean {
  return /^[\u0600-\u06FF]/.test(c.label) && c.alternatives.every((a) => a.source === 'query');
}

/** How much the past or verbal noun of a question's imperfect verb counts (stem.ts imperfectRelatives). */
const RELATIVE_WEIGHT = 1;

/**
 * A question's imperfect verb (أن ترتقي, أن تنشئ) also reaches its past and verbal noun where the coverage
 * has them (الارتقاء, إنشاء); a word whose forms the coverage holds so is a verb, not someone's name.
 */
function addImperfectRelatives(c: Concept, ctx: ConceptContext): void {
  if (c.label.includes(' ') || !/^[\u0600-\u06FF]/.test(c.label)) return;
  const have = new Set(c.alternatives.map((a) => a.terms.join(' ')));
  const form = c.label.replace(/^[وف](?=.{5})/, '');
  let found = false;
  for (const f of imperfectRelatives(form)) {
    const t = stemWord(f, 'ar');
    if (have.has(t) || !ctx.has(t) || ctx.nameTerms?.namesOf(t)) continue;
    have.add(t);
    found = true;
    c.alternatives.push({ terms: [t], weight: RELATIVE_WEIGHT, source: 'query' });
  }
  if (found) c.name = false;
}

/**
 * A question's verbal noun of a derived verb (استغلال، انضمام) also reaches the verb's imperfect where the
 * coverage has it (أن تستغل روسيا، تنضم): news tells with a verb what a question names with a noun.
 */
function addNounImperfects(c: Concept, ctx: ConceptContext): void {
  if (c.label.includes(' ') || !/^[\u0600-\u06FF]/.test(c.label)) return;
  const have = new Set(c.alternatives.map((a) => a.terms.join(' ')));
  const form = c.label.replace(/^[وف]?(?:بال|لل|ال|كال)/, '');
  for (const f of verbalNounImperfects(form)) {
    const t = stemWord(f, 'ar');
    if (have.has(t) || !ctx.has(t) || ctx.nameTerms?.namesOf(t)) continue;
    have.add(t);
    c.alternatives.push({ terms: [t], weight: RELATIVE_WEIGHT, source: 'query' });
  }
}

/**
 * A topic's plural relative adjective in ـاني ("… عن موقف الباكستانيين") reaches its masculine singular
 * (الباكستاني), which the stemmer files apart (stem.ts nisbaSiblings): the topic is held where the paragraph
 * says "الشعب الباكستاني". Topics only: on every word it lent ranking weight to the common الإيراني (e06 4 → 7).
 */
function addNisbaSiblings(c: Concept, ctx: ConceptContext): void {
  if (c.label.includes(' ')) return;
  const have = new Set(c.alternatives.map((a) => a.terms.join(' ')));
  for (const f of nisbaSiblings(c.label)) {
    const t = stemWord(f, 'ar');
    if (have.has(t) || !ctx.has(t) || ctx.nameTerms?.namesOf(t)) continue;
    have.add(t);
    c.alternatives.push({ terms: [t], weight: NISBA_WEIGHT, source: 'query' });
  }
}

/** How much a plural relative adjective's masculine singular counts (الباكستانيين ~ الباكستاني). */
const NISBA_WEIGHT = 1;

/** Coarse Arabic forms as weaker alternatives: they reach broken plurals the stemmer cannot. */
const ROOTISH_WEIGHT = 0.5;

function addRootish(c: Concept, ctx: ConceptContext): void {
  const have = new Set(c.alternatives.map((a) => a.terms.join(' ')));
  for (const a of [...c.alternatives]) {
    if (a.terms.length !== 1 || !/[\u0600-\u06FF]/.test(a.terms[0]!)) continue;
    const parentDf = ctx.df?.(a.terms[0]!) ?? 0;
    if (ctx.size && parentDf > COMMON_SHARE * ctx.size) continue;
    for (const r of rootishTerms(a.terms[0]!)) {
      if (have.has(r) || !ctx.has(r)) continue;
      // A coarse form the coverage has only as a name (باريس ~ برس of "إيران برس") is not this word.
      // Nor one that, besides the question's own word, meets only words standing as names (المناورات ~ منر ~ عاصم منير);
      // for translations' coarse forms this was measured and dropped (Tatoeba en>ar R@1 −0.006).
      if (ctx.nameTerms?.namesOf(r) || (a.source === 'query' && ctx.names?.coarseOnlyOfNames(r, a.terms[0]!))) continue;
      // A coarse form found in hardly more paragraphs than the word itself reaches nothing new.
      if (ctx.df && parentDf > 0 && ctx.df(r) <= parentDf * 1.05) continue;
      have.add(r);
      c.alternatives.push({ terms: [r], weight: ROOTISH_WEIGHT * a.weight, source: a.source });
    }
  }
}
