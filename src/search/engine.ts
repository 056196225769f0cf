/**
 * The search API the CLI and the bot share: question → SearchResult. Lexical (BM25 over a
 * structured, translated query) always; dense vectors fused in only when a real language model
 * built the index; then near-duplicates folded, abstention decided, sentences highlighted.
 */
import { performance } from 'node:perf_hooks';
import type { Paragraph } from '../types.js';
import { detectLang } from '../text/lang.js';
import { indexTermsOf, ROOTISH, terms, words } from '../text/tokenize.js';
import { Bm25Index, type LexicalHit } from './bm25.js';
import { buildConcepts } from './concepts.js';
import { StemVariants } from './stem-variants.js';
import { rolePlayed } from './role-played.js';
import { memo } from '../text/memo.js';
import type { Lexicon } from './lexicon.js';
import { NameIndex } from './names.js';
import { arabicInflectionForms, nameKinds, lexiconKnowledge, NameTerms, type WordKnowledge } from './name-words.js';
import { detectGreeting } from './greeting.js';
import { asksForInstructions } from './instructions.js';
import { asksGeneralKnowledge } from './general-knowledge.js';
import { orderAnchor, tellsOrder } from './sequence.js';
import { asksForOutlet, namesOutlet, outletFollowsOn } from './outlet.js';
import { doerDeed, metParty, namesMetParty, namesNewPerson, namesParty, ownedNoun, partyPreposition, writesOwner } from './doer.js';
import { amountsTo, answerType, countingNouns, holdsAnswerType, statedNumbers } from './answer-type.js';
import { asksWhy, givesReason } from './reason.js';
import { isTravelWord } from './travel.js';
import { standTogether } from './phrase.js';
import { requirementsOf, type Candidate } from './requirements.js';
import { postHostRequirement, titledDoerRequirement, whoSaidRequirements, type SourcedCandidate } from './who-said.js';
import { denseAnswers, denseEvidence } from './dense-evidence.js';
import { alwaysTitled, holdsTitle, TITLE_STEMS, titleForms, titlePhrases, type TitledRow } from './title-reference.js';
import { reciprocalRankFusion } from './fuse.js';
import { asksForPlaces, kindStems, namesOneOf, namesPlaces, whichKind } from './which-named.js';
import { describerOf, subjectStems } from './describer.js';
import { attributesToPhrase, continuesSpeaker } from './attribution.js';
import { coverage, omitsSubject, shouldAbstain, MIN_COVERAGE } from './abstain.js';
import { askedButMissing, isNearMiss, matchesEnough, type ConceptEvidence } from './answerability.js';
import { isFrameWord, isTitleWord, namesKindOfAnswer } from './frame-words.js';
import { postStandingWords } from './role.js';
import { groupNearDuplicates, nearDuplicateTriples, NEAR_DUPLICATE, shingleTriples } from './dedupe.js';
import { restatedFirst } from './restatement.js';
import { bestSentence, cachedPieceTerms } from './highlight.js';
import { exactStems, namesSomeone, stemsIn, type Alternative, type Concept } from './query.js';
import { bestLineShare, conceptOwners, contextShare, proximityOfTokens } from './proximity.js';
import { HOLDING_BITS, RowTokens } from './tokens.js';
import type { Hit, SearchOptions, SearchResult } from './types.js';

/** What the engine needs from a vector store: nearest rows by cosine. */
export interface DenseSearch {
  search(vector: Float32Array, k: number): Array<{ row: number; score: number }>;
  /** When present (the Postgres store), used instead of `search`: the nearest rows come from the database. */
  searchAsync?(vector: Float32Array, k: number): Promise<Array<{ row: number; score: number }>>;
}

export interface QueryEmbedder {
  embedQueries(texts: string[]): Promise<Float32Array[]>;
}

export interface EngineParts {
  paragraphs: Paragraph[];
  lexicon: Lexicon | null;
  /** present only when the index was built by a real language model */
  dense?: { index: DenseSearch; embedder: QueryEmbedder } | null;
  minCoverage?: number;
}

export interface ArticleSummary { articleId: string; title: string; outlet?: string; date?: string; paragraphs: number }

const CANDIDATES = 100;
const SHINGLE_CACHE = 20_000;
/** how many lexical candidates are reranked, and how much adjacency counts against BM25's normalized score */
const RERANK_DEPTH = 30;
const PROXIMITY_WEIGHT = 0.2;
/** what the score (BM25 and adjacency) of a post quoted in another language counts when the question is in neither (quotedRows) */
const QUOTED_FACTOR = 0.7;
/** in the rerank, a paragraph holding the kind of answer asked for (a time, a quantity) counts as this much adjacency */
const ANSWER_TYPE_BONUS = 0.5;
/** A with-whom question's bonus for the paragraph naming the other party (doer.ts namesParty). */
const PARTY_BONUS = 1;
/** A who-question's further bonus for the paragraph telling the deed that names someone the question does not (doer.ts namesNewPerson). */
const PERSON_BONUS = 1;
/** "… before / قبل X?": the bonus for the paragraph writing a word of order beside X (sequence.ts). */
const SEQUENCE_BONUS = 1;
/** every index stem a title word may have (title-reference.ts), as one speaker word for attributesToPhrase */
const TITLE_FORMS: ReadonlySet<string> = new Set(TITLE_STEMS.flatMap(titleForms));
/** in the rerank, what the question words only the previous paragraph of the article holds count as adjacency (contextShare) */
const CONTEXT_WEIGHT = 0.6;
/** in the rerank, what a person named only by their title counts: this share of the name's part of the question weight, added to BM25's */
const TITLE_REFERENCE_WEIGHT = 0.5;
const MAX_RESULTS = 50;
/** numbers (years, counts) turn up in any news text: matching one says little about topic */
const NUMBER_WEIGHT = 0.5;
/**
 * A word nothing in the coverage contains, even translated, weighs this many times its idf against
 * answering; a name (Bitcoin, Brazil) most: a question about something never mentioned has no answer.
 */
