/**
 * "What did Amir Hatami say about Saudi Arabia?" is answered only by a paragraph that quotes him:
 * his name within a few words of a verb of saying or an attribution (قال، أكد، مشيراً، according to).
 * A paragraph that merely names him (he signed an agreement in 2018) says nothing he said.
 */
import { memo } from '../text/memo.js';
import { stemmedWords, words } from '../text/tokenize.js';
import { isSayingWord } from './frame-words.js';
import { nearEachOther, spells } from './phrase.js';

/** how far, in words, an attribution may stand from the name ("وقال أمين المجلس … علي لاريجاني") */
const ATTRIBUTION_WINDOW = 10;

/**
 * "that", أن / إن / بأن / بأنه open what was said: a name after them is in the statement, not its speaker
 * ("أكد قاليباف أن طهران يمكنها الانضمام إلى المعاهدة بين إسلام آباد والرياض" quotes no Saudi); and
 * "between" / بين names a pair something lies between, never who speaks ("وصف لاريجاني الاتفاق بين
 * باكستان والسعودية"). Other prepositions may stand inside a title ("السفير الإيراني لدى باكستان، رضا أميري مقدم").
 */
const NOT_THE_SPEAKER_AFTER = /^(?:that|between|[وب]?ان(?:ه|ها|هم|هما)?|بين)$/;

/** Verbs of a stance taken in words (welcomed, condemned, رحّب، أشاد، أدان): who reacts so has spoken. */
const REACTING = /^(?:welcomed|welcomes|condemned|condemns|praised|praises|criticized|criticised|criticizes|rejected|rejects|[وف]?(?:رحب|رحبت|يرحب|ترحب|اشاد|اشادت|يشيد|تشيد|ادان|ادانت|يدين|تدين|انتقد|انتقدت|ينتقد|تنتقد|رفض|رفضت|يرفض|ترفض))$/;

/**
 * Verbs and nouns of reporting (revealed, published, كشفت، أوردت، نقلته، تقرير): an outlet reports what it
 * publishes — "وكشفت وكالة «رويترز» عن …", "وخلص تقرير «نيوزويك» إلى …".
 */
const REPORTING = /^(?:reported|reports|revealed|reveals|published|publishes|report|[وف]?(?:كشف|كشفت|يكشف|تكشف|اورد|اوردت|نشر|نشرت|نقلته|نقلتها|نقلها|نقله|تقرير|تقريرها|تقريره|تقارير))$/;

/**
 * A preposition right after a verb of saying turns to whom it was said, or whom someone called on:
 * "called on General Syed Asim Munir", "قال لنظيره", "دعا إلى", "أكد على" — a name after it is no speaker.
 * So does بـ / لـ joined to a definite noun: "في زيارة وُصفت بالرسالة المزدوجة، التقى علي لاريجاني …" is
 * "described as", its subject the visit before it; the name further on is whoever the next verb tells of.
 */
const ADDRESSED = /^(?:on|upon|to|with|for|الي|علي|مع|لدي|(?:بال|لل)\p{L}+)$/u;

/** Whether the text attributes a statement to someone spelled by one of `speakerTerms` (index stems). */
export function attributesTo(text: string, speakerTerms: ReadonlySet<string>): boolean {
  // الإيراني (ايرا) spells إيران (اير) lengthened, as in standTogether.
  return attributed(text, (stems) => stems.map((s) => spells(speakerTerms, s)), false);
}

/**
 * Whether the text attributes a statement to a speaker named by ordinary words, each given as the
 * stems that spell it ("الولايات المتحدة", "the foreign ministry"): its words together (a run of at most
 * one word more), near a verb of saying — "ولا" or "متحدة" apart name no one.
 */
export function attributesToPhrase(text: string, speakerWords: ReadonlyArray<ReadonlySet<string>>): boolean {
  const span = speakerWords.length + 1;
  return attributed(text, (stems) => {
    const marks = stems.map(() => false);
    for (let i = 0; i < stems.length; i++) {
      const window = stems.slice(i, i + span);
      if (spells(speakerWords[0]!, stems[i]!) && speakerWords.every((w) => window.some((s) => spells(w, s)))) for (let j = i; j < i + window.length; j++) marks[j] = true;
    }
    return marks;
  }, true);
}

/**
 * Whether a word `speaker` marks stands within the window of a verb of saying, no break between;
 * with `notQuoted`, not inside a quoted statement. Only for speakers named by ordinary words: for names
 * it declined ja27 (probes20), answered only through a skeleton of Naqvi (نواجه) inside Dar's quote.
 */
