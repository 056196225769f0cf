/**
 * "ما نتائج المفاوضات النووية …؟", "What was the outcome of the Trump–Putin meeting?", "ما الغرض من
 * الزيارة؟": a noun naming the kind of answer (outcome, purpose, reason: frame-words.ts
 * namesKindOfAnswer) asks about the thing after it — the talks, the meeting, the visit. A paragraph
 * that never mentions that thing cannot give its outcome, however many of the question's other words
 * (the parties, "nuclear") it holds.
 */
import { namesKindOfAnswer } from './frame-words.js';
import { conceptOfWord, type Concept } from './query.js';
import { questionWords } from './question-words.js';

const OPENING = /^(?:what|which|[وف]?ما|[وف]?ماذا)$/;
/** copulas, articles and the prepositions joining the kind to its thing ("the purpose of", "الغرض من") */
const BETWEEN = /^(?:is|was|are|were|the|a|an|s|of|for|behind|هو|هي|هم|من|وراء)$/;

/** The concept of the thing whose outcome, purpose or reason is asked; null for any other question. */
export function complementOfKind(question: string, concepts: readonly Concept[]): Concept | null {
  const ws = questionWords(question);
  if (!OPENING.test(ws[0]?.norm ?? '')) return null;
  let i = 1;
  while (i < ws.length && BETWEEN.test(ws[i]!.norm)) i++;
  if (i >= ws.length || !namesKindOfAnswer(ws[i]!.norm)) return null;
  for (i++; i < ws.length && BETWEEN.test(ws[i]!.norm); i++);
  const w = ws[i];
  return (w && conceptOfWord(concepts, w.norm)) ?? null;
}