const MISSING_NAME_WEIGHT = 4;
const MISSING_WORD_WEIGHT = 1;
/** an untranslatable word the coverage lacks may just be outside the dictionaries: it proves less */
const MISSING_UNKNOWN_WEIGHT = 0.3;
/** how many of BM25's best are checked for the share of the question they match */
const COVERAGE_DEPTH = 10;
const COARSE_STRENGTH = 1;

/**
 * A name: capitalized in English (Bitcoin, Japan), or one the dictionary writes capitalized
 * (اليابان: Japan). An Arabic word the dictionary lacks is as often an inflection, and a lowercase
 * unknown Latin word as often markup or a typo.
 */
function isSureName(c: Concept): boolean {
  return (c.name === true && /^[a-z]/.test(c.label) && /^\p{Lu}/u.test(c.word ?? '') && !c.dictionaryWord) || c.proper === true || c.surelyName === true;
}

/** numbers (years, counts) are weighed apart: see NUMBER_WEIGHT */
function isNumber(c: Concept): boolean {
  return /^\p{N}+$/u.test(c.label);
}

function evidenceWeight(c: Concept, missing: boolean): number {
  if (isNumber(c)) return NUMBER_WEIGHT;
  if (!missing) return 1;
  // "react", "رد": how the question asks, not what about; the coverage need not use the word.
  if (isFrameWord(c.label)) return 0;
  if (isSureName(c)) return MISSING_NAME_WEIGHT;
  // An English word no dictionary knows is a rare word (hummus) or a typo; an Arabic one is as often an inflection the dictionary lacks.
  return c.known || /^[a-z]/.test(c.label) ? MISSING_WORD_WEIGHT : MISSING_UNKNOWN_WEIGHT;
}

export class SearchEngine {
  readonly paragraphs: readonly Paragraph[];
  readonly lexicon: Lexicon | null;
  private readonly bm25: Bm25Index;
  private readonly names: NameIndex;
  private readonly nameTerms: NameTerms | null;
  /** the coverage's stems the light stemmer left a clitic on or took a root letter from, by the word's stem (stem-variants.ts) */
  private readonly variants = new StemVariants();
  private readonly knows: WordKnowledge | undefined;
  private readonly dense: EngineParts['dense'];
  private readonly minCoverage: number;
  private readonly byArticle = new Map<string, Paragraph[]>();
  /** Shingles of a paragraph, kept for the paragraphs that keep turning up in results. */
  private readonly shinglesOf = memo((row: number): Uint32Array => shingleTriples(this.tokens.of(row)), SHINGLE_CACHE);
  /** A paragraph's stems line by line, when it has several lines (a list, a heading over its text); kept like shingles. */
  private readonly linesOf = memo((row: number): readonly string[][] => {
    const text = this.paragraphs[row]!.text;
    return text.includes('\n') ? text.split('\n').map((l) => terms(l)).filter((ts) => ts.length > 0) : [];
  }, SHINGLE_CACHE);
  /** rows in another language than the rest of their article (an embedded post): see QUOTED_FACTOR */
  private readonly quoted: Uint8Array;
  /** sentences' and clauses' terms, for highlighting */
  private readonly pieceTerms = cachedPieceTerms();
  /** each paragraph's stems as ids, for the rerank and near-duplicate folding */
  private readonly tokens: RowTokens;
  /** token id → index of the title word it is (title-reference.ts) */
  private readonly titleOf = new Map<number, number>();

  constructor(parts: EngineParts) {
    this.paragraphs = parts.paragraphs;
    this.lexicon = parts.lexicon;
    this.dense = parts.dense ?? null;
    this.minCoverage = parts.minCoverage ?? MIN_COVERAGE;
    this.names = new NameIndex();
    // Without a dictionary nothing tells names from words: every word may cross, none is blocked.
    this.knows = parts.lexicon ? lexiconKnowledge(parts.lexicon) : undefined;
    this.nameTerms = this.knows ? new NameTerms() : null;
    const seen = new Set<string>();
    this.tokens = new RowTokens(parts.paragraphs.length);
    // One pass over the text: the same words feed the name index and the BM25 postings.
    const rows = function* (this: SearchEngine): Generator<string[]> {
      for (const p of parts.paragraphs) {
        const ws = words(p.text);
        this.names.add(ws, this.knows ? nameKinds(ws, this.knows) : undefined);
        if (this.nameTerms) {
          for (const w of ws) {
            if (seen.has(w.raw)) continue;
            seen.add(w.raw);
            this.nameTerms.add(w, indexTermsOf([w]), this.knows!);
            this.variants.add(w, this.knows!);
          }
        }
        let list = this.byArticle.get(p.articleId);
        if (!list) this.byArticle.set(p.articleId, (list = []));
        list.push(p);
        const terms = indexTermsOf(ws);
        // The stems (not the coarse ~forms) in text order: what terms(text) gives, without a second pass.
        this.tokens.add(terms.filter((t) => !t.startsWith(ROOTISH)));
        yield terms;
      }
    };
    this.bm25 = new Bm25Index(rows.call(this), parts.paragraphs.length);
    this.tokens.seal();
    TITLE_STEMS.forEach((stem, k) => { for (const f of titleForms(stem)) { const id = this.tokens.id(f); if (id !== undefined && !this.titleOf.has(id)) this.titleOf.set(id, k); } });
    this.quoted = quotedRows(parts.paragraphs, this.byArticle);
  }

