/**
 * "How do I reset my iPhone?", "كيف يمكنني تحضير الحمص؟" ask for instructions for the asker, which
 * news coverage does not give, whatever words of it a paragraph happens to share (home → دار of
 * "Ishaq Dar"). "How did Larijani describe …" asks about the news: only the asker's own "I / we / you" counts.
 */
import { questionForm } from './query.js';

const HOW_TO = new RegExp(
  '^(?:(?:and|so|و|ف)\\s*)?(?:' +
    "how (?:do|can|could) (?:i|we|you|one)\\b|how to\\b|what(?: is|'s) the best way to\\b|" +
    'كيف (?:يمكنني|يمكنك|يمكننا|استطيع|نستطيع|تستطيع|لي|يمكن لي|اقوم|نقوم)(?:\\s|$)|ما (?:هي )?افضل طريقه (?:ل|كي)' +
    ')',
  'u',
);

export function asksForInstructions(question: string): boolean {
  return HOW_TO.test(questionForm(question));
}
