/** Stemmers: an Arabic light stemmer (Light10, Larkey et al. 2007) and Snowball English. */
import snowball from 'snowball-stemmers';
import { memo } from './memo.js';

const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const AR_PRONOUNS = ['كما', 'هما', 'كم', 'هم', 'هن', 'نا', 'ني', 'ك'];

/**
 * Light10 on normalized text (ة already folded to ه): strip one definite-article proclitic
 * (with its conjunction/preposition), a leading و, then suffixes while the stem keeps ≥ 2 letters.
 */
export function stemArabic(word: string): string {
  let w = word;
  // A leading و is taken for the conjunction when ≥ 3 letters remain (Light10).
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const p of AR_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  // Accusative tanween leaves a bare alef once diacritics are gone (ضغوطاً → ضغوطا).
  if (w.length >= 4 && w.endsWith('ا')) w = w.slice(0, -1);
  // One possessive/object pronoun first (كلبك, مالنا, كتبهم), then Light10's suffixes.
  for (const s of AR_PRONOUNS) {
    if (w.length - s.length >= 3 && w.endsWith(s)) { w = w.slice(0, -s.length); break; }
  }
  // Stems keep ≥ 3 letters: two-letter stems (قوات → قو, أمين → ام) collide with unrelated words.
  for (const s of AR_SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}

/** Prepositions and the article a word may carry after its conjunction, longest first. */
const AR_PREPOSITIONS = ['بال', 'كال', 'لل', 'ال', 'ب', 'ل', 'ك'];

/**
 * The preposition or article `w` starts with (the first of AR_PREPOSITIONS that leaves two letters,
 * `afterOneLetter` after a one-letter one), or null. Shared by the lookup and inflection forms.
 */
export function arabicPreposition(w: string, afterOneLetter = 2): string | null {
  for (const p of AR_PREPOSITIONS) if (w.startsWith(p) && w.length - p.length >= (p.length === 1 ? afterOneLetter : 2)) return p;
  return null;
}

/** Object and possessive pronouns (none ends with another, so their order is free). */
export const AR_OBJECT_PRONOUNS = ['ها', 'هم', 'كم', 'نا', 'ني', 'ه', 'ك'] as const;
/** The lookup forms also take a tanween alef off, after the pronouns that end in one (ها, نا). */
const LOOKUP_ENDINGS = [...AR_OBJECT_PRONOUNS, 'ا'];

/** The first of `endings` that `w` ends with, leaving ≥ 3 letters, or null. */
export function arabicPronounEnding(w: string, endings: readonly string[]): string | null {
  for (const s of endings) if (w.endsWith(s) && w.length - s.length >= 3) return s;
  return null;
}

/** ى before a pronoun is written ا (التقاه: التقى + ه, رآه); normalized text writes ى as ي: the ي form, or null. */
export function beforePronounAsWritten(base: string): string | null {
  return base.endsWith('ا') ? base.slice(0, -1) + 'ي' : null;
}

/**
 * Forms of an Arabic word worth looking up in a dictionary: the word, then with clitics and
 * suffixes peeled one at a time, so "وبالعلاقات" tries "بالعلاقات", "العلاقات", "علاقات", "علاقه".
 */
export function arabicLookupForms(word: string): string[] {
  const out = lookupForms(word, true);
  // A leading و or ف may be the root's own letter (واجهت is واجه + ت, not و + اجهت): endings come off that reading too, after the others.
  if (word.length > 3 && /^[وف]/.test(word)) for (const f of lookupForms(word, false)) out.add(f);
  return [...out];
}

function lookupForms(word: string, conjunction: boolean): Set<string> {
  const out = new Set<string>([word]);
  let w = word;
  if (conjunction) for (const p of ['و', 'ف']) if (w.length > 3 && w.startsWith(p)) { w = w.slice(1); out.add(w); }
  const p = arabicPreposition(w);
  if (p) { w = w.slice(p.length); out.add(w); }
  const bases = [w];
  // Object pronouns on verbs (تأخذني, يعرفه) and tanween alef.
  const s = arabicPronounEnding(w, LOOKUP_ENDINGS);
  if (s) {
    const base = w.slice(0, -s.length);
    bases.push(base);
    out.add(base);
    const maqsura = s !== 'ا' && beforePronounAsWritten(base);
    if (maqsura) out.add(maqsura);
  }
  for (const base of bases) {
    for (const s of ['ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي', 'ت', 'وا']) {
      if (base.endsWith(s) && base.length - s.length >= 2) {
        const cut = base.slice(0, -s.length);
        out.add(cut);
        if (s === 'ات' || s === 'يه') out.add(cut + 'ه');
      }
    }
    // Imperfect verbs: dictionaries list the past stem (تنتظر → انتظر, يربح → ربح, تأخذ → أخذ, ستدفع → دفع).
    if (/^س[يتنا]/.test(base) && base.length >= 5) { const rest = base.slice(2); out.add(rest); out.add('ا' + rest); }
    if (/^[يتنا]/.test(base) && base.length >= 4) {
      const rest = base.slice(1);
      out.add(rest);
      out.add('ا' + rest);
      // Dictionaries list the imperfect in its third person (يحتاج, not تحتاج / نحتاج).
      out.add('ي' + rest);
    }
  }
  return out;
}

/**
 * Coarse forms of a stem: a verb prefix (future س, imperfect ي ت ن, imperative/hamza ا) or a
 * final ت (past-tense person ending; ة before a pronoun) dropped, then the inner long vowels
 * removed — so verb forms meet their dictionary entry (يربح ~ ربح, تركت ~ ترك, اكسب ~ يكسب) and
 * broken plurals their singular (ضغوط ~ ضغط, مناطق ~ منطقة). Too coarse to index alone: they are
 * weaker extra terms. Forms shorter than three letters are left out.
 */
export function arabicRootish(stem: string): string[] {
  const present = stem.length >= 5 && /^س[يتنا]/.test(stem) ? stem.slice(1) : stem;
  const unprefixed = present.length >= 4 && /^[يتنا]/.test(present) ? present.slice(1) : present;
  const unsuffixed = stem.length >= 4 && stem.endsWith('ت') ? stem.slice(0, -1) : stem;
  const out = new Set<string>();
  for (const form of [unprefixed, unsuffixed]) {
    const r = form[0] + form.slice(1).replace(/[اوي]/g, '');
    if (r.length >= 3) out.add(r);
  }
  return [...out];
}

/**
 * The past and verbal noun of an imperfect verb (normalized, without proclitics): derived forms put a
 * hamza or hamzat al-wasl before the root where the imperfect has its person prefix — يرتقي ~ ارتقى ~
 * ارتقاء, ينشئ ~ أنشأ ~ إنشاء, يستخدم ~ استخدام, ينطلق ~ انطلاق — which neither the stemmer nor the
 * coarse forms bridge. A final ي is the weak letter or the hamza's seat (ئ): the noun ends in اء then.
 * Only forms the coverage has are used (concepts.ts), so the guesses that are no word cost nothing.
 */
export function imperfectRelatives(norm: string): string[] {
  const w = norm.length >= 5 && /^س[يتن]/.test(norm) ? norm.slice(1) : norm;
  // Only a bare imperfect: with a person or pronoun ending (يلتقون, تريني) the last letters are no root's.
  // Four letters only with a final weak letter or hamza seat and a prefix no past has (يجري ~ إجراء, ينشئ ~ إنشاء;
  // تولى is a past): otherwise too often a name, a form-I verb or a past.
  if (w.length < (/^[ين]..ي$/.test(w) ? 4 : 5) || !/^[يتن]/.test(w) || /(?:ون|ين|ان|وا|ني|نا|ها|هم|كم|هما)$/.test(w)) return [];
  const rest = w.slice(1);
  const head = rest.slice(0, -1);
  const last = rest.slice(-1);
  if (last === 'ي') return ['ا' + rest, 'ا' + head + 'ا', 'ا' + head + 'اء'];
  // A doubled root letter is written once in the imperfect (يستعد, ينضم) and twice in the noun (استعداد, انضمام).
  return ['ا' + rest, 'ا' + head + 'ا' + last, 'ا' + rest + 'ا' + last];
}

const english = snowball.newStemmer('english');
/** English stems remembered: a question's words and their dictionary forms are stemmed several times over (lookup forms, phrases, translations). */
export const stemEnglish: (word: string) => string = memo((word: string) => english.stem(word) as string, 50_000);

/** Irregular English forms → the dictionary headword (past tenses, participles, plurals); the gloss reads it backwards for past tenses. */
export const IRREGULAR = new Map<string, string>([
  ['arose', 'arise'],
  ['awoke', 'awake'],
  ['was', 'be'],
  ['were', 'be'],
  ['been', 'be'],
  ['bore', 'bear'],
  ['borne', 'bear'],
  ['beat', 'beat'],
  ['beaten', 'beat'],
  ['became', 'become'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['bent', 'bend'],
  ['bet', 'bet'],
  ['bit', 'bite'],
  ['bitten', 'bite'],
  ['bled', 'bleed'],
  ['blew', 'blow'],
  ['blown', 'blow'],
  ['broke', 'break'],
  ['broken', 'break'],
  ['bred', 'breed'],
  ['brought', 'bring'],
  ['built', 'build'],
  ['burnt', 'burn'],
  ['bought', 'buy'],
  ['caught', 'catch'],
  ['chose', 'choose'],
  ['chosen', 'choose'],
  ['came', 'come'],
  ['cost', 'cost'],
  ['crept', 'creep'],
  ['cut', 'cut'],
  ['dealt', 'deal'],
  ['dug', 'dig'],
  ['did', 'do'],
  ['done', 'do'],
  ['drew', 'draw'],
  ['drawn', 'draw'],
  ['dreamt', 'dream'],
  ['drank', 'drink'],
  ['drunk', 'drink'],
  ['drove', 'drive'],
  ['driven', 'drive'],
  ['ate', 'eat'],
  ['eaten', 'eat'],
  ['fell', 'fall'],
  ['fallen', 'fall'],
  ['fed', 'feed'],
  ['felt', 'feel'],
  ['fought', 'fight'],
  ['found', 'find'],
  ['fled', 'flee'],
  ['flew', 'fly'],
  ['flown', 'fly'],
  ['forbade', 'forbid'],
  ['forgot', 'forget'],
  ['forgotten', 'forget'],
  ['forgave', 'forgive'],
  ['forgiven', 'forgive'],
  ['froze', 'freeze'],
  ['frozen', 'freeze'],
  ['got', 'get'],
  ['gotten', 'get'],
  ['gave', 'give'],
  ['given', 'give'],
  ['went', 'go'],
  ['gone', 'go'],
  ['grew', 'grow'],
  ['grown', 'grow'],
  ['hung', 'hang'],
  ['had', 'have'],
  ['heard', 'hear'],
  ['hid', 'hide'],
  ['hidden', 'hide'],
  ['hit', 'hit'],
  ['held', 'hold'],
  ['hurt', 'hurt'],
  ['kept', 'keep'],
  ['knelt', 'kneel'],
  ['knew', 'know'],
  ['known', 'know'],
  ['laid', 'lay'],
  ['led', 'lead'],
  ['leant', 'lean'],
  ['learnt', 'learn'],
  ['left', 'leave'],
  ['lent', 'lend'],
  ['let', 'let'],
  ['lain', 'lie'],
  ['lit', 'light'],
  ['lost', 'lose'],
  ['made', 'make'],
  ['meant', 'mean'],
  ['met', 'meet'],
  ['paid', 'pay'],
  ['put', 'put'],
  ['quit', 'quit'],
  ['read', 'read'],
  ['rode', 'ride'],
  ['ridden', 'ride'],
  ['rang', 'ring'],
  ['rung', 'ring'],
  ['rose', 'rise'],
  ['risen', 'rise'],
  ['ran', 'run'],
  ['said', 'say'],
  ['saw', 'see'],
  ['seen', 'see'],
  ['sought', 'seek'],
  ['sold', 'sell'],
  ['sent', 'send'],
  ['set', 'set'],
  ['shook', 'shake'],
  ['shaken', 'shake'],
  ['shone', 'shine'],
  ['shot', 'shoot'],
  ['showed', 'show'],
  ['shown', 'show'],
  ['shut', 'shut'],
  ['sang', 'sing'],
  ['sung', 'sing'],
  ['sank', 'sink'],
  ['sunk', 'sink'],
  ['sat', 'sit'],
  ['slept', 'sleep'],
  ['slid', 'slide'],
  ['spoke', 'speak'],
  ['spoken', 'speak'],
  ['spent', 'spend'],
  ['spun', 'spin'],
  ['spat', 'spit'],
  ['split', 'split'],
  ['spread', 'spread'],
  ['stood', 'stand'],
  ['stole', 'steal'],
  ['stolen', 'steal'],
  ['stuck', 'stick'],
  ['stung', 'sting'],
  ['struck', 'strike'],
  ['strove', 'strive'],
  ['swore', 'swear'],
  ['sworn', 'swear'],
  ['swept', 'sweep'],
  ['swam', 'swim'],
  ['swum', 'swim'],
  ['swung', 'swing'],
  ['took', 'take'],
  ['taken', 'take'],
  ['taught', 'teach'],
  ['tore', 'tear'],
  ['torn', 'tear'],
  ['told', 'tell'],
  ['thought', 'think'],
  ['threw', 'throw'],
  ['thrown', 'throw'],
  ['understood', 'understand'],
  ['woke', 'wake'],
  ['worn', 'wear'],
  ['wore', 'wear'],
  ['wept', 'weep'],
  ['won', 'win'],
  ['wound', 'wind'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['people', 'person'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
]);

/** Dictionary headword candidates for an inflected English word ("visited" → visit, "agencies" → agency). */
export function englishLookupForms(word: string): string[] {
  const w = word.replace(/'s$|’s$/, '');
  const out = new Set<string>([w]);
  const add = (x: string) => { if (x.length >= 2) out.add(x); };
  const base = IRREGULAR.get(w);
  if (base) out.add(base);
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) { add(w.slice(0, -2)); add(w.slice(0, -1)); }
  if (w.endsWith('ing')) { add(w.slice(0, -3)); add(w.slice(0, -3) + 'e'); }
  if (/(.)\1(ed|ing)$/.test(w)) add(w.replace(/(.)\1(ed|ing)$/, '$1'));
  if (w.endsWith('ly')) add(w.slice(0, -2));
  add(stemEnglish(w));
  return [...out];
}