  get denseEnabled(): boolean {
    return this.dense != null;
  }

  concepts(question: string): Concept[] {
    return buildConcepts(question, { lexicon: this.lexicon, names: this.names, has: (t) => this.bm25.has(t), df: (t) => this.bm25.df(t), size: this.bm25.size, knows: this.knows, nameTerms: this.nameTerms, variants: (t) => this.variants.of(t), sureForms: (t) => this.variants.sureForms(t) });
  }

  async search(question: string, opts: SearchOptions = {}): Promise<SearchResult> {
    const t0 = performance.now();
    const k = opts.k ?? 5;
    const offset = opts.offset ?? 0;
    const lang = detectLang(question);
    const timings = { totalMs: 0, lexicalMs: 0, denseMs: 0, embedMs: 0 };
    const greeting = detectGreeting(question);
    if (greeting) {
      timings.totalMs = performance.now() - t0;
      return { question, lang, kind: 'greeting', greeting, abstained: true, missing: [], coverage: 0, hits: [], total: 0, timings };
    }
    if (asksForInstructions(question)) {
      timings.totalMs = performance.now() - t0;
      return { question, lang, kind: 'none', abstained: true, missing: [], reason: 'the question asks how to do something: news coverage gives no instructions', coverage: 0, hits: [], total: 0, timings };
    }
    const concepts = this.concepts(question);
    const lexical = this.bm25.search(concepts, CANDIDATES);
    timings.lexicalMs = performance.now() - t0;

    const idf = lexical.stats.map((s) => s.idf);
    const has = (t: string) => this.bm25.has(t);
    // Absent only if no reading of the word is in the coverage either: the light stemmer files وكالة
    // under كال and لوكالة under لوكال, so "الوكالة" (وكال) alone would be "never mentioned".
    const absent = lexical.stats.map((s, i) => s.df === 0 && !concepts[i]!.alternatives.some((a) => a.terms.length === 1 && otherReadings(a.terms[0]!).some(has)));
    // "how many / how long", "react", "say" are how the question asks, not what it asks about: "never mentions long" would mislead.
    // "السفير المعتمد", "the accredited ambassador": the post's standing, which news leaves unsaid, frames the question.
    const standing = postStandingWords(question, concepts);
    // In a "how many" question a verb saying what the quantity amounts to (بلغ، تبلغه, reach) asks too: never named as missing.
    const amounting = answerType(question) === 'quantity' ? concepts.filter((c) => amountsTo(c.label)).map((c) => c.label) : [];
    // "What role does X play …": role and play are how it asks (role-played.ts); its requirement stands in their stead.
    const played = rolePlayed(question, concepts);
    const asking = new Set([...howWords(question), ...standing, ...amounting, ...(played?.frame ?? [])]);
    // An Arabic word no dictionary knows is as often an inflected verb (تعثرت) as a name: named as missing
    // only when it is what is asked about ("… عن البيتكوين") or who is asked to have spoken.
    const named = (c: Concept) => c.known || isSureName(c) || !/[\u0600-\u06FF]/.test(c.label) || c.topic === true || c.speakerWord === true;
    const missing = [...new Set(concepts.filter((c, i) => absent[i] && !isNumber(c) && !asking.has(c.label) && !isFrameWord(c.label) && named(c)).map((c) => c.word ?? c.label))];
    // The final order and the score shown are the same numbers: BM25 adjusted by adjacency, or the fusion.
    // Proximity reads each paragraph's stems as ids kept at indexing, not its text.
    const owners = new Map<number, number>();
    const stemOwner = conceptOwners(concepts);
    for (const [stem, ci] of stemOwner) {
      const id = this.tokens.id(stem);
      if (id !== undefined) owners.set(id, ci);
    }
    // A "when" or "how many" question ranks the paragraphs that say when or how many a little higher.
    const wants = answerType(question);
    const given = wants === 'quantity' ? statedNumbers(question) : [];
    const adjacency = (row: number) => proximityOfTokens(this.tokens.of(row), owners, concepts, idf) + CONTEXT_WEIGHT * contextShare(this.tokens.of(row), this.previousRow(row), owners, idf);
    // "Why …?" ranks the paragraphs that give a cause or a purpose a little higher, the same way (reason.ts; ranking only).
    const why = wants === null && asksWhy(question);
    // "Who signed …?", "من وقّع …؟": the paragraphs telling of the deed, the same way (doer.ts; ranking only).
    // "Who did Bagheri meet …?", "من المسؤول الذي اجتمع به باقري؟": the other party of a meeting, as "مع من اجتمع" asks (doer.ts metParty).
    const met = wants === null && !why ? metParty(question, concepts) : null;
    const deed = met?.deed ?? (wants === null && !why ? doerDeed(question, concepts) : null);
    // "مع أي قناة …؟": the paragraphs naming one of the kind asked (a quoted name after its kind noun), the same way (which-named.ts).
    const kind = wants === null && !why && !deed ? whichKind(question, concepts) : null;
    const which = kind ? kindStems(kind, (w) => this.lexicon?.synonyms?.(w)) : null;
    // … or by whom it comes from ("ما الرسالة التي …؟": "برسالة من المرشد", doer.ts namesParty); "ما الدول التي …؟": places
    // are named in a list, not quoted after the kind noun — a paragraph naming three or more the question does not (namesPlaces).
    const placeList = kind && asksForPlaces(kind) && this.lexicon?.place ? this.lexicon.place : null;
    const askedForms = placeList ? new Set(words(question).flatMap((w) => (w.script === 'ar' ? arabicInflectionForms(w.norm) : [w.norm]))) : null;
    // "كيف وصف وزير الداخلية الباكستاني إيران؟", "ما حجم التبادل الذي يسعى لاريجاني إليه؟": the paragraphs where
    // that one speaks (or going on from one), the same way, on top of a when / how-many bonus (describer.ts).
    const describer = describerOf(question, concepts);
    const spokenBy = describer ? subjectStems(describer, has) : [];
    const describes = (row: number) => attributesToPhrase(this.paragraphs[row]!.text, spokenBy) || (this.follows(row) && continuesSpeaker(this.paragraphs[row]!.text) && attributesToPhrase(this.paragraphs[row - 1]!.text, spokenBy));
    // "مع من اجتمع …؟": the paragraph naming the other party writes the deed's word before the question's preposition (doer.ts).
    const party = met ? 'مع' : deed ? partyPreposition(question) : null;
    // The meeting told must be the one asked about: its article names the question's people and places (a lede often names neither).
    const metNamed = met ? concepts.filter(namesSomeone) : [];
    const askedTerms = deed || which ? new Set(indexTermsOf(words(question))) : undefined;
    // Read by the answer-type bonus and the who-question bonus alike: each row's text is scanned once.
    const held = new Map<number, boolean>();
    const holds = (row: number) => {
      let h = held.get(row);
      if (h === undefined) held.set(row, (h = holdsOnce(row)));
      return h;
    };
    const holdsOnce = (row: number) => (wants ? holdsAnswerType(wants, this.paragraphs[row]!.text, given) : met ? namesMetParty(this.paragraphs[row]!.text, met, askedTerms, knows) && this.articleHoldsAll(row, metNamed) : deed ? this.holdsConcept(row, deed) && (!party || namesParty(this.paragraphs[row]!.text, deed, party, askedTerms)) : placeList ? namesPlaces(this.paragraphs[row]!.text, placeList, askedForms!) : which ? namesOneOf(this.paragraphs[row]!.text, which) || (this.holdsConcept(row, kind!) && namesParty(this.paragraphs[row]!.text, kind!, 'من', askedTerms)) : givesReason(this.paragraphs[row]!.text));
    // The paragraph naming the other party answers a with-whom question outright: a whole adjacency bonus, not half.
    const bonus = party ? PARTY_BONUS : wants || why || deed || which ? ANSWER_TYPE_BONUS : 0;
    const speaks = spokenBy.length > 0 ? ANSWER_TYPE_BONUS : 0;
    // "ماذا تضمنت رسالة خامنئي …؟": the paragraph saying whose the thing is ("برسالة من … خامنئي"), the same way (doer.ts).
    const owned = ownedNoun(question, concepts);
    const ownerBonus = owned ? PARTY_BONUS : 0;
    // A who-question asks for people: of the paragraphs telling the deed, the one naming someone new answers it (doer.ts).
    const knows = this.knows;
    const people = deed && knows ? PERSON_BONUS : 0;
    const namesPeople = (row: number) => people > 0 && holds(row) && namesNewPerson(this.paragraphs[row]!.text, knows!, askedTerms!);
    // What BM25's score counts: a list of headlines by its best line (proximity.ts: bestLineShare).
    const discount = (row: number) => bestLineShare(this.linesOf(row), stemOwner, idf);
    // A post quoted in another language than the question's meets it only through translations, its
    // words and their standing together alike: its whole score counts less (quotedRows).
    const factor = (row: number) => (this.quoted[row] && this.paragraphs[row]!.lang !== lang ? QUOTED_FACTOR : 1);
    // A paragraph that names a person the question names only by the title the article introduced them
    // with ("للرئيس الروسي" for Putin) is credited with part of that name's weight (title-reference.ts).
    const titled = this.titleCredit(concepts, lexical.hits, absent, idf);
    // "كيف وصف نقوي إيران؟": the paragraph where the describer speaks by the title the article introduced them with
    // ("أكد وزير الداخلية الباكستاني …", no name) describes too: a title word beside a verb of saying, in a paragraph
    // crediting that title to the describer (title-reference.ts).
    const byTitle = describer?.length === 1 && describer[0]!.name ? this.titleCredit(concepts, lexical.hits, concepts.map((c, i) => c !== describer[0] || absent[i]!), idf) : null;
    const describesByTitle = (row: number) => byTitle !== null && byTitle.has(row) && attributesToPhrase(this.paragraphs[row]!.text, [TITLE_FORMS]);
    // "… قبل لاريجاني؟": the paragraph writing a word of order beside that name tells what came before (sequence.ts).
    const anchor = orderAnchor(question, concepts);
    const sequence = anchor ? SEQUENCE_BONUS : 0;
    const ordered = (row: number) => sequence > 0 && tellsOrder(this.paragraphs[row]!.text, anchor!);
    const rerankSignal = (row: number) => adjacency(row) + (TITLE_REFERENCE_WEIGHT / PROXIMITY_WEIGHT) * (titled.get(row) ?? 0);
    const ranked = rerankByProximity(lexical.hits, bonus || speaks || ownerBonus || sequence ? (row) => rerankSignal(row) + (ordered(row) ? sequence : 0) + (bonus && holds(row) ? bonus : 0) + (speaks && (describes(row) || describesByTitle(row)) ? speaks : 0) + (owned && this.holdsConcept(row, owned[0]) && this.holdsConcept(row, owned[1]) && writesOwner(this.paragraphs[row]!.text, owned[0], owned[1]) ? ownerBonus : 0) + (namesPeople(row) ? people : 0) : rerankSignal, discount, factor);
    let order: number[] = ranked.map((h) => h.row);
    // Divided by the highest score possible, so a score shown stays within 0–1.
    const scoreOf = new Map<number, number>(ranked.map((h) => [h.row, h.score / (1 + PROXIMITY_WEIGHT * (1 + bonus + speaks + ownerBonus + people + sequence + CONTEXT_WEIGHT))]));
    let denseStandsOut = false;
    if (this.dense && question.trim()) {
      const e0 = performance.now();
      const [vec] = await this.dense.embedder.embedQueries([question]);
      const e1 = performance.now();
      const index = this.dense.index;
      const dense = index.searchAsync ? await index.searchAsync(vec!, CANDIDATES) : index.search(vec!, CANDIDATES);
      timings.denseMs = performance.now() - e1;
      timings.embedMs = e1 - e0;
      denseStandsOut = denseAnswers(denseEvidence(dense.map((d) => d.score)));
      const fused = reciprocalRankFusion([order, dense.map((d) => d.row)]);
      const top = fused[0]?.score ?? 1;
      order = fused.map((f) => f.row);
      scoreOf.clear();
      for (const f of fused) scoreOf.set(f.row, f.score / top);
    }
    // A short lede its article restates more fully further down comes right after that paragraph, which is
    // shown with the lede's score (restatement.ts).
    const restated = restatedFirst(order, { article: (r) => this.paragraphs[r]!.articleId, stems: (r) => this.tokens.of(r), holds: (r, i) => this.holdsConcept(r, concepts[i]!), concepts: concepts.length });
    order = restated.order;
    for (const [b, a] of restated.lifted) scoreOf.set(b, Math.max(scoreOf.get(b) ?? 0, scoreOf.get(a) ?? 0));
    // "لأي قناة تحدث X عن …؟": the paragraph going on with X's words names the outlet of the interview (outlet.ts).
    if (kind && asksForOutlet(question)) {
      const on = outletFollowsOn(order, (r) => (r + 1 < this.paragraphs.length && this.follows(r + 1) && omitsSubject(this.paragraphs[r + 1]!.text) ? r + 1 : null), (r) => namesOutlet(this.paragraphs[r]!.text));
      order = on.order;
      if (on.lifted) scoreOf.set(on.lifted[0], scoreOf.get(on.lifted[1]) ?? 0);
    }

    // "How long …": the word after "how" asks; absent from the coverage, it weighs nothing. In a "how many"
    // question a verb saying what the quantity amounts to (reach, last, تصل، بلغ) is how it asks: it weighs nothing either.
    const weight = idf.map((x, i) => x * ((absent[i] && asking.has(concepts[i]!.label)) || (wants === 'quantity' && amountsTo(concepts[i]!.label)) ? 0 : evidenceWeight(concepts[i]!, absent[i]!)));
    // What the question asks of its answer beyond its words: a time, a number beside what is counted, X quoted,
    // the post named, both parties, the deed, the topic (requirements.ts).
    // … and who said or reported it, as such (who-said.ts); where a post asked about is held (role.ts).
    const host = postHostRequirement(question, concepts, has);
    // "هل زار بوتين طهران …؟": a doer the coverage writes only after a title is a person (yes-no.ts, title-reference.ts).
    const titledDoer = titledDoerRequirement(question, concepts, absent, has, (c) => this.writtenAsPerson(c, lexical.hits.slice(0, COVERAGE_DEPTH)));
    const requirements = [...requirementsOf({ question, concepts, absent, has, wants, given, isNumber, knows: this.knows, place: this.lexicon?.place, senses: this.lexicon ?? undefined }), ...whoSaidRequirements(question, concepts, has), ...[host, titledDoer].filter((r) => r !== null)];
    const candidates = lexical.hits.slice(0, COVERAGE_DEPTH).filter((h) => {
      const before = h.row > 0 && this.follows(h.row) ? h.row - 1 : -1;
      const p: SourcedCandidate = {
        text: this.paragraphs[h.row]!.text,
        outlet: this.paragraphs[h.row]!.outlet,
        previous: before >= 0 ? this.paragraphs[before]!.text : undefined,
        holds: (c) => this.holdsConcept(h.row, c),
        previousHolds: (c) => before >= 0 && this.holdsConcept(before, c),
        title: this.paragraphs[h.row]!.title,
      };
      return requirements.every((r) => r.meets(p));
    });
    const best = this.bestCovering(candidates, concepts, weight);
    const decision = shouldAbstain({ idf: weight, matched: best.matched, strength: best.strength }, this.minCoverage);
    const unmet = candidates.length === 0 && lexical.hits.length > 0 ? requirements.find((r) => r.reason)?.reason : undefined;
    if (unmet) decision.reason = unmet;
    // A question whose topic ("… about cricket") the coverage never mentions has no answer, whatever
    // else matches (an untranslatable word may just be outside the dictionaries: only known words and names count).
    // "What was the outcome of the Trump–Putin meeting?": a noun asked for that the coverage never uses, it never states.
    const askedForMissing = concepts.some((c, i) => c.askedFor && absent[i] && c.known && !isFrameWord(c.label) && !asking.has(c.label));
    const topicMissing = isTopicMissing(concepts, absent, weight) || askedForMissing;
    // "What did the IAEA say …?": the coverage quotes no one it never mentions.
    // "ما موقف الأمم المتحدة …": a speaker of several words is one only where the coverage writes them together.
    const speakerWords = concepts.filter((c) => c.speakerWord && !isNumber(c));
    const phraseWords = speakerWords.map((c) => stemsIn(c, has)).filter((stems) => stems.size > 0);
    const speakerPhrase = phraseWords.length >= 2 && !speakerWords.every((c) => c.name) ? phraseWords : null;
    const speakerMissing = concepts.some((c, i) => c.speakerWord && absent[i] && !isNumber(c) && (c.known || isSureName(c))) ||
      (speakerPhrase !== null && !lexical.hits.some((h) => standTogether(this.paragraphs[h.row]!.text, speakerPhrase)));
    // A real model's paragraph that stands out may answer in other words, but not a question about
    // a name the coverage never mentions.
    const denseRescues = denseStandsOut && !concepts.some((c, i) => absent[i] && isSureName(c));
    const evidence: ConceptEvidence[] = [];
    const inBest = new Set(best.matched);
    concepts.forEach((c, i) => {
      if (isNumber(c) || i >= absent.length) return;
      const coarseOnly = !absent[i] && c.alternatives.every((a) => a.terms.some((t) => t.startsWith(ROOTISH) || !has(t)));
      // A lowercase English word no dictionary knows (saffron, with no dictionary loaded) is a rare word, not someone's name.
      const name = c.name === true && !(/^[a-z]/.test(c.label) && !/^\p{Lu}/u.test(c.word ?? ''));
      evidence.push({ word: c.word ?? c.label, idf: idf[i]!, absent: absent[i]!, name, sureName: isSureName(c), known: c.known, matched: inBest.has(i), coarseOnly, frame: isFrameWord(c.label) || standing.has(c.label), title: isTitleWord(c.label), place: c.place === true, answerKind: namesKindOfAnswer(c.label), travel: isTravelWord(c.label) });
    });
    const nearMiss = isNearMiss(evidence);
    // A near miss names what is asked of the names: words the coverage lacks, or has only by a letter skeleton.
    if (nearMiss) for (const { word } of askedButMissing(evidence)) if (word && !missing.includes(word)) missing.push(word);
    const enough = matchesEnough(evidence, this.bm25.idf(0));
    // An encyclopedia question is answered only by a paragraph stating the fact: every word of it matched ("wrote" too), none by a letter skeleton alone.
    // … and together, in one phrase: Larijani wrote of war, and of peace, far apart — not of "War and Peace".
    const fact = asksGeneralKnowledge(question) ? concepts.filter((c) => !isFrameWord(c.label) && !isNumber(c)).map((c) => stemsIn(c, has)) : null;
    const unstatedFact = fact !== null && (evidence.some((e) => !e.matched || e.coarseOnly) || !candidates.some((h) => standTogether(this.paragraphs[h.row]!.text, fact)));
    const abstain = topicMissing || nearMiss || speakerMissing || unstatedFact || (decision.abstain && !enough && !denseRescues);
    if (unstatedFact && !topicMissing && !nearMiss && !speakerMissing && !decision.abstain) decision.reason = 'a general-knowledge question, and no paragraph states the fact';
    if (abstain) {
      timings.totalMs = performance.now() - t0;
      return { question, lang, kind: 'none', abstained: true, missing, reason: (topicMissing || nearMiss || speakerMissing) && missing.length > 0 ? `the coverage never mentions ${missing.join(', ')}` : (decision.reason ?? unmet ?? 'no paragraph that matches answers what is asked'), coverage: round(decision.coverage), hits: [], total: 0, timings };
    }

    // The clause to mark is the one saying what was asked: the topic ("… about trade") counts double,
    // a verb of saying (قال) not at all — it opens every quote, whatever the quote says.
    const markWeight = idf.map((x, i) => (isFrameWord(concepts[i]!.label) ? 0 : concepts[i]!.topic ? 2 * x : x));
    const groups = groupNearDuplicates(order.slice(0, MAX_RESULTS), (row) => this.shinglesOf(row), NEAR_DUPLICATE, nearDuplicateTriples);
    const hits: Hit[] = groups.slice(offset, offset + k).map((g, i) => {
      const paragraph = this.paragraphs[g.head]!;
      return {
        rank: offset + i + 1,
        paragraph,
        score: round(scoreOf.get(g.head) ?? 0),
        highlight: bestSentence(paragraph.text, concepts, markWeight, this.pieceTerms),
        alsoIn: g.dups.map((r) => this.paragraphs[r]!),
      };
    });
    timings.totalMs = performance.now() - t0;
    // "What are the names / topics …": the noun naming the kind of answer is how the question asks, not a
    // word an answer lacks ("Partial match: the coverage never mentions names" would mislead).
    const unmatched = missing.filter((w) => !concepts.some((c) => (c.word ?? c.label) === w && namesKindOfAnswer(c.label)));
    return { question, lang, kind: 'answer', abstained: false, missing: unmatched, coverage: round(decision.coverage), hits, total: groups.length, timings };
  }

