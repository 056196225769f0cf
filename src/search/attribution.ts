/**
 * "What did Amir Hatami say about Saudi Arabia?" is answered only by a paragraph that quotes him:
 * his name within a few words of a verb of saying or an attribution (قال، أكد، مشيراً، according to).
 * A paragraph that merely names him (he signed an agreement in 2018) says nothing he said.
 */
import { stemmedWords } from '../text/tokenize.js';
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

/**
 * A preposition right after a verb of saying turns to whom it was said, or whom someone called on:
 * "called on General Syed Asim Munir", "قال لنظيره", "دعا إلى", "أكد على" — a name after it is no speaker.
 */
const ADDRESSED = /^(?:on|upon|to|with|for|الي|علي|مع|لدي)$/;

/** Whether the text attributes a statement to someone spelled by one of `speakerTerms` (index stems). */
export function attributesTo(text: string, speakerTerms: ReadonlySet<string>): boolean {
  const { words: ws, stems } = stemmedWords(text);
  // الإيراني (ايرا) spells إيران (اير) lengthened, as in standTogether.
  const saying = ws.map((w) => isSayingWord(w.norm));
  const breaks = ws.map((w, i) => NOT_THE_SPEAKER_AFTER.test(w.norm) || (i > 0 && saying[i - 1]! && ADDRESSED.test(w.norm)));
  return nearEachOther(stems.map((s) => spells(speakerTerms, s)), saying, ATTRIBUTION_WINDOW, breaks);
}

/** "كما سلط الضوء على …", "وأضاف …", "He also said …": a paragraph going on with the previous one's speaker. */
const GOES_ON = /^(?:كما|وكما|واضاف|واضافت|وتابع|وتابعت|واكد|واكدت|واشار|واشارت|وشدد|وشددت|ولفت|ولفتت|واوضح|واوضحت|he|she|they)$/;

export function continuesSpeaker(text: string): boolean {
  const first = stemmedWords(text).words[0];
  return first !== undefined && GOES_ON.test(first.norm);
}
