/**
 * Question → structured query. Each content word becomes a concept whose alternatives are the word
 * itself, its dictionary translations (multi-word entries matched as phrases) and, for names no
 * dictionary holds, the corpus words of the other script with the same consonant skeleton.
 */
import { englishLookupForms, arabicLookupForms } from '../text/stem.js';
import { isContentWord, rootishTerms, stemWord, terms, words, type Word } from '../text/tokenize.js';
import type { Lexicon } from './lexicon.js';
import type { NameIndex } from './names.js';
import type { Alternative, Concept } from './query.js';

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

function lookupPhrase(ws: Word[], lexicon: Lexicon): readonly string[] {
  const key = ws.map((w) => w.norm).join(' ');
  const script = ws[0]!.script;
  if (script === 'latin') return lexicon.enToAr(key) ?? [];
  if (script === 'ar') {
    // Arabic phrases often carry the article or a conjunction on the first word only.
    for (const first of arabicLookupForms(ws[0]!.norm)) {
      const t = lexicon.arToEn([first, ...ws.slice(1).map((w) => w.norm)].join(' '));
      if (t?.length) return t;
    }
  }
  return [];
}

function translationAlternatives(translations: readonly string[], ctx: ConceptContext): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set<string>();
  for (const t of translations) {
    let ts = [...new Set(terms(t))];
    if (ts.length === 1 && !ctx.has(ts[0]!)) {
      // The corpus may use only another form of the word (a broken plural, a verb form): match that.
      const r = rootishTerms(ts[0]!).find((x) => ctx.has(x));
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

  all.forEach((w, i) => {
    if (!isContentWord(w)) return;
    const stem = stemWord(w.norm, w.script);
    let c = byStem.get(stem);
    if (!c) {
      c = { label: w.norm, alternatives: [{ terms: [stem], weight: 1, source: 'query' }], known: ctx.has(stem) };
      byStem.set(stem, c);
      concepts.push(c);
      const translations = ctx.lexicon ? lookupWord(w, ctx.lexicon) : [];
      c.alternatives.push(...translationAlternatives(translations, ctx));
      if (translations.length > 0) c.known = true;
      // Names: words no dictionary knows, capitalized English words, and any Arabic word (Arabic
      // has no capitals, and names like سامي are also dictionary words); the name index only
      // offers name-like English words in return.
      const capitalized = w.script === 'latin' && /^\p{Lu}/u.test(w.raw) && i > 0;
      if (ctx.names && w.script !== 'digit' && (translations.length === 0 || capitalized || w.script === 'ar')) {
        for (const s of ctx.names.lookup(w).slice(0, MAX_NAME_MATCHES)) {
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
        const alts = translationAlternatives(lookupPhrase(span, ctx.lexicon), ctx).filter((a) => a.terms.length >= 1);
        if (alts.length === 0) continue;
        for (let j = i; j < i + n; j++) {
          const c = conceptAt.get(j);
          if (!c) continue;
          for (const a of alts) if (!c.alternatives.some((x) => x.terms.join(' ') === a.terms.join(' '))) c.alternatives.push(a);
        }
      }
    }
  }
  for (const c of concepts) addRootish(c, ctx);
  return concepts;
}

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
      // A coarse form found in hardly more paragraphs than the word itself reaches nothing new.
      if (ctx.df && parentDf > 0 && ctx.df(r) <= parentDf * 1.05) continue;
      have.add(r);
      c.alternatives.push({ terms: [r], weight: ROOTISH_WEIGHT * a.weight, source: a.source });
    }
  }
}