  /**
   * The candidate matching the most question weight (BM25's top may win on repetition of one
   * word). A concept reached only by a coarse form (a weaker alternative) counts at that weight.
   */
  private bestCovering(hits: LexicalHit[], concepts: Concept[], weight: number[]): { matched: number[]; strength: number[] } {
    let best = { matched: [] as number[], strength: [] as number[] };
    let bestCov = -1;
    for (const h of hits) {
      // The row's index terms, asked of the postings rather than by tokenizing its text again.
      const strength = h.matched.map((ci) => Math.max(0, ...concepts[ci]!.alternatives.filter((a) => a.terms.every((t) => this.bm25.holds(h.row, t))).map(altStrength)));
      const matched = [...h.matched];
      // "وحثّ خلال مقابلة …": the speaker the previous paragraph names is this paragraph's subject (abstain.ts omitsSubject).
      for (const ci of this.carriedSpeakers(h.row, concepts)) if (!matched.includes(ci)) { matched.push(ci); strength.push(1); }
      const c = coverage({ idf: weight, matched, strength });
      if (c > bestCov) { best = { matched, strength }; bestCov = c; }
    }
    return best;
  }

  /**
   * Whether an article among the hits that holds a word no dictionary calls a name writes it only as a person's
   * (title-reference.ts alwaysTitled: each time after a title, "الرئيس الروسي فلاديمير بوتين").
   */
  private writtenAsPerson(c: Concept, hits: LexicalHit[]): boolean {
    if (c.name || c.place || c.proper) return false;
    const ids = new Set<number>();
    for (const a of c.alternatives) if (a.terms.length === 1) { const id = this.tokens.id(a.terms[0]!); if (id !== undefined) ids.add(id); }
    if (ids.size === 0) return false;
    const seen = new Set<string>();
    for (const h of hits) {
      const article = this.paragraphs[h.row]!.articleId;
      if (seen.has(article) || !this.holdsConcept(h.row, c)) continue;
      seen.add(article);
      if (alwaysTitled(this.articleRows(h.row).map((r) => this.titledRow(r)), ids, this.titleOf, new Set())) return true;
    }
    return false;
  }

