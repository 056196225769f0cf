/**
 * Encyclopedia questions ("What is the speed of light?", "ما أعمق بحيرة في العالم؟", "Who wrote War
 * and Peace?") are answered by news coverage only when one paragraph states the fact, every word of
 * it together. One everyday word met elsewhere (light → نور of "Nur Khan airbase") is no answer.
 */
import { questionForm } from './query.js';

const MEASURES_EN = 'speed|boiling point|freezing point|melting point|population|capital|capital city|currency|height|length|area|distance|diameter|weight|mass|chemical formula|formula|temperature|depth|atomic number|square root|meaning|definition|origin|life expectancy|national animal|national dish|official language';
const MEASURES_AR = 'سرعه|درجه غليان|درجه تجمد|درجه انصهار|عدد سكان|عاصمه|عمله|ارتفاع|طول|مساحه|مسافه|قطر|وزن|كتله|صيغه|درجه حراره|عمق|العدد الذري|الجذر التربيعي|معني|تعريف|اصل|متوسط عمر|اللغه الرسميه';

const GENERAL = new RegExp(
  '^(?:(?:and|so|و|ف)\\s*)?(?:' +
    // "what is the speed of …", "what's the capital of …", "how fast is light"
    `what(?: is|'s| was| are)? (?:the |an? )?(?:${MEASURES_EN}) of\\b|how (?:fast|far|hot|cold|deep|tall|high) is (?:the |an? )?(?:light|sound|sun|moon|earth|mount|everest|ocean|sea)\\b|` +
    // "who wrote / invented / discovered / painted / composed …"
    'who (?:wrote|invented|discovered|painted|composed|directed|founded|built|designed)\\b|' +
    `(?:ما|ماهي|ماهو|كم) (?:هي |هو )?(?:${MEASURES_AR})(?:\\s|$)|من (?:كتب|الف|اخترع|اكتشف|رسم|لحن|اسس|بني|صمم)(?:\\s|$)` +
    ')',
  'u',
);

/** Superlatives of the world ("the deepest lake in the world", "أطول نهر في العالم"). */
const WORLD_SUPERLATIVE = /(?:\b(?:\w+est|most \w+|largest|biggest|highest|longest|tallest|oldest|smallest|best|richest) [\w\s]{1,30}\b(?:in|on|of) (?:the )?(?:world|earth|planet|universe|all time|history)\b)|(?:^|\s)(?:ا[\p{L}]{2}[ىي]?|اكثر|اكبر|اطول|اعلي|اقدم|اصغر|افضل|اغني|اعمق|اسرع)\s[\p{L}\s]{1,30}(?:في|على|علي) (?:العالم|الارض|الكون|التاريخ)(?:\s|$|[؟?])/u;

/** Words every match of WORLD_SUPERLATIVE holds: without one, its slow backtracking is not tried. */
const WORLD_WORD = /world|earth|planet|universe|all time|history|العالم|الارض|الكون|التاريخ/;

export function asksGeneralKnowledge(question: string): boolean {
  const q = questionForm(question);
  return GENERAL.test(q) || (WORLD_WORD.test(q) && WORLD_SUPERLATIVE.test(q));
}
