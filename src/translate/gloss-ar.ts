/**
 * Arabic → English word-by-word gloss. Each word is split into its clitics (و and, ب with, ل to,
 * ال the) and looked up: glossary phrases first (longest match), then the glossary word, then
 * FreeDict, and a name nobody lists is romanized. One sense per word: a sense the question used,
 * else the glossary's primary one, else a common English word among FreeDict's first senses.
 * Light English order fixes: one "the" per noun phrase, nisba adjectives before their noun.
 */
import { arabicLookupForms } from '../text/stem.js';
import { asciiDigits, normalizeText } from '../text/normalize.js';
import { AR_CONJ, AR_FUNCTION, AR_FUNCTION_PHRASES, AR_PREP, TITLES } from './function-words.js';
import { nameBySkeleton, type GlossLexicon, type Sense } from './gloss-lexicon.js';
import { romanizeArabic } from './romanize.js';
import { pastTense } from './english-forms.js';
import { hintMatcher, type HintMatcher } from './hint.js';

interface Segment {
  pre: string[];
  definite: boolean;
  rest: string;
  cost: number;
}

/** A rendered word (or phrase) of the gloss. */
interface Piece {
  kind: 'word' | 'func' | 'punct' | 'other';
  text: string;
  pre: string[];
  /** takes "the" (carried the article ال and is not a name) */
  definite: boolean;
  /** carried the article ال (names included): adjectives agree with it */
  article?: boolean;
  /** looks like a noun (ة, ات, a م- participle or masdar): a definite word after it is its complement ("of") */
  noun?: boolean;
  /** a person's or place's name */
  name?: boolean;
  /** an Arabic nisba adjective rendered by an English adjective */
  adjective: boolean;
}

const TOKEN = /[\p{L}\p{M}]+|\p{N}+(?:[.,٫]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]+|\s+/gu;
const ARABIC = /[\u0600-\u06FF]/;
const PUNCT_MAP: Record<string, string> = { '،': ',', '؛': ';', '؟': '?', '«': '"', '»': '"', '٪': '%' };

/** Every way to read leading clitics off a normalized word, cheapest (fewest letters removed) first. */
export function segmentations(n: string): Segment[] {
  const out: Segment[] = [{ pre: [], definite: false, rest: n, cost: 0 }];
  for (const [c, cEn] of [['', ''], ...AR_CONJ] as Array<[string, string]>) {
    if (!n.startsWith(c)) continue;
    const a = n.slice(c.length);
    for (const [p, pEn] of [['', ''], ...AR_PREP] as Array<[string, string]>) {
      if (!a.startsWith(p)) continue;
      const b = a.slice(p.length);
      const pre = [cEn, pEn].filter(Boolean);
      if (c || p) if (b.length >= 2) out.push({ pre, definite: false, rest: b, cost: c.length + p.length });
      if (b.startsWith('ال') && b.length - 2 >= 2) out.push({ pre, definite: true, rest: b.slice(2), cost: c.length + p.length + 2 });
      // لل = ل + ال with the alef dropped
      if (!p && a.startsWith('لل') && a.length - 2 >= 2) out.push({ pre: [cEn, 'to'].filter(Boolean), definite: true, rest: a.slice(2), cost: c.length + 3 });
    }
  }
  const seen = new Set<string>();
  return out
    .filter((s) => s.rest.length >= 2 && !seen.has(s.pre.join() + s.definite + s.rest) && seen.add(s.pre.join() + s.definite + s.rest))
    .sort((x, y) => x.cost - y.cost);
}