  /** The question's people the previous paragraph names, when this one goes on with its speaker unnamed (omitsSubject). */
  private carriedSpeakers(row: number, concepts: Concept[]): number[] {
    if (row === 0 || !this.follows(row) || !omitsSubject(this.paragraphs[row]!.text)) return [];
    return concepts.map((c, i) => (c.name === true && !c.place && !c.proper && this.holdsConcept(row - 1, c) ? i : -1)).filter((i) => i >= 0);
  }

  /**
   * Per head row: the question weight (share of Σ idf) of the people the question names that the
   * row lacks by name but speaks of by the title they are introduced with in its article (title-reference.ts).
   */
  private titleCredit(concepts: Concept[], hits: LexicalHit[], absent: boolean[], idf: number[]): Map<number, number> {
    const credit = new Map<number, number>();
    // A person: a word that could be a name, or one its article writes only after a title (alwaysTitled).
    const people = concepts.map((c, i) => (!c.proper && !c.place && !absent[i] ? i : -1)).filter((i) => i >= 0);
    let total = 0;
    for (const x of idf) total += x;
    if (people.length === 0 || total <= 0) return credit;
    const head = hits.slice(0, RERANK_DEPTH);
    const nameIds = new Set<number>();
    for (const c of concepts) if (c.name) for (const t of exactStems(c)) { const id = this.tokens.id(t); if (id !== undefined) nameIds.add(id); }
    const idsOf = people.map((i) => {
      const ids = new Set<number>();
      for (const a of concepts[i]!.alternatives) if (a.terms.length === 1) { const id = this.tokens.id(a.terms[0]!); if (id !== undefined) ids.add(id); }
      return ids;
    });
    // Which person's ids each row of the articles read holds, in one pass (tokens.ts): a row holding none of a
    // person's ids adds nothing to alwaysTitled or titlePhrases, so only the rows holding them are read. An
    // article is read only for a head row lacking one of the people by name, as before.
    const rowsOf = new Map<string, number[]>();
    for (const h of head) {
      const article = this.paragraphs[h.row]!.articleId;
      if (!rowsOf.has(article) && people.some((i, k) => idsOf[k]!.size > 0 && !h.matched.includes(i))) rowsOf.set(article, this.articleRows(h.row));
    }
    const held = this.tokens.holding([...rowsOf.values()].flat(), idsOf);
    for (const [k, i] of people.entries()) {
      const ids = idsOf[k]!;
      if (ids.size === 0) continue;
      const keysOf = new Map<string, Set<string>>();
      for (const h of head) {
        if (h.matched.includes(i)) continue;
        const article = this.paragraphs[h.row]!.articleId;
        let keys = keysOf.get(article);
        if (!keys) {
          const rows = rowsOf.get(article)!.filter((r) => k >= HOLDING_BITS || (held.get(r)! & (1 << k)) !== 0).map((r) => this.titledRow(r));
          keysOf.set(article, (keys = concepts[i]!.name || alwaysTitled(rows, ids, this.titleOf, nameIds) ? titlePhrases(rows, ids, this.titleOf) : new Set()));
        }
        if (holdsTitle(this.titledRow(h.row), keys, this.titleOf)) credit.set(h.row, (credit.get(h.row) ?? 0) + idf[i]! / total);
      }
    }
    return credit;
  }