function attributed(text: string, speaker: (stems: readonly string[]) => boolean[], notQuoted: boolean): boolean {
  const { words: ws, stems } = stemmedWords(text);
  const kinds = ws.map((w) => wordKind(w.norm));
  const saying = kinds.map((k) => (k & SAYING) !== 0);
  // "according to X", "نقلاً عن X": the preposition after a source marker introduces the source, not whom it was said to.
  const breaks = kinds.map((k, i) => (k & NOT_AFTER) !== 0 || (i > 0 && saying[i - 1]! && (kinds[i - 1]! & SOURCE) === 0 && (k & TO_WHOM) !== 0));
  const quoted = notQuoted ? quotedWords(text) : [];
  const marks = speaker(stems).map((m, i) => m && !quoted[i]);
  const source = kinds.map((k) => (k & SOURCE) !== 0);
  if (!source.some(Boolean)) return nearEachOther(marks, saying, ATTRIBUTION_WINDOW, breaks);
  // "وبحسب خبراء للموقع، فالرسالة التي حملها لاريجاني …": the source of بحسب / according to is the phrase right
  // after it, up to the end of its clause — a name before it, or past the comma, is what the source speaks of.
  const ends = clauseEnds(text);
  const saysOf = (i: number, j: number) => !source[j] || (j < i && !ends.slice(j, i).some(Boolean));
  for (let i = 0; i < marks.length; i++) {
    if (!marks[i]) continue;
    for (let j = Math.max(0, i - ATTRIBUTION_WINDOW); j <= Math.min(saying.length - 1, i + ATTRIBUTION_WINDOW); j++) {
      if (saying[j] && saysOf(i, j) && !breaks.slice(Math.min(i, j) + 1, Math.max(i, j)).some(Boolean)) return true;
    }
  }
  return false;
}

/** Punctuation ending a clause: the source an attribution names runs to it. */
const CLAUSE_END = /[,،.:;؛!?؟]/u;

/** Per word of the text (as `words` counts them): whether a clause ends right after it. */
const clauseEnds = memo((text: string): boolean[] => {
  const out: boolean[] = [];
  for (const piece of text.split(CLAUSE_END)) {
    const n = words(piece).length;
    for (let i = 0; i < n; i++) out.push(i === n - 1);
  }
  return out;
}, 4096);

const SAYING = 1;
const NOT_AFTER = 2;
const TO_WHOM = 4;
const SOURCE = 8;

/** Attributions naming their source after them, as a preposition does (according to, بحسب، وفقاً لـ، نقلاً عن). */
const SOURCE_MARKER = /^(?:according|citing|[وف]?(?:بحسب|حسب|وفق|وفقا|نقلا|حسبما))$/;

/** What a word is to an attribution (SAYING, NOT_AFTER, TO_WHOM bits): the same words recur in every paragraph checked. */
const wordKind = memo((norm: string): number =>
  (isSayingWord(norm) || REACTING.test(norm) || REPORTING.test(norm) ? SAYING : 0) | (NOT_THE_SPEAKER_AFTER.test(norm) ? NOT_AFTER : 0) | (ADDRESSED.test(norm) ? TO_WHOM : 0) | (SOURCE_MARKER.test(norm) ? SOURCE : 0), 16384);

/** Quotation marks: «…» and “…” open and close; a straight " does both in turn. */
const QUOTE = /[«»“”"]/u;
/** the text cut at its quotation marks, the marks kept as pieces of their own */
const QUOTE_SPLIT = new RegExp(`(${QUOTE.source})`, 'u');
/** a quoted run this long is a statement; a shorter one is a name or a phrase (وكالة "رويترز", «دولتين محوريتين») */
const STATEMENT_WORDS = 4;

/**
 * Per word of the text (as `words` counts them): whether it stands inside a quoted statement. A
 * name there is in what was said, not who said it: «… الحرب التي شنّها الكيان الصهيوني والولايات
 * المتحدة …» مضيفاً quotes Larijani, not the United States.
 */
function quotedWords(text: string): boolean[] {
  const out: boolean[] = [];
  let inside = false;
  for (const piece of text.split(QUOTE_SPLIT)) {
    if (QUOTE.test(piece) && piece.length === 1) {
      inside = piece === '«' || piece === '“' ? true : piece === '»' || piece === '”' ? false : !inside;
      continue;
    }
    const n = words(piece).length;
    const statement = inside && n >= STATEMENT_WORDS;
    for (let i = 0; i < n; i++) out.push(statement);
  }
  return out;
}

/** "كما سلط الضوء على …", "وأضاف …", "He also said …": a paragraph going on with the previous one's speaker. */
const GOES_ON = /^(?:كما|وكما|واضاف|واضافت|وتابع|وتابعت|واكد|واكدت|واشار|واشارت|وشدد|وشددت|ولفت|ولفتت|واوضح|واوضحت|he|she|they)$/;

export function continuesSpeaker(text: string): boolean {
  const first = stemmedWords(text).words[0];
  return first !== undefined && GOES_ON.test(first.norm);
}
