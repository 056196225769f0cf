/**
 * Deterministic synthetic data for the benchmarks (no network, no model):
 *
 *  - paragraphs: real sentences of the seeds, split into sentence/clause pieces and recombined
 *    2–6 pieces per paragraph with a seeded PRNG; a share of the Arabic words is replaced by new
 *    words drawn from a Pitman–Yor process (new-word probability falls as the corpus grows), so the
 *    vocabulary keeps growing sublinearly (Heaps' law) the way a real news corpus's does, and the
 *    frequent words keep a Zipf-like distribution;
 *  - vectors: unit vectors of a hierarchical mixture of Gaussians (topics → subtopics → points), so
 *    nearest-neighbour search has structure (random uniform vectors in 384 dimensions do not).
 *
 * Everything depends only on the seed: the same run produces the same corpus and vectors.
 */
import { sha256Hex } from '../src/ingest/hash.js';
import { scriptCounts } from '../src/text/lang.js';
import type { Paragraph } from '../src/types.js';

/* ------------------------------------------------------------------------- */
/* PRNG                                                                       */
/* ------------------------------------------------------------------------- */

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [0, n) */
  int(n: number): number;
  /** standard normal */
  gauss(): number;
}

/** mulberry32: small, fast, good enough for benchmark data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    gauss: () => {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/* ------------------------------------------------------------------------- */
/* paragraphs                                                                 */
/* ------------------------------------------------------------------------- */

/**
 * Sentence pieces of a paragraph: sentences (split after . ! ? ؟ ؛), long sentences further split
 * after commas (، ,) — the seeds' paragraphs are mostly one long sentence each, so clause-level
 * pieces are what makes "2–6 pieces" give paragraphs of realistic length.
 */
export function sentencePieces(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?؟؛])\s+/)) {
    const s = sentence.trim();
    if (!s) continue;
    if (s.length <= 120) {
      out.push(s);
      continue;
    }
    let buf = '';
    for (const clause of s.split(/(?<=[،,])\s+/)) {
      buf = buf ? `${buf} ${clause}` : clause;
      if (buf.length >= 40) {
        out.push(buf);
        buf = '';
      }
    }
    if (buf) {
      if (out.length > 0 && buf.length < 40) out[out.length - 1] += ` ${buf}`;
      else out.push(buf);
    }
  }
  return out;
}

const ARABIC_WORD = /^[\u0621-\u064A]{3,}$/;
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const SUFFIXES = ['', '', '', 'ة', 'ات', 'ون', 'ين', 'ها', 'هم', 'ي'];

export interface SyntheticCorpusOptions {
  /** paragraphs to produce */
  count: number;
  seed?: number;
  /** share of Arabic words (3+ letters) replaced by a Pitman–Yor draw; default 0.12 */
  substitution?: number;
  /** Pitman–Yor discount (≈ Heaps exponent of the new words); default 0.75 */
  discount?: number;
  /** Pitman–Yor concentration; default 200 */
  concentration?: number;
  /** paragraphs per synthetic article; default 20 */
  perArticle?: number;
}

export interface SyntheticCorpus {
  paragraphs: Paragraph[];
  /** distinct whitespace-separated words of the corpus (punctuation stripped) */
  vocabulary: number;
  /** words (tokens) in the corpus */
  tokens: number;
  /** sentence pieces taken from the seeds */
  pieces: number;
  meanChars: number;
}

/**
 * Synthetic paragraphs from real seed paragraphs. A prefix of a larger corpus is the smaller
 * corpus with the same seed (the 10k corpus is the first 10k paragraphs of the 100k one).
 */