  private titledRow(row: number): TitledRow<number> {
    return { tokens: this.tokens.of(row), modifierFirst: this.paragraphs[row]!.lang !== 'ar' };
  }

  /** The rows of a row's article: the consecutive rows around it with its article id (an article is indexed in one piece). */
  private articleRows(row: number): number[] {
    const id = this.paragraphs[row]!.articleId;
    let a = row;
    while (a > 0 && this.paragraphs[a - 1]!.articleId === id) a--;
    const rows: number[] = [];
    for (let r = a; r < this.paragraphs.length && this.paragraphs[r]!.articleId === id; r++) rows.push(r);
    return rows;
  }

  /** Whether a row holds one of a concept's alternatives whole (asked of the postings, not the text). */
  private holdsConcept(row: number, c: Concept): boolean {
    return c.alternatives.some((a) => a.terms.every((t) => this.bm25.holds(row, t)));
  }

  /** Whether the row's article names each of the concepts (in any of its paragraphs). */
  private articleHoldsAll(row: number, concepts: readonly Concept[]): boolean {
    if (concepts.length === 0) return true;
    const rows = this.articleRows(row);
    return concepts.every((c) => rows.some((r) => this.holdsConcept(r, c)));
  }

  /** Whether the row before is the paragraph before this one in its article. */
  private follows(row: number): boolean {
    const p = this.paragraphs[row]!;
    const q = this.paragraphs[row - 1];
    return q !== undefined && q.articleId === p.articleId && q.n === p.n - 1;
  }