function capitalize(s: string): string {
  return s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

const ADJECTIVE_EN = /(?:an|ian|ese|ic|ical|al|ary|ive|ish|ful|ous|ent|ant|ite|ern|i)$/;
const NISBA = /(?:ي|يه|يين|يون|يات)$/;
/** Arabic noun shapes (feminine ة, plural ات, م- participles and masdars) for the construct "X of the Y". */
const NOUN_SHAPE = /^(?:م\S{3,}|\S{3,}(?:ه|ات))$/;
/** After these no "the": "this visit", not "this the visit". */
const DETERMINER = /^(?:this|that|these|those|some|all)$/;

/** A sense as written in the gloss: names capitalized, a past-tense Arabic verb as an English past ("confirmed"). */
function renderSense(s: Sense, seg?: Segment): string {
  if (s.proper) return capitalize(s.en);
  return s.past && seg && !seg.definite && seg.pre.every((p) => p === 'and') ? pastTense(s.en) : s.en;
}

/**
 * The glossary sense to use: one the question asked about, else the primary one; where several
 * entries list the word first, a word with the article or a preposition is a noun, so not a verb's
 * entry (المال: money, not "tend").
 */
function pickGlossSense(senses: Sense[], hint: HintMatcher, noun = false): Sense {
  const first = senses[0]!;
  // A name is itself: إسلام آباد stays Islamabad when the question says "Pakistan", an entry that
  // lists the capital only as a metonym (a later rendering).
  const asked = senses.find((s) => hint.has(s.en) && !(first.proper && first.index === 0 && s.index > 0));
  if (asked) return asked;
  if (noun && first.verbal) return senses.find((s) => s.index === first.index && !s.verbal) ?? first;
  return first;
}

/** The FreeDict sense to use: one the question asked about, else a common single word among the first few, else the first. */
export function pickDictSense(senses: readonly string[], lex: GlossLexicon, hint: HintMatcher, adjective = false): string {
  const usable = senses.filter((s) => /^[a-z][a-z' -]*$/.test(s) && s.split(' ').length <= 3);
  const pool = usable.length ? usable : senses;
  return (
    pool.find((s) => hint.has(s)) ??
    // a nisba word (…ي, …ية) is most often the adjective: "إيجابية" → positive, not positiveness
    (adjective ? pool.slice(0, 6).find((s) => !s.includes(' ') && ADJECTIVE_EN.test(s) && lex.common.has(s)) : undefined) ??
    pool.slice(0, 6).find((s) => !s.includes(' ') && lex.common.has(s)) ??
    pool.find((s) => !s.includes(' ')) ??
    pool[0]!
  );
}

/**
 * Dictionary forms of a word without clitics: the stemmer's, plus an imperfect verb's other persons
 * read as the third person the glossaries list (ترى, نرى → يرى).
 */
function lookupForms(rest: string): string[] {
  // A possessive or object pronoun read off first (وصوله → وصول), before the stemmer's guesses at a و prefix.
  const pronoun = /^(.{3,}?)(?:هما|هم|ها|نا|كم|ه|ك)$/.exec(rest)?.[1];
  const forms = [...new Set([rest, ...(pronoun ? [pronoun] : []), ...arabicLookupForms(rest).slice(1)])];
  if (/^[تنا]/.test(rest) && rest.length >= 3) forms.push('ي' + rest.slice(1));
  return forms;
}

interface WordLookup {
  text: string;
  seg: Segment;
  proper: boolean;
  kind: 'word' | 'func';
  /** found as written (clitics aside) in the glossaries or the closed classes, not through a stemmed form or FreeDict */
  exact: boolean;
  /** found in the glossaries or the closed classes (at all), not only in FreeDict */
  glossary?: boolean;
}

function lookupWord(n: string, lex: GlossLexicon, hint: HintMatcher): WordLookup | null {
  const segs = segmentations(n);
  // A conjunction or preposition on a particle: وفي → "and in".
  for (const seg of segs) {
    const f = AR_FUNCTION.get(seg.rest);
    if (f !== undefined && !seg.definite && (seg.cost === 0 || seg.pre.length)) return { text: f, seg, proper: false, kind: 'func', exact: true, glossary: true };
  }
  const gloss = (key: string): Sense[] | undefined => lex.arGloss.get(key);
  for (const seg of segs) {
    const senses = (seg.definite ? gloss('ال' + seg.rest) : undefined) ?? gloss(seg.rest);
    if (senses) {
      const s = pickGlossSense(senses, hint, seg.cost > 0 && (seg.definite || seg.pre.some((p) => p !== 'and')));
      const withArticle = seg.definite && !!gloss('ال' + seg.rest) && !gloss(seg.rest);
      return { text: renderSense(s, seg), seg: { ...seg, definite: seg.definite && !withArticle && !s.proper && !s.en.startsWith('the ') }, proper: s.proper, kind: 'word', exact: true, glossary: true };
    }
  }
  for (const seg of segs) {
    for (const form of lookupForms(seg.rest).slice(1)) {
      const senses = gloss(form);
      if (senses) {
        // tanween alef (مالاً) marks a noun
        const s = pickGlossSense(senses, hint, seg.definite || form === seg.rest.slice(0, -1) && seg.rest.endsWith('ا'));
        // past tense only where the form is the word itself less a past person ending (أكدت → أكد)
        const pastForm = form === seg.rest.slice(0, -1) && seg.rest.endsWith('ت');
        return { text: renderSense(s, pastForm ? seg : undefined), seg: { ...seg, definite: seg.definite && !s.proper }, proper: s.proper, kind: 'word', exact: false, glossary: true };
      }
    }
  }
  for (const seg of segs) {
    for (const form of lookupForms(seg.rest)) {
      const senses = lex.arDict.get(form) ?? (seg.definite ? lex.arDict.get('ال' + form) : undefined);
      if (senses?.length) return { text: pickDictSense(senses, lex, hint, NISBA.test(seg.rest)), seg, proper: false, kind: 'word', exact: false };
    }
  }
  return null;
}

/** Longest glossary phrase starting at word i (words given normalized); returns the words it covers. */
function lookupPhrase(ws: string[], i: number, lex: GlossLexicon, hint: HintMatcher): { look: WordLookup; len: number } | null {
  for (let len = Math.min(lex.maxPhrase, ws.length - i); len >= 2; len--) {
    const tail = ws.slice(i + 1, i + len).join(' ');
    for (const seg of segmentations(ws[i]!)) {
      const f = !seg.definite && AR_FUNCTION_PHRASES.get(`${seg.rest} ${tail}`);
      if (f) return { look: { text: f, seg, proper: false, kind: 'func', exact: true, glossary: true }, len };
    }
    for (const seg of segmentations(ws[i]!)) {
      const keys = seg.definite ? ['ال' + seg.rest, seg.rest] : [seg.rest];
      for (const k of keys) {
        const senses = lex.arGloss.get(`${k} ${tail}`);
        if (!senses) continue;
        const s = pickGlossSense(senses, hint);
        const definite = seg.definite && k === seg.rest && !s.proper && !s.en.startsWith('the ');
        return { look: { text: renderSense(s), seg: { ...seg, definite }, proper: s.proper, kind: 'word', exact: true, glossary: true }, len };
      }
    }
  }
  return null;
}

/** Right after a title ("minister", "general"; an adjective may come between) or a name, a word may be a name. */
function nameContext(pieces: Piece[]): 'title' | 'name' | null {
  const last = pieces.at(-1);
  if (!last || last.kind !== 'word') return null;
  const title = (p: Piece | undefined) => !!p && p.kind === 'word' && TITLES.has(p.text.toLowerCase().split(' ').at(-1)!);
  if (title(last) || (last.adjective && title(pieces.at(-2)))) return 'title';
  return last.name ? 'name' : null;
}

/** A word no list knows: a name, romanized; only the conjunction و and the article are read off it. */
function unknownWord(n: string, lex: GlossLexicon): Piece {
  // A known name in another spelling (same consonant skeleton) keeps the glossaries' English spelling.
  const known = nameBySkeleton(lex, n);
  if (known) return { kind: 'word', text: known, pre: [], definite: false, adjective: false };
  const pre: string[] = [];
  let w = n;
  if (w.startsWith('و') && w.length >= 5) { pre.push('and'); w = w.slice(1); }
  const definite = w.startsWith('ال') && w.length >= 5;
  if (definite) w = w.slice(2);
  return { kind: 'word', text: nameBySkeleton(lex, w) ?? romanizeArabic(w), pre, definite, adjective: false };
}

function isName(n: string, lex: GlossLexicon, hint: HintMatcher): boolean {
  const look = lookupWord(n, lex, hint);
  return look === null || look.proper;
}

/** Splits a text into runs: Arabic words (with their normalized form) and everything else. */
function tokenize(text: string): Array<{ raw: string; ar: boolean; space: boolean }> {
  return [...text.matchAll(TOKEN)].map((m) => ({ raw: m[0], ar: ARABIC.test(m[0]) && /\p{L}/u.test(m[0]), space: /^\s+$/.test(m[0]) }));
}

export function glossArabic(text: string, lex: GlossLexicon, hintText = ''): string {
  const hint = hintMatcher(hintText);
  const toks = tokenize(text).filter((t) => !t.space);
  const pieces: Piece[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.ar) {
      const raw = asciiDigits(t.raw);
      const punct = !/[\p{L}\p{N}]/u.test(raw);
      pieces.push({ kind: punct ? 'punct' : 'other', text: punct ? [...raw].map((c) => PUNCT_MAP[c] ?? c).join('') : raw, pre: [], definite: false, adjective: false });
      i++;
      continue;
    }
    // The run of Arabic words from here, for phrase matching.
    let j = i;
    const run: string[] = [];
    while (j < toks.length && toks[j]!.ar && j - i < lex.maxPhrase) run.push(normalizeText(toks[j++]!.raw));
    const phrase = lookupPhrase(run, 0, lex, hint);
    const n = run[0]!;
    const look = phrase?.look ?? lookupWord(n, lex, hint);
    const len = phrase?.len ?? 1;
    // After a title, a word known only through a stemmed form, FreeDict, or once a preposition is read off
    // it (الجنرال باقري is not "the general admit") is a name; after a name, one known to FreeDict alone.
    const context = look && len === 1 && look.kind === 'word' && !look.proper ? nameContext(pieces) : null;
    if (!look || (context === 'title' && (!look.exact || look.seg.pre.some((p) => p !== 'and'))) || (context === 'name' && !look.glossary)) {
      pieces.push({ ...unknownWord(n, lex), name: true });
    } else if (n === 'علي' && i + 1 < toks.length && toks[i + 1]!.ar && isName(normalizeText(toks[i + 1]!.raw), lex, hint)) {
      // على "on" and علي "Ali" are one spelling once normalized: before a name it is the name.
      pieces.push({ kind: 'word', text: 'Ali', pre: [], definite: false, adjective: false });
    } else {
      const adjective = look.kind === 'word' && len === 1 && NISBA.test(look.seg.rest) && ADJECTIVE_EN.test(look.text);
      const article = look.kind === 'word' && (look.seg.definite || (look.proper && /^ال/.test(look.seg.rest)) || /^(?:ال|لل)/.test(n.replace(/^[وف]/, '')));
      const noun = look.kind === 'word' && len === 1 && !look.proper && !adjective && !article && NOUN_SHAPE.test(look.seg.rest);
      pieces.push({ kind: look.kind, text: look.text, pre: look.seg.pre, definite: look.seg.definite, adjective, article, noun, name: look.proper });
    }
    i += len;
  }
  return render(pieces);
}

/** Pieces → English: adjectives moved before their noun, one "the" per noun phrase, punctuation attached. */
function render(pieces: Piece[]): string {
  // Nisba adjective right after a noun of the same definiteness: "the government Pakistani" → "the Pakistani government".
  for (let k = 1; k < pieces.length; k++) {
    const a = pieces[k - 1]!;
    const b = pieces[k]!;
    if (b.adjective && !b.pre.length && a.kind === 'word' && !a.adjective && (!!a.article === !!b.article || a.text.includes(' '))) {
      let start = k - 1;
      // move before a run of earlier adjectives' noun too: keep simple, one swap
      pieces[start] = { ...b, pre: a.pre, definite: a.definite, article: a.article };
      pieces[k] = { ...a, pre: [], definite: false, article: false };
      b.adjective = false;
      start++;
    }
  }
  const out: string[] = [];
  let prevDefinite = false;
  let prev: Piece | undefined;
  for (const p of pieces) {
    if (p.kind === 'punct') {
      if (out.length && !/^["(\[]/.test(p.text)) out[out.length - 1] += p.text;
      else out.push(p.text);
      prevDefinite = false;
      prev = p;
      continue;
    }
    const words = [...p.pre];
    // Construct state: a bare noun before a definite word or a name is "X of the Y".
    if (!p.pre.length && prev?.noun && (p.article || (p.kind === 'word' && /^\p{Lu}/u.test(p.text))) && !p.adjective) words.push('of');
    // "the" once per phrase: an adjective agreeing with the noun before it takes none, nor a noun after "this".
    const afterDeterminer = prev?.kind === 'func' && DETERMINER.test(prev.text) && !p.pre.length;
    if (p.definite && !(prevDefinite && !p.pre.length) && !afterDeterminer) words.push('the');
    if (p.text) words.push(p.text);
    if (words.length) out.push(words.join(' '));
    prevDefinite = p.definite;
    prev = p;
  }
  const s = out.join(' ').replace(/" (.*?) "/g, '"$1"').replace(/\s+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
