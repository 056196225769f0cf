/**
 * The search API the CLI and the bot share: question → SearchResult. Lexical (BM25 over a
 * structured, translated query) always; dense vectors fused in only when a real language model
 * built the index; then near-duplicates folded, abstention decided, sentences highlighted.
 */
import { performance } from 'node:perf_hooks';
import type { Paragraph } from '../types.js';
import { detectLang } from '../text/lang.js';
import { indexTermsOf, ROOTISH, words } from '../text/tokenize.js';
import { englishLookupForms } from '../text/stem.js';
import { Bm25Index, type LexicalHit } from './bm25.js';
import { buildConcepts } from './concepts.js';
import type { Lexicon } from './lexicon.js';
import { NameIndex } from './names.js';
import { reciprocalRankFusion } from './fuse.js';
import { coverage, shouldAbstain, MIN_COVERAGE } from './abstain.js';
import { groupNearDuplicates, shinglesOfTokens } from './dedupe.js';
import { bestSentence } from './highlight.js';
import { conceptOwners, proximityOfTokens } from './proximity.js';
import { RowTokens } from './tokens.js';
import type { Concept } from './query.js';
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
const MAX_RESULTS = 50;
/** cosine above which a real model's nearest paragraph counts as an answer even when words differ */
const DENSE_ANSWER = 0.85;
/** how much a word the search could neither find nor translate counts against answering */
const UNKNOWN_WORD_WEIGHT = 0.3;
/** numbers (years, counts) turn up in any news text: matching one says little about topic */
const NUMBER_WEIGHT = 0.5;

function evidenceWeight(c: Concept): number {
  if (/^\p{N}+$/u.test(c.label)) return NUMBER_WEIGHT;
  return c.known ? 1 : UNKNOWN_WORD_WEIGHT;
}

export class SearchEngine {
  readonly paragraphs: readonly Paragraph[];
  readonly lexicon: Lexicon | null;
  private readonly bm25: Bm25Index;
  private readonly names: NameIndex;
  private readonly dense: EngineParts['dense'];
  private readonly minCoverage: number;
  private readonly byArticle = new Map<string, Paragraph[]>();
  private readonly shingleCache = new Map<number, Set<string>>();
  /** each paragraph's stems as ids, for the rerank and near-duplicate folding */
  private readonly tokens: RowTokens;

