/**
 * "Which army is bigger, Iran's or Pakistan's?", "أيهما أكبر اقتصاداً: إيران أم باكستان؟" ask to choose
 * between two by a comparison. Only a paragraph that makes the comparison — its comparative word
 * itself (bigger, أكبر), not a word sharing its root (كبار المسؤولين) — answers; two parties named
 * side by side compare nothing.
 */
import { ROOTISH } from '../text/tokenize.js';
import { conceptOfWord, type Concept } from './query.js';
import { questionWords } from './question-words.js';

const CHOOSING = /^(?:which|who|whose|ايهما|ايهم|اي)$/;
const OR = /^(?:or|ام|او)$/;
/** English comparatives (-er, "more …") and the Arabic أفعل of a comparison (أكبر، أقوى، أكثر). */
const COMPARATIVE_EN = /^(?:[a-z]{2,}(?:er|ier)|more|less|fewer)$/;
const NOT_COMPARATIVE_EN = /^(?:other|either|whether|after|under|over|never|ever|number|power|order|border|minister|leader|member|partner|cooperation|together|per)$/;
const COMPARATIVE_AR = /^ا[^ا]{2}[يى]?$/;

/** The comparative concept of a choice question ("A or B"), with only its exact alternatives; null for any other question. */
export function comparisonAsked(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = questionWords(question);
  if (!CHOOSING.test(ws[0]?.norm ?? '') || !ws.some((w) => OR.test(w.norm))) return null;
  const cmp = ws.find((w, i) => i > 0 && (w.script === 'latin' ? COMPARATIVE_EN.test(w.norm) && !NOT_COMPARATIVE_EN.test(w.norm) : COMPARATIVE_AR.test(w.norm)));
  const c = cmp && conceptOfWord(concepts, cmp.norm);
  if (!c) return null;
  return { ...c, alternatives: c.alternatives.filter((a) => !a.terms.some((t) => t.startsWith(ROOTISH))) };
}
