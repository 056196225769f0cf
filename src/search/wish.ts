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
export function wishAsked(question: string, concepts: readonly Concept[]): { verb: Concept; doer: Concept[] } | null {
  const ws = words(question);
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
  return verb && !standsForDoer(verb) ? { verb, doer } : null;
}