  /** The row of the paragraph before this one in its article, null for an article's first. */
  private previousRow(row: number): Uint32Array | null {
    return this.follows(row) ? this.tokens.of(row - 1) : null;
  }

  article(articleId: string): readonly Paragraph[] {
    return this.byArticle.get(articleId) ?? [];
  }

  articles(): ArticleSummary[] {
    return [...this.byArticle.values()].map((ps) => {
      const p = ps[0]!;
      return { articleId: p.articleId, title: p.title, outlet: p.outlet, date: p.date, paragraphs: ps.length };
    });
  }
}

/**
 * Rows written in another language than most of their article: a post quoted in English inside an
 * Arabic article, say. The article's own prose reports the same in its language; a question in
 * neither the post's language reaches the post only through translations, so it ranks a little lower.
 */
function quotedRows(paragraphs: readonly Paragraph[], byArticle: ReadonlyMap<string, readonly Paragraph[]>): Uint8Array {
  const main = new Map<string, string>();
  for (const [id, ps] of byArticle) {
    const count = new Map<string, number>();
    for (const p of ps) count.set(p.lang, (count.get(p.lang) ?? 0) + 1);
    main.set(id, [...count].sort((a, b) => b[1] - a[1])[0]![0]);
  }
  return Uint8Array.from(paragraphs, (p) => (p.lang !== 'other' && p.lang !== main.get(p.articleId) ? 1 : 0));
}