export function syntheticCorpus(seedParagraphs: readonly Paragraph[], opts: SyntheticCorpusOptions): SyntheticCorpus {
  const r = rng(opts.seed ?? 1);
  const p = opts.substitution ?? 0.12;
  const d = opts.discount ?? 0.75;
  const theta = opts.concentration ?? 200;
  const perArticle = opts.perArticle ?? 20;
  const pieces = seedParagraphs.flatMap((x) => sentencePieces(x.text));
  if (pieces.length === 0) throw new Error('no sentences in the seed paragraphs');
  // each word of each piece, pre-split once: the Arabic core a substitution may replace, its
  // trailing punctuation (، . ؟ kept), and its punctuation-free form for the vocabulary count
  interface Tok { word: string; core: string | null; tail: string; clean: string }
  const tokenized: Tok[][] = pieces.map((s) =>
    s.split(/\s+/).filter(Boolean).map((word) => {
      const m = /^([\u0621-\u064A]{3,})([^\u0621-\u064A]*)$/.exec(word);
      return { word, core: m ? m[1]! : null, tail: m ? m[2]! : '', clean: word.replace(/[^\p{L}\p{N}]/gu, '') };
    }),
  );
  // script letter counts per piece: a paragraph's language is decided like ingest's detectLang
  // (majority script of its letters) without rescanning its text; substitutions keep the script
  const scripts = pieces.map((s) => scriptCounts(s));
  // real Arabic words, one entry per occurrence: mutating a frequency-weighted pick keeps the shape
  const bases = tokenized.flat().flatMap((t) => (t.core !== null && ARABIC_WORD.test(t.core) ? [t.core] : []));
  if (bases.length === 0) bases.push('كلمة');

  // Pitman–Yor "restaurant": every substitution draw is a token; a new word with probability
  // (θ + d·K) / (θ + n), else a previous draw (∝ its frequency).
  const draws: string[] = [];
  const invented = new Set<string>();
  const newWord = (): string => {
    for (;;) {
      const base = bases[r.int(bases.length)]!;
      const chars = [...base];
      const i = 1 + r.int(Math.max(1, chars.length - 2));
      chars[i] = ARABIC_LETTERS[r.int(ARABIC_LETTERS.length)]!;
      if (r.next() < 0.3) chars.splice(1 + r.int(chars.length - 1), 0, ARABIC_LETTERS[r.int(ARABIC_LETTERS.length)]!);
      const w = chars.join('') + SUFFIXES[r.int(SUFFIXES.length)]!;
      if (!invented.has(w)) {
        invented.add(w);
        return w;
      }
    }
  };
  const substitute = (): string => {
    const n = draws.length;
    const w = r.next() < (theta + d * invented.size) / (theta + n) ? newWord() : draws[r.int(n)]!;
    draws.push(w);
    return w;
  };

  const vocab = new Set<string>();
  let tokens = 0;
  let chars = 0;
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < opts.count; i++) {
    const nPieces = 2 + r.int(5);
    const words: string[] = [];
    let arabic = 0;
    let latin = 0;
    let letters = 0;
    for (let j = 0; j < nPieces; j++) {
      const k = r.int(tokenized.length);
      const sc = scripts[k]!;
      arabic += sc.arabic;
      latin += sc.latin;
      letters += sc.letters;
      for (const t of tokenized[k]!) {
        if (t.core !== null && r.next() < p) {
          const w = substitute();
          words.push(w + t.tail);
          vocab.add(w);
        } else {
          words.push(t.word);
          vocab.add(t.clean);
        }
      }
    }
    let text = words.join(' ');
    if (/[،,]$/.test(text)) text = `${text.slice(0, -1)}.`;
    tokens += words.length;
    chars += text.length;
    const a = Math.floor(i / perArticle);
    const articleId = `syn_${String(a).padStart(6, '0')}.txt`;
    paragraphs.push({
      id: `${articleId}#${(i % perArticle) + 1}`,
      articleId,
      title: `Synthetic article ${a}`,
      outlet: 'bench',
      n: (i % perArticle) + 1,
      lang: letters === 0 ? 'other' : arabic * 2 > letters ? 'ar' : latin * 2 > letters ? 'en' : 'other',
      text,
      hash: sha256Hex(text),
    });
  }
  vocab.delete('');
  return { paragraphs, vocabulary: vocab.size, tokens, pieces: pieces.length, meanChars: opts.count ? chars / opts.count : 0 };
}

/* ------------------------------------------------------------------------- */
/* vectors                                                                    */
/* ------------------------------------------------------------------------- */

export interface MixtureOptions {
  dim: number;
  seed?: number;
  /** top-level clusters; default 50 */
  topics?: number;
  /** subclusters per topic; default 20 */
  subtopics?: number;
  /** norm of a subtopic's offset from its topic centre (topic centre has norm 1); default 0.7 */
  subSpread?: number;
  /** norm of a point's offset from its subtopic centre; default 0.6 */
  pointSpread?: number;
}

/**
 * A hierarchical mixture of Gaussians on the unit sphere. Expected cosines with the defaults:
 * ≈ 0.8 between two points of one subtopic, ≈ 0.54 within one topic, ≈ 0 across topics.
 */
export class VectorMixture {
  readonly dim: number;
  private readonly centres: Float32Array[];
  private readonly pointSpread: number;
  private readonly r: Rng;

  constructor(opts: MixtureOptions) {
    this.dim = opts.dim;
    this.r = rng(opts.seed ?? 7);
    this.pointSpread = opts.pointSpread ?? 0.6;
    const topics = opts.topics ?? 50;
    const subtopics = opts.subtopics ?? 20;
    const subSpread = opts.subSpread ?? 0.7;
    this.centres = [];
    for (let t = 0; t < topics; t++) {
      const topic = this.direction(1);
      for (let s = 0; s < subtopics; s++) {
        const c = this.direction(subSpread);
        for (let i = 0; i < this.dim; i++) c[i] = c[i]! + topic[i]!;
        this.centres.push(c);
      }
    }
  }

  /** Gaussian vector of expected norm `norm`. */
  private direction(norm: number): Float32Array {
    const v = new Float32Array(this.dim);
    const s = norm / Math.sqrt(this.dim);
    for (let i = 0; i < this.dim; i++) v[i] = this.r.gauss() * s;
    return v;
  }

  /** The next point: a random subtopic centre plus Gaussian noise, normalized to length 1. */
  sample(out: Float32Array = new Float32Array(this.dim), offset = 0): Float32Array {
    const c = this.centres[this.r.int(this.centres.length)]!;
    const s = this.pointSpread / Math.sqrt(this.dim);
    let norm = 0;
    for (let i = 0; i < this.dim; i++) {
      const x = c[i]! + this.r.gauss() * s;
      out[offset + i] = x;
      norm += x * x;
    }
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < this.dim; i++) out[offset + i] = out[offset + i]! * inv;
    return out;
  }

  /** `count` points, row-major. */
  many(count: number): Float32Array {
    const out = new Float32Array(count * this.dim);
    for (let i = 0; i < count; i++) this.sample(out, i * this.dim);
    return out;
  }
}

/** Row `i` of a row-major matrix (a view, not a copy). */
export function row(m: Float32Array, dim: number, i: number): Float32Array {
  return m.subarray(i * dim, (i + 1) * dim);
}
