/**
 * "What kind of Iran does Islamabad hope for?", "How could Russia help Iran …?": a question about someone's wish or
 * help, the wisher or helper named between the auxiliary and the verb. The wish told is someone's: a paragraph
 * telling Islamabad's hope answers, and it is no answer to "What does Saudi Arabia hope for?"; Iran enlisting
 * Russia's help («الاستعانة بروسيا») says nothing of China's help. Only a paragraph naming every one of the doer's
 * words and holding the verb itself (a translation, not a letter skeleton: help ~ سعد) answers.
 */
import { words } from '../text/tokenize.js';
import { conceptOfWord, type Concept } from './query.js';
import { standsForDoer } from './role.js';
import { isTitleWord } from './frame-words.js';

/** Verbs of wanting and of helping, in the forms an auxiliary takes ("does X hope", "could X help"). */
const WISH_OR_HELP = /^(?:hope|want|wish|seek|aspire|expect|help|assist|support)$/;
/** A question word opening the question, then an auxiliary before the doer. */
const ASKS = /^(?:what|which|how|why|where|when|who|whom)$/;
const AUX = /^(?:does|did|do|could|can|might|would|will|may|should)$/;
/** Words that may stand inside the doer's name before its verb ("does the Pakistani government hope"). */
const FILLER = /^(?:the|a|an|s)$/;

/**
 * The verb and the doer of a "what does X hope / how could X help …" question; null for any other question, or
 * when no one is named before the verb.
 */
export function wishAsked(question: string, concepts: readonly Concept[]): { verb: Concept; doer: Concept[]; arabic: boolean } | null {
  const ws = words(question);
  if (ws[0]?.script === 'ar') return wishAskedArabic(ws, concepts);
  if (!ASKS.test(ws[0]?.norm ?? '')) return null;
  const aux = ws.findIndex((w, i) => i > 0 && AUX.test(w.norm));
  if (aux < 0) return null;
  const doer: Concept[] = [];
  let i = aux + 1;
  for (; i < ws.length; i++) {
    const c = conceptOfWord(concepts, ws[i]!.norm);
    if (c && standsForDoer(c)) {
      if (!doer.includes(c)) doer.push(c);
    } else if (!FILLER.test(ws[i]!.norm)) break;
  }
  const w = ws[i];
  if (doer.length === 0 || !w || !WISH_OR_HELP.test(w.norm)) return null;
  const verb = conceptOfWord(concepts, w.norm);
  return verb && !standsForDoer(verb) ? { verb, doer, arabic: false } : null;
}

/** Arabic verbs of wanting, hoping and seeking in the imperfect (normalized), before their subject: "يطمح لاريجاني", "تتطلع باكستان". */
const WISH_AR = /^[وف]?(?:يطمح|تطمح|يريد|تريد|يسعي|تسعي|يامل|تامل|يتطلع|تتطلع|يرغب|ترغب|يتمني|تتمني)$/;
/** An Arabic question word opening the question ("ما الرقم الذي يطمح …", "ماذا تريد …", "كيف تسعى …"). */
const ASKS_AR = /^(?:ما|ماذا|كيف|لماذا|من|اي|كم|الام|بماذا|علام|متي|اين)$/;

/** "ما الرقم الذي يطمح لاريجاني أن …؟": the verb of wanting and the names right after it (titles before them skipped). */
function wishAskedArabic(ws: ReturnType<typeof words>, concepts: readonly Concept[]): { verb: Concept; doer: Concept[]; arabic: boolean } | null {
  if (!ASKS_AR.test(ws[0]!.norm)) return null;
  const at = ws.findIndex((w) => WISH_AR.test(w.norm));
  if (at < 0) return null;
  const verb = conceptOfWord(concepts, ws[at]!.norm);
  if (!verb) return null;
  const doer: Concept[] = [];
  for (let i = at + 1; i < ws.length; i++) {
    const norm = ws[i]!.norm;
    const c = conceptOfWord(concepts, norm);
    // A definite word no dictionary knows (الالتحاق، للوصول) is a verbal noun, not a name: only places take the article.
    if (!c || !standsForDoer(c) || (/^(?:[وفبكل]?ال|لل)/.test(norm) && !c.place && !c.proper && !isTitleWord(norm))) break;
    if (!doer.includes(c)) doer.push(c);
  }
  return doer.length > 0 ? { verb, doer, arabic: true } : null;
}