/** the share of the topic's weight that must be missing for the topic to count as never mentioned */
const TOPIC_MISSING_SHARE = 0.5;

/**
 * Whether the question's topic ("… about the earthquake in Turkey") is never mentioned: the topic
 * words the coverage lacks are at least as many as those it has, and outweigh them. Only missing
 * words the search can vouch for count (a dictionary word or a name; an untranslatable word may
 * be a dictionary gap). "… about the visit to Pakistan and bread" keeps its partial answer.
 */
function isTopicMissing(concepts: Concept[], absent: boolean[], weight: number[]): boolean {
  let missing = 0;
  let total = 0;
  let missingCount = 0;
  let count = 0;
  concepts.forEach((c, i) => {
    if (!c.topic || isNumber(c) || i >= absent.length) return;
    // A missing lowercase Latin word no dictionary knows is as often markup or a typo (</blockquote>): it proves nothing either way.
    const vouched = c.known || isSureName(c) || (c.name === true && /[\u0600-\u06FF]/.test(c.label));
    if (absent[i] && !vouched) return;
    total += weight[i] ?? 0;
    count++;
    if (absent[i]) { missing += weight[i] ?? 0; missingCount++; }
  });
  return total > 0 && missing > TOPIC_MISSING_SHARE * total && missingCount * 2 >= count;
}

/** The words after "how" ("how many", "how long"), and the noun a count is asked with ("كم عدد", "the number of"), as concept labels. */
function howWords(question: string): Set<string> {
  return new Set([...[...question.toLowerCase().matchAll(/\bhow\s+([a-z]+)/g)].map((m) => m[1]!), ...countingNouns(question)]);
}

/**
 * BM25 order, adjusted in the top candidates by how many question words stand together in the text,
 * by a discount (0–1] on BM25's part (a headline list) and a factor (0–1] on the whole (a quoted post);
 * `score` is what it sorted by.
 */
export function rerankByProximity(hits: LexicalHit[], proximityOf: (row: number) => number, discountOf: (row: number) => number, factorOf: (row: number) => number = () => 1): Array<{ row: number; score: number; matched: number[] }> {
  const head = hits.slice(0, RERANK_DEPTH).map((h) => ({ row: h.row, matched: h.matched, score: factorOf(h.row) * (h.normalized * discountOf(h.row) + PROXIMITY_WEIGHT * proximityOf(h.row)) }));
  head.sort((a, b) => b.score - a.score || a.row - b.row);
  // Below the reranked head, BM25's own order, never above the head: a discounted head row (a quoted
  // post, a headline list) may score below BM25's score of a row further down, so the tail's scores
  // are capped at the head's lowest and the scores shown never rise down the list.
  const floor = head.at(-1)?.score ?? Infinity;
  return [...head, ...hits.slice(RERANK_DEPTH).map((h) => ({ row: h.row, matched: h.matched, score: Math.min(h.normalized, floor) }))];
}

/** How much a matched alternative proves: a coarse form (a letter skeleton of a stem) at most half. */
function altStrength(a: Alternative): number {
  return a.terms.some((t) => t.startsWith(ROOTISH)) ? Math.min(a.weight, COARSE_STRENGTH) : a.weight;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The stems the same Arabic word may have been filed under: without a first و, or with a one-letter clitic. */
function otherReadings(term: string): string[] {
  if (!/^[\u0600-\u06FF]{3,}$/.test(term)) return [];
  return [...(term.startsWith('و') && term.length >= 4 ? [term.slice(1)] : []), ...['و', 'ل', 'ب', 'ف', 'ك'].map((p) => p + term)];
}
