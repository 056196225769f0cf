/**
 * A question's words, split once per question: a search's requirement checks (pair, yes-no, comparison,
 * cause, kind, earlier post, stated numbers) each read them. Keyed by the question text; read-only.
 */
import { memo } from '../text/memo.js';
import { words, type Word } from '../text/tokenize.js';
import { questionForm } from './query.js';

/** words(question) */
export const wordsOfQuestion: (question: string) => readonly Word[] = memo(words, 256);

/** words(questionForm(question)): the question normalized, leading punctuation off. */
export const questionWords: (question: string) => readonly Word[] = memo((question: string) => words(questionForm(question)), 256);