  constructor(parts: EngineParts) {
    this.paragraphs = parts.paragraphs;
    this.lexicon = parts.lexicon;
    this.dense = parts.dense ?? null;
    this.minCoverage = parts.minCoverage ?? MIN_COVERAGE;
    this.names = new NameIndex();
    this.tokens = new RowTokens(parts.paragraphs.length);
    // One pass over the text: the same words feed the name index and the BM25 postings.
    const rows = function* (this: SearchEngine): Generator<string[]> {
      for (const p of parts.paragraphs) {
        const ws = words(p.text);
        this.names.add(ws, (w) => this.isEnglishWord(w.norm));
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
  }

  private isEnglishWord(norm: string): boolean {
    return this.lexicon != null && englishLookupForms(norm).some((f) => this.lexicon!.enToAr(f) !== undefined);
  }

  get denseEnabled(): boolean {
    return this.dense != null;
  }

  concepts(question: string): Concept[] {
    return buildConcepts(question, { lexicon: this.lexicon, names: this.names, has: (t) => this.bm25.has(t), df: (t) => this.bm25.df(t), size: this.bm25.size });
  }

  async search(question: string, opts: SearchOptions = {}): Promise<SearchResult> {
    const t0 = performance.now();
    const k = opts.k ?? 5;
    const offset = opts.offset ?? 0;
    const lang = detectLang(question);
    const concepts = this.concepts(question);
    const lexical = this.bm25.search(concepts, CANDIDATES);
    const t1 = performance.now();

    const idf = lexical.stats.map((s) => s.idf);
    const owners = new Map<number, number>();
    for (const [stem, ci] of conceptOwners(concepts)) {
      const id = this.tokens.id(stem);
      if (id !== undefined) owners.set(id, ci);
    }
    const ranked = rerankByProximity(lexical.hits, (row) => proximityOfTokens(this.tokens.of(row), owners, concepts, idf));
    let order: number[] = ranked.map((h) => h.row);
    let denseTop = 0;
    let embedMs = 0;
    let denseMs = 0;
    const scoreOf = new Map<number, number>(lexical.hits.map((h) => [h.row, h.normalized]));
    if (this.dense && question.trim()) {
      const e0 = performance.now();
      const [vec] = await this.dense.embedder.embedQueries([question]);
      const e1 = performance.now();
      const index = this.dense.index;
      const dense = index.searchAsync ? await index.searchAsync(vec!, CANDIDATES) : index.search(vec!, CANDIDATES);
      denseMs = performance.now() - e1;
      embedMs = e1 - e0;
      denseTop = dense[0]?.score ?? 0;
      const fused = reciprocalRankFusion([order, dense.map((d) => d.row)]);
      const top = fused[0]?.score ?? 1;
      order = fused.map((f) => f.row);
      for (const f of fused) scoreOf.set(f.row, f.score / top);
    }

    const weight = idf.map((x, i) => x * evidenceWeight(concepts[i]!));
    const best = bestCovering(lexical.hits.slice(0, 10), weight);
    const decision = shouldAbstain({ idf: weight, matched: best?.matched ?? [] }, this.minCoverage);
    const abstain = decision.abstain && denseTop < DENSE_ANSWER;
    const timings = { totalMs: 0, lexicalMs: t1 - t0, denseMs, embedMs };
    if (abstain) {
      timings.totalMs = performance.now() - t0;
      return { question, lang, abstained: true, reason: decision.reason, coverage: round(decision.coverage), hits: [], total: 0, timings };
    }

    const groups = groupNearDuplicates(order.slice(0, MAX_RESULTS), (row) => this.shinglesOf(row));
    const hits: Hit[] = groups.slice(offset, offset + k).map((g, i) => {
      const paragraph = this.paragraphs[g.head]!;
      return {
        rank: offset + i + 1,
        paragraph,
        score: round(scoreOf.get(g.head) ?? 0),
        highlight: bestSentence(paragraph.text, concepts, idf),
        alsoIn: g.dups.map((r) => this.paragraphs[r]!),
      };
    });
    timings.totalMs = performance.now() - t0;
    return { question, lang, abstained: false, coverage: round(decision.coverage), hits, total: groups.length, timings };
  }

  /** Shingles of a paragraph, kept for the paragraphs that keep turning up in results. */
  private shinglesOf(row: number): Set<string> {
    let sh = this.shingleCache.get(row);
    if (!sh) {
      if (this.shingleCache.size >= SHINGLE_CACHE) this.shingleCache.clear();
      sh = shinglesOfTokens(this.tokens.of(row));
      this.shingleCache.set(row, sh);
    }
    return sh;
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

/** BM25 order, adjusted in the top candidates by how many question words stand together in the text. */
function rerankByProximity(hits: LexicalHit[], proximityOf: (row: number) => number): LexicalHit[] {
  const head = hits.slice(0, RERANK_DEPTH).map((h) => ({ h, s: h.normalized + PROXIMITY_WEIGHT * proximityOf(h.row) }));
  head.sort((a, b) => b.s - a.s || a.h.row - b.h.row);
  return [...head.map((x) => x.h), ...hits.slice(RERANK_DEPTH)];
}

/** The candidate matching the most question weight: BM25's top may win on repetition of one word. */
function bestCovering(hits: LexicalHit[], idf: number[]): LexicalHit | undefined {
  let best: LexicalHit | undefined;
  let bestCov = -1;
  for (const h of hits) {
    const c = coverage({ idf, matched: h.matched });
    if (c > bestCov) { best = h; bestCov = c; }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
